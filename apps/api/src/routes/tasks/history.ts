/** GET /v1/tasks/{id}/history — the task's audit trail (every change, who and when), oldest first. */
import { z } from "@hono/zod-openapi";
import { sql } from "kysely";

import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, IdParam, json } from "../../http/route.js";
import * as Tasks from "../../services/tasks.js";
import { AuditEntry, auditView } from "../audit/schema.js";

export const route = define({
  method: "get",
  path: "/v1/tasks/{id}/history",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Lịch sử thay đổi của nhiệm vụ (task history)",
  request: { params: IdParam },
  responses: {
    200: json(
      z.object({ items: z.array(AuditEntry).openapi({ description: "Các phần tử" }) }).openapi("TaskHistory"),
      "Lịch sử",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const task = await Tasks.getVisible(db, principal(c), c.req.valid("param").id);
    const rows = await db
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
      ])
      .where("entity", "=", "task")
      .where("entity_id", "=", task.id)
      .orderBy(sql`id`)
      .execute();
    return c.json({ items: rows.map(auditView) }, 200);
  });
