/** GET /v1/tasks/{id} — one task with its ETag; another agency's task is 404 for an officer. */
import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal } from "../../http/handler.js";
import { define, IdParam, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Tasks from "../../services/tasks.js";
import { TaskView } from "./schema.js";

export const route = define({
  method: "get",
  path: "/v1/tasks/{id}",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Chi tiết nhiệm vụ (get a task)",
  request: { params: IdParam },
  responses: { 200: json(TaskView, "Nhiệm vụ; tiêu đề ETag mang phiên bản") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const row = await Tasks.getVisible(d.db.kysely, principal(c), c.req.valid("param").id);
    c.header("ETag", ETag.of(row.version));
    return c.json(Tasks.view(row, await RulesCache.forRequest(d)), 200);
  });
