import { sql } from "kysely";

import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, IdParam, json, page } from "../../http/route.js";
import * as Tasks from "../../services/tasks.js";
import * as AuditEntries from "../audit/entries.js";
import { AuditEntry } from "../audit/schema.js";

export const route = define({
  method: "get",
  operationId: "listTaskHistory",
  path: "/v1/tasks/{id}/history",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Lịch sử thay đổi của nhiệm vụ (task history)",
  request: { params: IdParam, query: Paging.PageQuery },
  responses: {
    200: json(page(AuditEntry, "TaskHistory"), "Lịch sử"),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const task = await Tasks.getVisible(db, principal(c), c.req.valid("param").id);
    const query = db
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
      .where((eb) =>
        eb.or([
          eb.and([eb("entity", "=", "task"), eb("entity_id", "=", task.id)]),
          // The task's comments are part of its history, in order.
          eb.and([
            eb("entity", "=", "task_comment"),
            eb("entity_id", "in", eb.selectFrom("task_comments").select("id").where("task_id", "=", task.id)),
          ]),
        ]),
      )
      .orderBy(sql`id`);
    const { rows, nextCursor, total } = await Paging.run(query, c.req.valid("query"));
    return c.json({ items: await AuditEntries.views(db, rows), nextCursor, total }, 200);
  });
