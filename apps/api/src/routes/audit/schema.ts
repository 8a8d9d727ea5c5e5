/** The audit entry as the API shows it: the row, who acted by name, what it is about, what changed. */
import { z } from "@hono/zod-openapi";

import type { FieldChange } from "./changes.js";
import type { ActorName, Subject } from "./names.js";

const FieldChangeView = z
  .object({
    field: z.string().openapi({ description: "Trường đã sửa (tên cột)", example: "action" }),
    before: z.unknown().openapi({ description: "Giá trị trước", example: "Báo cáo UBND tỉnh" }),
    after: z.unknown().openapi({ description: "Giá trị sau", example: "Báo cáo UBND tỉnh trước ngày 30" }),
  })
  .openapi("AuditFieldChange");

export const AuditEntry = z
  .object({
    id: z.string().openapi({ description: "Số thứ tự (tăng dần)", example: "42" }),
    at: z.string().openapi({ description: "Thời điểm", example: "2024-03-01T03:00:00.000Z" }),
    actor: z.string().openapi({ description: "Ai thực hiện (user:… / apikey:…)", example: "user:usr_1" }),
    actorKind: z
      .enum(["user", "apiKey", "system"])
      .openapi({ description: "Loại người thực hiện: người dùng, khoá API, hệ thống", example: "user" }),
    actorName: z.string().nullable().openapi({
      description:
        "Tên hiển thị của người thực hiện (tên người dùng, tên khoá API, hoặc phần hệ thống như `bootstrap`); null nếu không còn",
      example: "Nguyễn Thị Lan",
    }),
    action: z.string().openapi({ description: "Hành động", example: "task.completed" }),
    entity: z.string().openapi({ description: "Loại đối tượng", example: "task" }),
    entityId: z.string().openapi({ description: "Mã đối tượng", example: "tsk_8f2k3j9x" }),
    subject: z
      .object({
        label: z.string().nullable().openapi({
          description: "Tên của đối tượng: nội dung nhiệm vụ, số hiệu thông báo, tên cơ quan, tên người dùng",
          example: "Xây dựng kế hoạch chuyển đổi số năm 2024",
        }),
        noticeId: z.string().nullable().openapi({ description: "Thông báo liên quan", example: "ntc_2k3j" }),
        noticeLabel: z
          .string()
          .nullable()
          .openapi({ description: "Số/ký hiệu thông báo liên quan", example: "12/TB-UBND" }),
        taskId: z.string().nullable().openapi({ description: "Nhiệm vụ liên quan", example: "tsk_8f2k3j9x" }),
        taskLabel: z.string().nullable().openapi({
          description: "Nội dung nhiệm vụ liên quan (rút gọn)",
          example: "Xây dựng kế hoạch chuyển đổi số năm 2024",
        }),
      })
      .openapi({ description: "Đối tượng của dòng nhật ký, đã gọi tên" }),
    changes: z
      .array(FieldChangeView)
      .openapi({ description: "Các trường đã sửa, trước → sau (rỗng khi không phải một lần sửa)" }),
    before: z.unknown().openapi({ description: "Trước khi thay đổi", example: { lifecycle: "open" } }),
    after: z.unknown().openapi({ description: "Sau khi thay đổi", example: { lifecycle: "completed" } }),
    requestId: z.string().nullable().openapi({ description: "Mã yêu cầu HTTP", example: "3f2c…" }),
  })
  .openapi("AuditEntry");

export const auditView = (
  r: {
    id: string;
    at: Date;
    actor: string;
    action: string;
    entity: string;
    entity_id: string;
    before: unknown;
    after: unknown;
    request_id: string | null;
  },
  named: { actor: ActorName | undefined; subject: Subject | undefined; changes: FieldChange[] },
) => ({
  id: String(r.id),
  at: r.at.toISOString(),
  actor: r.actor,
  actorKind: named.actor?.kind ?? ("system" as const),
  actorName: named.actor?.name ?? null,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  subject: named.subject ?? { label: null, noticeId: null, noticeLabel: null, taskId: null, taskLabel: null },
  changes: named.changes,
  before: r.before,
  after: r.after,
  requestId: r.request_id,
});
