/**
 * GET /v1/audit — the audit log, newest first, with who acted by name, what each row is about and
 * the fields an edit changed (before → after); filtered by notice, task, agency, actor, action,
 * entity and local days; cursor paging. A caller reads only what the access policy lets it reach
 * (`AccessPolicy.auditRows`): a secretariat its issuers' work, an agency-bound key its agency's.
 */
import { z } from "@hono/zod-openapi";
import { sql } from "kysely";

import * as AccessPolicy from "../../access/access-policy.js";
import { actor } from "../../auth/principal.js";
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, json, page } from "../../http/route.js";
import { IsoDay } from "../../http/schemas.js";
import * as AuditEntries from "./entries.js";
import * as Filters from "./filters.js";
import { AuditEntry } from "./schema.js";

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
  noticeId: z.string().min(1).max(100).optional().openapi({
    description: "Chỉ những dòng về thông báo này: thông báo, các mục và các nhiệm vụ của nó",
    example: "ntc_2k3j",
  }),
  taskId: z.string().min(1).max(100).optional().openapi({
    description: "Chỉ những dòng về nhiệm vụ này và những gì đã báo cáo, đề nghị, quyết định trên nó",
    example: "tsk_8f2k3j9x",
  }),
  agencyId: z.string().min(1).max(100).optional().openapi({
    description:
      "Chỉ những dòng về cơ quan này: cơ quan, các nhiệm vụ nó chủ trì/được giao lại, thông báo nó ban hành",
    example: "brvt.so-tc",
  }),
  from: IsoDay.optional().openapi({
    description: "Từ ngày (giờ Việt Nam, tính cả ngày này)",
    example: "2026-06-01",
  }),
  to: IsoDay.optional().openapi({
    description: "Đến ngày (giờ Việt Nam, tính cả ngày này)",
    example: "2026-06-30",
  }),
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
    const db = deps(c).db.kysely;
    let q = db
      .selectFrom("audit_log")
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
    q = Filters.apply(q, f);
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
        items: await AuditEntries.views(db, items),
        nextCursor: rows.length > f.limit && last !== undefined ? last.id : null,
      },
      200,
    );
  });
