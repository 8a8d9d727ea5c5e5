/** Schemas of tasks as the API shows and accepts them. */

import {
  CompletionReport,
  DeadlineRule,
  Lateness,
  LatenessBand,
  TaskLifecycle as Lifecycle,
  ParsedNotice,
  Timeliness,
} from "@dondoc/domain";
import { z } from "@hono/zod-openapi";
import { IsoDay } from "../../http/schemas.js";
import { Derivation } from "../notices/parsed-schema.js";

const Date_ = IsoDay.openapi({ description: "Ngày ISO (YYYY-MM-DD)", example: "2024-03-15" });

export const TaskLifecycle = Lifecycle.TaskLifecycle.meta({
  description: "Trạng thái xử lý (lưu trữ)",
  example: "open",
});

export const TimelinessValue = Timeliness.Timeliness.meta({
  description: "Tình hình thực hiện so với thời hạn, tính tại thời điểm trả lời (không lưu)",
  example: "overdue",
});

export const LatenessBandValue = LatenessBand.LatenessBand.meta({
  description:
    "Nhóm số ngày quá hạn của nhiệm vụ đang quá hạn, tính đến hôm nay (ngày lịch, từ ngày sau ngày hạn): 1-7, 8-30, 31-90 hoặc over-90 (trên 90 ngày)",
  example: "8-30",
});

export const Coordinator = z
  .object({
    name: z
      .string()
      .openapi({ description: "Tên cơ quan phối hợp như trong văn bản", example: "Sở Tài chính" }),
    agencyId: z
      .string()
      .nullable()
      .openapi({ description: "Mã cơ quan trong danh mục", example: "brvt.so-tc" }),
  })
  .openapi("Coordinator");

export const TaskDeadline = z
  .object({
    phrase: z
      .string()
      .nullable()
      .openapi({ description: "Cụm thời hạn nguyên văn", example: "trước ngày 15/3/2024" }),
    kind: DeadlineRule.DeadlineKind.meta({ description: "Loại thời hạn", example: "on-date" }),
    derivation: z
      .union([Derivation, z.null()])
      .openapi({ description: "Cách tính ra ngày hạn (null khi không có)" }),
  })
  .openapi("TaskDeadline");

export const CompletionReportView = z
  .object({
    status: CompletionReport.CompletionStatus.meta({
      description: "pending: chờ xác nhận; accepted: đã xác nhận; returned: đã trả lại",
      example: "pending",
    }),
    completedOn: Date_.openapi({
      description: "Ngày hoàn thành do cơ quan báo cáo (tính đúng hạn theo ngày này khi được xác nhận)",
      example: "2024-03-10",
    }),
    note: z
      .string()
      .nullable()
      .openapi({ description: "Kết quả, văn bản đã ban hành", example: "Đã ban hành Kế hoạch 45/KH-STTTT" }),
    attachmentIds: z.array(z.string()).openapi({ description: "Tệp minh chứng", example: ["att_7k2m"] }),
    by: z.string().openapi({ description: "Người báo cáo", example: "usr_4k2m" }),
    at: z.string().openapi({ description: "Thời điểm báo cáo", example: "2024-03-11T09:30:00+07:00" }),
    decidedBy: z.string().nullable().openapi({ description: "Người xác nhận hoặc trả lại", example: null }),
    decidedAt: z
      .string()
      .nullable()
      .openapi({ description: "Thời điểm xác nhận hoặc trả lại", example: null }),
  })
  .openapi("CompletionReport");

export const CompletionReturnView = z
  .object({
    reason: z.string().openapi({ description: "Lý do trả lại", example: "Thiếu văn bản ban hành kèm theo" }),
    by: z.string().openapi({ description: "Người trả lại", example: "usr_9x2k" }),
    on: Date_.openapi({ description: "Ngày trả lại", example: "2024-03-12" }),
    at: z.string().openapi({ description: "Thời điểm trả lại", example: "2024-03-12T10:00:00+07:00" }),
  })
  .openapi("CompletionReturn");

export const TaskView = z
  .object({
    id: z.string().openapi({ description: "Mã nhiệm vụ", example: "tsk_8f2k3j9x" }),
    noticeId: z.string().openapi({ description: "Thông báo giao nhiệm vụ", example: "ntc_4k2m" }),
    directiveId: z
      .string()
      .nullable()
      .openapi({ description: "Kết luận (mục) chứa nhiệm vụ", example: "dir_91ka" }),
    leadAgencyId: z.string().nullable().openapi({ description: "Cơ quan chủ trì", example: "brvt.so-tc" }),
    leadName: z
      .string()
      .openapi({ description: "Tên cơ quan chủ trì như trong văn bản", example: "Sở Tài chính" }),
    isCollective: z
      .boolean()
      .openapi({ description: "Là chủ thể tập hợp chưa tách (chỉ ở bản nháp)", example: false }),
    coordinators: z.array(Coordinator).openapi({ description: "Cơ quan phối hợp" }),
    mode: ParsedNotice.TaskMode.meta({
      description: "assigned: giao; requested: đề nghị",
      example: "assigned",
    }),
    action: z
      .string()
      .openapi({ description: "Nội dung công việc", example: "Tham mưu UBND tỉnh ban hành kế hoạch" }),
    deadline: TaskDeadline.nullable(),
    dueOn: Date_.nullable().openapi({ description: "Hạn hiện hành (sau gia hạn)", example: "2024-03-15" }),
    originalDueOn: Date_.nullable().openapi({ description: "Hạn ban đầu khi giao", example: "2024-03-15" }),
    lifecycle: TaskLifecycle,
    timeliness: TimelinessValue,
    lateness: Lateness.Lateness.nullable().meta({
      description:
        "Số ngày quá hạn: đến hôm nay khi đang quá hạn, đến ngày hoàn thành khi hoàn thành quá hạn; null khi không trễ",
      example: { workingDays: 2, calendarDays: 4 },
    }),
    nextOccurrence: z
      .object({
        label: z.string().openapi({ description: "Kỳ báo cáo", example: "tháng 02/2024" }),
        labelEn: z.string().openapi({ description: "Kỳ báo cáo (tiếng Anh)", example: "February 2024" }),
        cutOff: Date_.openapi({ description: "Ngày chốt số liệu của kỳ", example: "2024-02-14" }),
        dueOn: Date_.openapi({ description: "Hạn báo cáo của kỳ", example: "2024-02-26" }),
      })
      .nullable()
      .openapi({
        description:
          "Nhiệm vụ định kỳ: kỳ báo cáo tiếp theo đến hạn kể từ hôm nay; null với các loại thời hạn khác",
      }),
    completedOn: Date_.nullable().openapi({ description: "Ngày hoàn thành", example: "2024-03-10" }),
    completionReport: CompletionReportView.nullable().openapi({
      description:
        "Báo cáo hoàn thành gần nhất của cơ quan (khi quy chế yêu cầu văn phòng xác nhận); status pending: chờ xác nhận",
    }),
    completionReturn: CompletionReturnView.nullable().openapi({
      description: "Lần trả lại báo cáo hoàn thành gần nhất, với lý do (giữ lại cả khi đã báo cáo lại)",
    }),
    resolutionId: z
      .string()
      .nullable()
      .openapi({ description: "Nghị quyết/chương trình liên quan", example: null }),
    delegatedToAgencyId: z
      .string()
      .nullable()
      .openapi({ description: "Đơn vị được giao lại", example: null }),
    handlerId: z.string().nullable().openapi({
      description: "Chuyên viên xử lý (mã tài khoản) trong cơ quan chủ trì",
      example: "usr_8f2k",
    }),
    handlerName: z
      .string()
      .nullable()
      .openapi({ description: "Họ tên chuyên viên xử lý", example: "Nguyễn Thị Lan" }),
    decisionRef: z.string().nullable().openapi({
      description: "Văn bản cho phép quyết định gần nhất",
      example: "Công văn 123/UBND-TH ngày 05/3/2024",
    }),
    progressPercent: z.number().int().openapi({ description: "Tiến độ (%)", example: 40 }),
    reminderCount: z
      .number()
      .int()
      .openapi({ description: "Số lần đã đôn đốc (reminders sent)", example: 3 }),
    callsForReminder: z.boolean().openapi({
      description:
        "Tình hình thực hiện cần đôn đốc (quá hạn, sắp đến hạn): nhiệm vụ được đôn đốc khi đôn đốc cả cơ quan",
      example: true,
    }),
    lastRemindedAt: z.string().nullable().openapi({
      description: "Thời điểm đôn đốc gần nhất; null khi chưa đôn đốc",
      example: "2024-03-12T02:15:00.000Z",
    }),
    version: z.number().int().openapi({ description: "Phiên bản (ETag)", example: 3 }),
    createdAt: z.string().openapi({ description: "Thời điểm tạo", example: "2024-03-01T03:00:00.000Z" }),
    updatedAt: z.string().openapi({ description: "Thời điểm cập nhật", example: "2024-03-02T03:00:00.000Z" }),
  })
  .openapi("Task");
export type TaskView = z.infer<typeof TaskView>;

export const DecisionRef = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .openapi({ description: "Số, ký hiệu văn bản cho phép", example: "Công văn 123/UBND-TH ngày 05/3/2024" });
