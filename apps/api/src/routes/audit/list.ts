/**
 * GET /v1/audit — the audit log, newest first, filtered by entity, id, actor, action; cursor paging.
 * A secretariat reads the history of its issuer's work only (`services/audit-visibility.ts`).
 */
import { z } from "@hono/zod-openapi";
import { sql } from "kysely";

import * as AccessPolicy from "../../access/access-policy.js";
import { actor } from "../../auth/principal.js";
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, json, page } from "../../http/route.js";
import { AuditEntry, auditView } from "./schema.js";

const Query = z.object({
  entity: z.string().min(1).max(50).optional().openapi({ description: "Loại đối tượng", example: "task" }),
  entityId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: "Mã đối tượng", example: "tsk_8f2k3j9x" }),
  actor: z
    .string()
    .min(1)
    .max(120)
    .optional()
    .openapi({ description: "Người thực hiện", example: "user:usr_1" }),
  action: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: "Hành động", example: "task.completed" }),
  cursor: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional()
    .openapi({ description: "Con trỏ trang (id)", example: "120" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(100)
    .openapi({ description: "Số phần tử mỗi trang", example: 100 }),
});

export const route = define({
  method: "get",
  operationId: "listAuditEntries",
  path: "/v1/audit",
  permission: "audit.read",
  tags: ["audit"],
  summary: "Nhật ký thay đổi (audit log)",
  request: { query: Query },
  responses: { 200: json(page(AuditEntry, "AuditPage"), "Một trang nhật ký") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const f = c.req.valid("query");
    let q = deps(c)
      .db.kysely.selectFrom("audit_log")
      .select([
        sql<string>`id::text`.as("id"),
        "at",
        "actor",
        "action",
        "entity",
        "entity_id",
        "before",
        "after",
        "request_id",
      ]);
    q = q.where(AccessPolicy.auditRows(principal(c), actor(principal(c))));
    if (f.entity !== undefined) q = q.where("entity", "=", f.entity);
    if (f.entityId !== undefined) q = q.where("entity_id", "=", f.entityId);
    if (f.actor !== undefined) q = q.where("actor", "=", f.actor);
    if (f.action !== undefined) q = q.where("action", "=", f.action);
    // The real key, not the text alias of the select list (which sorted 9 before 44 and repeated pages).
    if (f.cursor !== undefined) q = q.where(sql`audit_log.id`, "<", sql`${f.cursor}::bigint`);
    const rows = await q
      .orderBy(sql`audit_log.id`, "desc")
      .limit(f.limit + 1)
      .execute();
    const items = rows.slice(0, f.limit);
    const last = items[items.length - 1];
    return c.json(
      {
        items: items.map(auditView),
        nextCursor: rows.length > f.limit && last !== undefined ? last.id : null,
      },
      200,
    );
  });
