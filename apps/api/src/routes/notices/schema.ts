/** Schemas of notices (Thông báo kết luận) and their directives. */
import { Notice, ParsedNotice } from "@dondoc/domain";
import { z } from "@hono/zod-openapi";
import { IsoDay } from "../../http/schemas.js";
import { TaskView } from "../tasks/schema.js";
import { ParseWarning, Span } from "./parsed-schema.js";

const Day = IsoDay.nullable();

export const NoticeLifecycle = Notice.NoticeLifecycle.meta({
  description: "draft: đang rà soát; published: đã ban hành, nhiệm vụ mở; archived: lưu trữ",
  example: "draft",
});

/** A source span: the domain's `Span`, named in the document (`parsed-schema.ts`). */
export const SpanView = Span;

/** A parse warning kept with the notice: the domain's `ParseWarning`. */
export const NoticeWarning = ParseWarning;

export const NoticeSummary = z
  .object({
    id: z.string().openapi({ description: "Mã thông báo", example: "ntc_4k2m9x" }),
    number: z.string().nullable().openapi({ description: "Số (trống ở bản dự thảo)", example: "12" }),
    symbol: z.string().nullable().openapi({ description: "Ký hiệu", example: "TB-UBND" }),
    issuer: z.string().nullable().openapi({
      description: "Cơ quan ban hành, như ghi trên văn bản",
      example: "UBND tỉnh Bà Rịa - Vũng Tàu",
    }),
    issuerAgencyId: z.string().nullable().openapi({
      description:
        "Cơ quan ban hành trong danh mục: văn phòng của cơ quan này theo dõi thông báo (null: chưa xác định, chưa ban hành được)",
      example: "brvt.ubnd",
    }),
    place: z.string().nullable().openapi({ description: "Địa danh", example: "Bà Rịa - Vũng Tàu" }),
    issuedOn: Day.openapi({ description: "Ngày ban hành", example: "2023-01-06" }),
    meetingOn: Day.openapi({ description: "Ngày họp", example: "2023-01-04" }),
    subject: z
      .string()
      .nullable()
      .openapi({ description: "Trích yếu", example: "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp…" }),
    lifecycle: NoticeLifecycle,
    resolutionId: z.string().nullable().openapi({ description: "Nghị quyết liên quan", example: null }),
    taskCount: z
      .number()
      .int()
      .openapi({ description: "Số nhiệm vụ (đã tách chủ thể tập hợp)", example: 12 }),
    publishedAt: z
      .string()
      .nullable()
      .openapi({ description: "Thời điểm ban hành trên hệ thống", example: null }),
    version: z.number().int().openapi({ description: "Phiên bản (ETag)", example: 1 }),
    createdAt: z.string().openapi({ description: "Thời điểm tạo", example: "2024-03-01T03:00:00.000Z" }),
  })
  .openapi("NoticeSummary");

export const DirectiveView = z
  .object({
    id: z.string().openapi({ description: "Mã kết luận", example: "dir_1k2" }),
    path: z.string().openapi({ description: "Số thứ tự (1, 2.a, II.1)", example: "2.a" }),
    text: z.string().openapi({ description: "Nội dung kết luận", example: "Giao Sở Tài chính…" }),
    informational: z.boolean().openapi({ description: "Chỉ thông tin, không giao việc", example: false }),
    span: z
      .union([SpanView, z.null()])
      .openapi({ description: "Vị trí của mục trong văn bản (null nếu không xác định)" }),
    tasks: z.array(TaskView).openapi({ description: "Nhiệm vụ của kết luận" }),
  })
  .openapi("Directive");

export const NoticeView = NoticeSummary.extend({
  chair: ParsedNotice.Person.nullable().meta({
    description: "Người chủ trì cuộc họp",
    example: { name: "Nguyễn Văn Thọ", title: "Chủ tịch UBND tỉnh" },
  }),
  attendees: z.array(z.string()).openapi({ description: "Thành phần dự họp", example: ["Sở Tài chính"] }),
  references: z.array(z.object({ code: z.string(), issuedOn: Day })).openapi({
    description: "Văn bản được viện dẫn",
    example: [{ code: "923/TB-UBND", issuedOn: "2022-11-29" }],
  }),
  recipients: z.array(z.string()).openapi({ description: "Nơi nhận", example: ["Như trên"] }),
  signer: ParsedNotice.SignatureBlock.nullable().meta({
    description: "Khối chữ ký",
    example: { authority: "TL. CHỦ TỊCH", title: "CHÁNH VĂN PHÒNG", name: "Nguyễn Văn A" },
  }),
  sourceText: z
    .string()
    .openapi({ description: "Toàn văn (NFC) mà mọi vị trí (span) tham chiếu", example: "ỦY BAN NHÂN DÂN…" }),
  warnings: z.array(NoticeWarning).openapi({ description: "Cảnh báo khi phân tích, cần rà soát" }),
  directives: z.array(DirectiveView).openapi({ description: "Các kết luận theo thứ tự" }),
}).openapi("Notice");
export type NoticeView = z.infer<typeof NoticeView>;
