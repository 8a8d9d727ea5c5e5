import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, IdParam, json, page } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { extensionViews } from "../../services/extension-views.js";
import * as Tasks from "../../services/tasks.js";
import { ExtensionView } from "./follow-up-schema.js";

export const route = define({
  method: "get",
  operationId: "listTaskExtensions",
  path: "/v1/tasks/{id}/extensions",
  permission: "tasks.read",
  tags: ["extensions"],
  summary: "Lịch sử gia hạn của nhiệm vụ (list extension requests)",
  request: { params: IdParam, query: Paging.PageQuery },
  responses: {
    200: json(page(ExtensionView, "ExtensionList"), "Các đề nghị gia hạn"),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const db = d.db.kysely;
    const rules = await RulesCache.forRequest(d);
    const task = await Tasks.getVisible(db, principal(c), c.req.valid("param").id);
    const { rows, nextCursor, total } = await Paging.run(
      db
        .selectFrom("extension_requests")
        .selectAll()
        .where("task_id", "=", task.id)
        .orderBy("created_at")
        .orderBy("id"),
      c.req.valid("query"),
    );
    return c.json({ items: await extensionViews(db, rows, rules), nextCursor, total }, 200);
  });
