/**
 * The parse contract (`ParsedNotice` of `@dondoc/domain`) as the OpenAPI document names it. The
 * shapes are the domain's own schemas: this module only gives the nested ones a component name,
 * a description and an example (`.extend` swaps a nested domain schema for the same schema with a
 * name, so `components/schemas` holds `ParsedTask`, `ParsedAgency`… instead of one anonymous
 * tree). `parsed-schema.test.ts` holds the result to the domain's type and parser.
 */
import { DeadlineRule, Span as DomainSpan, ParsedNotice } from "@dondoc/domain";
import { z } from "@hono/zod-openapi";

/**
 * `T | null` as `anyOf: [$ref, null]`: `.nullable()` of a named schema becomes `allOf: [$ref, {type:
 * [object, null]}]`, which the client generator reads as an impossible intersection.
 */
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

/** Vị trí trong văn bản gốc — a half-open range of the NFC-normalised text. */
export const Span = DomainSpan.Span.meta({
  id: "Span",
  description: "Vị trí [start, end) trong văn bản đã chuẩn hoá (NFC) của thông báo",
  example: { start: 120, end: 180 },
});

/** A nullable span of `what`, described for the document. */
const spanOf = (what: string) =>
  orNull(Span).meta({ description: `Vị trí của ${what} trong văn bản (null nếu không xác định)` });

/** Cách tính ra ngày hạn, hai thứ tiếng. */
export const Derivation = DeadlineRule.Derivation.meta({
  id: "Derivation",
  description: "Cách tính ra ngày hạn (tiếng Việt và tiếng Anh)",
  example: {
    vi: "trong tháng 01/2023 → cuối tháng 01/2023 → 31/01/2023",
    en: "within January 2023 → end of January 2023 → 2023-01-31",
  },
});

/**
 * Quy tắc thời hạn đọc được từ cụm thời hạn. Written out where it is used: the document generator
 * flattens a union inside `T | null` and drops the `null` of a named `.nullable()` union, so it
 * stays unnamed rather than mistyped.
 */
export const Rule = DeadlineRule.DeadlineRule.meta({
  description: "Quy tắc thời hạn đọc được từ cụm thời hạn (phân biệt theo `kind`)",
  example: { kind: "on-date", phrase: "trước ngày 15/3/2024", date: "2024-03-15", reading: "before" },
});

export const ParsedAgency = ParsedNotice.ParsedAgency.extend({ span: spanOf("tên cơ quan") }).meta({
  id: "ParsedAgency",
  description: "Cơ quan như ghi trong văn bản và cơ quan trong danh mục mà nó khớp",
  example: { name: "Sở Tài chính", agencyId: "brvt.so-tc", collective: false, groupId: null, span: null },
});

export const ParsedDeadline = ParsedNotice.ParsedDeadline.extend({
  rule: orNull(Rule).meta({
    description: "Quy tắc; null khi có cụm thời hạn mà không đọc được (xem cảnh báo)",
  }),
  derivation: orNull(Derivation).meta({ description: "Cách tính ra ngày hạn" }),
  span: spanOf("cụm thời hạn"),
}).meta({
  id: "ParsedDeadline",
  description: "Thời hạn: cụm từ, quy tắc, ngày hạn đã tính (null khi không chắc, kèm cảnh báo)",
  example: {
    phrase: "trong tháng 01/2023",
    kind: "end-of-period",
    rule: null,
    dueOn: "2023-01-31",
    recurrence: null,
    derivation: { vi: "trong tháng 01/2023 → 31/01/2023", en: "within January 2023 → 2023-01-31" },
    span: { start: 410, end: 429 },
  },
});

export const ParsedTask = ParsedNotice.ParsedTask.extend({
  lead: ParsedAgency,
  coordinators: z.array(ParsedAgency).meta({ description: "Cơ quan phối hợp" }),
  deadline: ParsedDeadline,
  span: Span,
}).meta({
  id: "ParsedTask",
  description: "Một nhiệm vụ: cơ quan chủ trì, phối hợp, nội dung, thời hạn",
  example: {
    lead: { name: "Sở Tài chính", agencyId: "brvt.so-tc", collective: false, groupId: null, span: null },
    coordinators: [],
    mode: "assigned",
    action: "Bố trí vốn cho đề án chuyển đổi số năm 2024",
    deadline: {
      phrase: "trước ngày 15/3/2024",
      kind: "on-date",
      rule: { kind: "on-date", phrase: "trước ngày 15/3/2024", date: "2024-03-15", reading: "before" },
      dueOn: "2024-03-15",
      recurrence: null,
      derivation: { vi: "trước ngày 15/3/2024 → 15/03/2024", en: "by 15 March 2024 → 2024-03-15" },
      span: { start: 410, end: 429 },
    },
    span: { start: 380, end: 430 },
  },
});

export const ParsedDirective = ParsedNotice.ParsedDirective.extend({
  span: Span,
  tasks: z.array(ParsedTask).meta({ description: "Nhiệm vụ giao trong mục" }),
}).meta({
  id: "ParsedDirective",
  description: "Một kết luận (mục) và các nhiệm vụ của nó",
  example: {
    path: "2",
    text: "Giao Sở Tài chính bố trí vốn cho đề án chuyển đổi số năm 2024, trước ngày 15/3/2024.",
    informational: false,
    span: { start: 370, end: 430 },
    tasks: [],
  },
});

/** A notice header as the parser reads it: the example of `ParsedNoticeHeader` and `ParsedNotice`. */
const headerExample = {
  number: "15",
  symbol: "15/TB-UBND",
  issuer: "UBND tỉnh Bà Rịa - Vũng Tàu",
  place: "Bà Rịa - Vũng Tàu",
  issuedOn: "2024-02-05",
  meetingOn: "2024-01-30",
  subject: "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số",
  chair: { name: "Nguyễn Văn A", title: "Chủ tịch UBND tỉnh" },
  attendees: ["Lãnh đạo Sở Tài chính", "Lãnh đạo Sở Thông tin và Truyền thông"],
  references: [{ code: "02-NQ/TU", issuedOn: "2021-05-28", span: { start: 300, end: 308 } }],
  recipients: ["Sở Tài chính", "Sở Thông tin và Truyền thông"],
  signer: { authority: "TL. CHỦ TỊCH", title: "Chánh Văn phòng", name: "Trần Thị B" },
};

export const ParsedNoticeHeader = ParsedNotice.ParsedNoticeHeader.meta({
  id: "ParsedNoticeHeader",
  description: "Phần đầu văn bản: số, ký hiệu, cơ quan ban hành, ngày, trích yếu, người ký…",
  example: headerExample,
});

export const ParseWarning = ParsedNotice.ParseWarning.extend({ span: spanOf("đoạn văn cần rà soát") }).meta({
  id: "ParseWarning",
  description: "Điều chưa chắc khi phân tích, cần rà soát",
  example: { code: "unknown-agency", message: "Không xác định được cơ quan “Sở X”", span: null },
});

export const Parsed = ParsedNotice.ParsedNotice.extend({
  notice: ParsedNoticeHeader,
  directives: z.array(ParsedDirective).meta({ description: "Các kết luận (mục) theo thứ tự" }),
  warnings: z.array(ParseWarning).meta({ description: "Cảnh báo cần rà soát" }),
}).meta({
  id: "ParsedNotice",
  description:
    "Kết quả phân tích (ParsedNotice của @dondoc/domain): mọi giá trị kèm vị trí trong văn bản; điều chưa chắc để null kèm cảnh báo",
  example: {
    notice: headerExample,
    directives: [],
    warnings: [],
    text: "THÔNG BÁO Kết luận của Chủ tịch UBND tỉnh…",
  },
});
