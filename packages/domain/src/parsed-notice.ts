/**
 * ParsedNotice — the parse contract of DESIGN.md: what `@dondoc/parser`, `dondoc parse --json` and
 * `POST /v1/notices:parse` return for a notice text. Every value keeps the span it was read from;
 * anything the parser is unsure of is `null` with a warning, never a guess.
 */
import { z } from "zod";

import { DeadlineKind, DeadlineRule, Derivation, Frequency } from "./deadline-rule.js";
import { IsoDate } from "./iso-date.js";
import { Span } from "./span.js";

/** An agency as written in the notice, and the directory agency it resolved to. */
export const ParsedAgency = z.object({
  name: z.string().describe("Tên cơ quan đúng như trong văn bản"),
  agencyId: z.string().nullable().describe("Mã cơ quan trong danh mục; null khi không khớp (kèm cảnh báo)"),
  /** A collective assignee (“Các sở, ban, ngành”), fanned out to member agencies on publish. */
  collective: z
    .boolean()
    .describe("Chủ thể tập hợp (“Các sở, ban, ngành”), tách theo thành viên khi ban hành"),
  /** The directory group of a collective assignee, when one matched. */
  groupId: z.string().nullable().describe("Nhóm cơ quan trong danh mục mà chủ thể tập hợp khớp"),
  span: Span.nullable(),
});
export type ParsedAgency = z.infer<typeof ParsedAgency>;

/** A task's deadline as parsed: the phrase, its rule and the resolved due date. */
export const ParsedDeadline = z.object({
  phrase: z.string().nullable().describe("Cụm từ thời hạn đúng như trong văn bản"),
  kind: DeadlineKind.describe("Loại thời hạn"),
  /** The rule, or `null` when a phrase was found but could not be read (see warnings). */
  rule: DeadlineRule.nullable(),
  /** The due date after the policy's roll-forward; `null` when there is none or it is unsure. */
  dueOn: IsoDate.nullable(),
  /** For a recurring duty: its frequencies. */
  recurrence: z
    .array(Frequency)
    .nullable()
    .describe("Tần suất của nhiệm vụ định kỳ (null nếu không định kỳ)"),
  derivation: Derivation.nullable(),
  span: Span.nullable(),
});
export type ParsedDeadline = z.infer<typeof ParsedDeadline>;

export const TaskMode = z
  .enum(["assigned", "requested"])
  .describe("assigned: giao/yêu cầu; requested: đề nghị");
export type TaskMode = z.infer<typeof TaskMode>;

export const ParsedTask = z.object({
  lead: ParsedAgency,
  coordinators: z.array(ParsedAgency),
  mode: TaskMode,
  action: z.string().describe("Tóm tắt nội dung công việc"),
  deadline: ParsedDeadline,
  span: Span,
});
export type ParsedTask = z.infer<typeof ParsedTask>;

export const ParsedDirective = z.object({
  /** Numbering path: `1`, `2.a`, `2.1`, `II.1.1`. */
  path: z.string().describe("Số thứ tự của mục: 1, 2.a, 2.1, II.1.1"),
  /** Heading or first sentence, as written. */
  text: z.string().describe("Tiêu đề hoặc câu đầu của mục, như trong văn bản"),
  informational: z.boolean().describe("Chỉ thông tin, không giao việc"),
  span: Span,
  tasks: z.array(ParsedTask),
});
export type ParsedDirective = z.infer<typeof ParsedDirective>;

export const DocumentReference = z.object({
  /** Number and symbol as cited: `923/TB-UBND`, `02-NQ/TU`. */
  code: z.string(),
  issuedOn: IsoDate.nullable(),
  span: Span.nullable(),
});
export type DocumentReference = z.infer<typeof DocumentReference>;

export const Person = z.object({ name: z.string().nullable(), title: z.string().nullable() });
export type Person = z.infer<typeof Person>;

export const SignatureBlock = z.object({
  /** `TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG`, `KT. CHỦ TỊCH`, `TM. ỦY BAN NHÂN DÂN`. */
  authority: z.string().nullable(),
  title: z.string().nullable(),
  name: z.string().nullable(),
});
export type SignatureBlock = z.infer<typeof SignatureBlock>;

export const ParsedNoticeHeader = z.object({
  /** Số; `null` on an unissued draft (`Số:    /TB-UBND`). */
  number: z.string().nullable().describe("Số văn bản (null ở bản chưa ban hành)"),
  /** Ký hiệu: `TB-UBND`. */
  symbol: z.string().nullable().describe("Ký hiệu, ví dụ TB-UBND"),
  issuer: z.string().nullable().describe("Cơ quan ban hành, như ghi trên văn bản"),
  place: z.string().nullable().describe("Địa danh"),
  issuedOn: IsoDate.nullable(),
  meetingOn: IsoDate.nullable(),
  /** Trích yếu. */
  subject: z.string().nullable().describe("Trích yếu"),
  chair: Person.nullable().describe("Người chủ trì cuộc họp"),
  attendees: z.array(z.string()).describe("Thành phần dự họp"),
  references: z.array(DocumentReference).describe("Văn bản được viện dẫn"),
  recipients: z.array(z.string()).describe("Nơi nhận"),
  signer: SignatureBlock.nullable().describe("Khối chữ ký"),
});
export type ParsedNoticeHeader = z.infer<typeof ParsedNoticeHeader>;

export const ParseWarning = z.object({
  /** A stable code, e.g. `unknown-agency`, `year-missing`, `ambiguous-date`. */
  code: z.string().describe("Mã cảnh báo ổn định: unknown-agency, year-missing, ambiguous-date…"),
  /** What is unsure, in Vietnamese, for the clerk who reviews the draft. */
  message: z.string().describe("Điều chưa chắc, bằng tiếng Việt, cho người rà soát"),
  span: Span.nullable(),
});
export type ParseWarning = z.infer<typeof ParseWarning>;

export const ParsedNotice = z.object({
  notice: ParsedNoticeHeader,
  directives: z.array(ParsedDirective),
  warnings: z.array(ParseWarning),
  /** The NFC-normalised text that every span refers to. */
  text: z.string().describe("Văn bản đã chuẩn hoá (NFC) mà mọi vị trí (span) tham chiếu"),
});
export type ParsedNotice = z.infer<typeof ParsedNotice>;
