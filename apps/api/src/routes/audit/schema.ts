/** The audit entry as the API shows it. */
import { z } from "@hono/zod-openapi";

export const AuditEntry = z
  .object({
    id: z.string().openapi({ description: "Số thứ tự (tăng dần)", example: "42" }),
    at: z.string().openapi({ description: "Thời điểm", example: "2024-03-01T03:00:00.000Z" }),
    actor: z.string().openapi({ description: "Ai thực hiện (user:… / apikey:…)", example: "user:usr_1" }),
    action: z.string().openapi({ description: "Hành động", example: "task.completed" }),
    entity: z.string().openapi({ description: "Loại đối tượng", example: "task" }),
    entityId: z.string().openapi({ description: "Mã đối tượng", example: "tsk_8f2k3j9x" }),
    before: z.unknown().openapi({ description: "Trước khi thay đổi", example: { lifecycle: "open" } }),
    after: z.unknown().openapi({ description: "Sau khi thay đổi", example: { lifecycle: "completed" } }),
    requestId: z.string().nullable().openapi({ description: "Mã yêu cầu HTTP", example: "3f2c…" }),
  })
  .openapi("AuditEntry");

export const auditView = (r: {
  id: string;
  at: Date;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
}) => ({
  id: String(r.id),
  at: r.at.toISOString(),
  actor: r.actor,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  before: r.before,
  after: r.after,
  requestId: r.request_id,
});
