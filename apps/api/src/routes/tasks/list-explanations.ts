import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, IdParam, json, page } from "../../http/route.js";
import { explanationView } from "../../services/follow-up.js";
import * as Tasks from "../../services/tasks.js";
import { ExplanationView } from "./follow-up-schema.js";

export const route = define({
  method: "get",
  operationId: "listTaskExplanations",
  path: "/v1/tasks/{id}/explanations",
  permission: "tasks.read",
  tags: ["explanations"],
  summary: "Các yêu cầu giải trình (list explanation requests)",
  request: { params: IdParam, query: Paging.PageQuery },
  responses: {
    200: json(page(ExplanationView, "ExplanationList"), "Yêu cầu giải trình"),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const task = await Tasks.getVisible(db, principal(c), c.req.valid("param").id);
    const { rows, nextCursor, total } = await Paging.run(
      db
        .selectFrom("explanation_requests")
        .selectAll()
        .where("task_id", "=", task.id)
        .orderBy("created_at")
        .orderBy("id"),
      c.req.valid("query"),
    );
    return c.json({ items: rows.map(explanationView), nextCursor, total }, 200);
  });
