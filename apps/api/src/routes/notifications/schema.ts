/** Schemas of in-app notifications. */
import { z } from "@hono/zod-openapi";

export const NotificationView = z
  .object({
    id: z.string().openapi({ description: "Mã thông báo", example: "ntf_4k2m" }),
    type: z.string().openapi({ description: "Loại sự kiện", example: "task.overdue" }),
    title: z
      .string()
      .openapi({ description: "Nội dung ngắn", example: "Quá hạn: Bố trí kinh phí (hạn 2024-02-20)" }),
    taskId: z.string().nullable().openapi({ description: "Nhiệm vụ liên quan", example: "tsk_8f2k3j" }),
    createdAt: z.string().openapi({ description: "Thời điểm", example: "2024-03-01T03:00:00.000Z" }),
    readAt: z.string().nullable().openapi({ description: "Đã đọc lúc (null: chưa đọc)", example: null }),
  })
  .openapi("Notification");

export const UnreadCount = z
  .object({ unread: z.number().int().openapi({ description: "Số thông báo chưa đọc", example: 3 }) })
  .openapi("NotificationUnreadCount");
