/** Schemas of a task's follow-up records: progress reports, attachments, extension and explanation requests. */
import { Extension, ExtensionFlags, Lateness } from "@dondoc/domain";
import { z } from "@hono/zod-openapi";

import { IsoDay } from "../../http/schemas.js";
import { TimelinessValue } from "./schema.js";

export const AttachmentView = z
  .object({
    id: z.string().openapi({ description: "Mã tệp đính kèm", example: "att_2k3" }),
    fileName: z.string().openapi({ description: "Tên tệp", example: "bao-cao-tien-do.pdf" }),
    contentType: z.string().openapi({ description: "Kiểu tệp", example: "application/pdf" }),
    sizeBytes: z.number().int().openapi({ description: "Kích thước (byte)", example: 182044 }),
    sha256: z.string().openapi({ description: "Mã băm SHA-256", example: "9f86d08…" }),
    url: z.string().openapi({ description: "Đường dẫn tải về", example: "/v1/attachments/att_2k3" }),
  })
  .openapi("Attachment");

export const ProgressReportView = z
  .object({
    id: z.string().openapi({ description: "Mã báo cáo tiến độ", example: "prg_8a1" }),
    taskId: z.string().openapi({ description: "Nhiệm vụ", example: "tsk_8f2k3j9x" }),
    authorId: z
      .string()
      .openapi({ description: "Người báo cáo (user:… hoặc apikey:…)", example: "user:usr_1" }),
    body: z.string().openapi({ description: "Nội dung báo cáo", example: "Đã hoàn thành dự thảo kế hoạch" }),
    percent: z.number().int().nullable().openapi({ description: "Tiến độ (%)", example: 60 }),
    attachments: z.array(AttachmentView).openapi({ description: "Tệp đính kèm" }),
    createdAt: z.string().openapi({ description: "Thời điểm báo cáo", example: "2024-03-05T02:00:00.000Z" }),
  })
  .openapi("ProgressReport");

const ExtensionTask = z
  .object({
    id: z.string().openapi({ description: "Mã nhiệm vụ", example: "tsk_8f2k3j9x" }),
    action: z
      .string()
      .openapi({ description: "Nội dung công việc", example: "Tham mưu UBND tỉnh ban hành kế hoạch" }),
    leadName: z
      .string()
      .openapi({ description: "Cơ quan chủ trì như trong văn bản", example: "Sở Tài chính" }),
    leadAgencyId: z
      .string()
      .nullable()
      .openapi({ description: "Cơ quan chủ trì trong danh mục", example: "brvt.so-tc" }),
    dueOn: IsoDay.nullable().openapi({ description: "Hạn hiện hành", example: "2024-03-15" }),
    timeliness: TimelinessValue,
    lateness: Lateness.Lateness.nullable().meta({
      description: "Số ngày quá hạn đến hôm nay; null khi không quá hạn",
      example: { workingDays: 2, calendarDays: 4 },
    }),
    daysLeft: z.number().int().nullable().openapi({
      description:
        "Số ngày (lịch) còn lại đến hạn hiện hành: 0 vào ngày hạn, âm khi đã quá hạn; null khi không có hạn",
      example: 5,
    }),
  })
  .openapi("ExtensionTask", { description: "Nhiệm vụ của đề nghị gia hạn, tính tại thời điểm trả lời" });

export const ExtensionView = z
  .object({
    id: z.string().openapi({ description: "Mã đề nghị gia hạn", example: "ext_5k2" }),
    taskId: z.string().openapi({ description: "Nhiệm vụ", example: "tsk_8f2k3j9x" }),
    requestedBy: z.string().openapi({ description: "Người đề nghị", example: "user:usr_1" }),
    reason: z.string().openapi({ description: "Lý do", example: "Chờ ý kiến của Bộ Tài chính" }),
    currentDueOn: IsoDay.nullable().openapi({ description: "Hạn khi đề nghị", example: "2024-03-15" }),
    requestedDueOn: IsoDay.openapi({ description: "Hạn đề nghị", example: "2024-04-15" }),
    status: Extension.ExtensionStatus.meta({ description: "Trạng thái", example: "pending" }),
    decidedBy: z.string().nullable().openapi({ description: "Người quyết định", example: null }),
    decidedAt: z.string().nullable().openapi({ description: "Thời điểm quyết định", example: null }),
    decisionNote: z.string().nullable().openapi({ description: "Ý kiến", example: null }),
    decisionRef: z
      .string()
      .nullable()
      .openapi({ description: "Văn bản cho phép", example: "Công văn 123/UBND-TH ngày 05/3/2024" }),
    approvedDueOn: IsoDay.nullable().openapi({ description: "Hạn được chấp thuận", example: null }),
    version: z.number().int().openapi({ description: "Phiên bản (ETag)", example: 1 }),
    createdAt: z.string().openapi({ description: "Thời điểm đề nghị", example: "2024-03-05T02:00:00.000Z" }),
    task: ExtensionTask,
    flags: ExtensionFlags.ExtensionFlags.meta({
      description:
        "Điểm cần lưu ý khi quyết định, theo bộ quy tắc đang áp dụng: yêu cầu sau hạn, vượt quy chế (thời gian gửi trước hạn, số lần gia hạn), cần ghi lý do",
      example: {
        late: true,
        shortNotice: null,
        capReached: null,
        beyondPolicy: false,
        reasonRequiredAfter: null,
      },
    }),
  })
  .openapi("ExtensionRequest");

export const ExplanationView = z
  .object({
    id: z.string().openapi({ description: "Mã yêu cầu giải trình", example: "exp_7q1" }),
    taskId: z.string().openapi({ description: "Nhiệm vụ", example: "tsk_8f2k3j9x" }),
    requestedBy: z.string().openapi({ description: "Người yêu cầu", example: "user:usr_2" }),
    question: z
      .string()
      .openapi({ description: "Nội dung yêu cầu giải trình", example: "Đề nghị giải trình lý do chậm" }),
    replyDueOn: IsoDay.nullable().openapi({ description: "Hạn trả lời", example: "2024-03-08" }),
    answer: z.string().nullable().openapi({ description: "Nội dung giải trình", example: null }),
    answeredBy: z.string().nullable().openapi({ description: "Người giải trình", example: null }),
    answeredAt: z.string().nullable().openapi({ description: "Thời điểm giải trình", example: null }),
    status: z.enum(["open", "answered"]).openapi({ description: "Trạng thái", example: "open" }),
    version: z.number().int().openapi({ description: "Phiên bản (ETag)", example: 1 }),
    createdAt: z.string().openapi({ description: "Thời điểm yêu cầu", example: "2024-03-05T02:00:00.000Z" }),
  })
  .openapi("ExplanationRequest");
