/** Schemas of a task's discussion: reminders (đôn đốc), comments and the people who may see the task. */
import { Reminder, TaskComment } from "@dondoc/domain";
import { z } from "@hono/zod-openapi";

import { AttachmentView } from "./follow-up-schema.js";
import { TaskView } from "./schema.js";

export const PersonRef = z
  .object({
    id: z.string().openapi({ description: "Mã người (user:… hoặc apikey:…)", example: "user:usr_1" }),
    name: z.string().openapi({ description: "Tên hiển thị", example: "Nguyễn Thị Lan" }),
  })
  .openapi("PersonRef");

export const ReminderView = z
  .object({
    id: z.string().openapi({ description: "Mã lần đôn đốc", example: "rmd_3k2" }),
    taskId: z.string().openapi({ description: "Nhiệm vụ", example: "tsk_8f2k3j9x" }),
    remindedBy: PersonRef,
    message: z
      .string()
      .nullable()
      .openapi({ description: "Lời nhắn", example: "Đề nghị báo cáo kết quả trước 15/3" }),
    createdAt: z.string().openapi({ description: "Thời điểm đôn đốc", example: "2024-03-12T02:15:00.000Z" }),
  })
  .openapi("TaskReminder");

export const Remind = z
  .object({
    message: z
      .string()
      .trim()
      .max(Reminder.MESSAGE_MAX)
      .nullable()
      .default(null)
      .openapi({ description: "Lời nhắn (không bắt buộc)", example: "Đề nghị báo cáo kết quả trước 15/3" }),
  })
  .strict()
  .openapi("Remind");

export const TaskReminded = z
  .object({
    reminder: ReminderView,
    task: TaskView,
  })
  .openapi("TaskReminded");

export const CommentView = z
  .object({
    id: z.string().openapi({ description: "Mã trao đổi", example: "cmt_9k1" }),
    taskId: z.string().openapi({ description: "Nhiệm vụ", example: "tsk_8f2k3j9x" }),
    author: PersonRef,
    body: z.string().openapi({ description: "Nội dung", example: "@lan.so đề nghị bổ sung số liệu quý I" }),
    mentions: z
      .array(
        z.object({
          id: z.string().openapi({ description: "Mã người dùng", example: "usr_2" }),
          username: z.string().openapi({ description: "Tên đăng nhập", example: "lan.so" }),
          name: z.string().openapi({ description: "Tên hiển thị", example: "Trần Thị Lan" }),
        }),
      )
      .openapi({ description: "Những người được nhắc tên" }),
    attachments: z.array(AttachmentView).openapi({ description: "Tệp đính kèm" }),
    createdAt: z.string().openapi({ description: "Thời điểm viết", example: "2024-03-12T02:20:00.000Z" }),
  })
  .openapi("TaskComment");

export const AddComment = z
  .object({
    body: z.string().trim().min(1).max(TaskComment.BODY_MAX).openapi({
      description: "Nội dung; nhắc tên bằng @tên_đăng_nhập (chỉ người xem được nhiệm vụ)",
      example: "@lan.so đề nghị bổ sung số liệu quý I",
    }),
  })
  .strict()
  .openapi("AddComment");

export const AudienceMember = z
  .object({
    id: z.string().openapi({ description: "Mã người dùng", example: "usr_2" }),
    username: z.string().openapi({ description: "Tên đăng nhập (dùng để nhắc tên)", example: "lan.so" }),
    displayName: z.string().openapi({ description: "Tên hiển thị", example: "Trần Thị Lan" }),
    role: z.string().openapi({ description: "Vai trò", example: "agency_officer" }),
    agencyId: z.string().nullable().openapi({ description: "Cơ quan", example: "brvt.so-tc" }),
  })
  .openapi("TaskAudienceMember");
