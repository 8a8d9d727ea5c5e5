/** GET /v1/tasks/{id}/comments — a task's thread, oldest first, for whoever may see the task. */
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, IdParam, json, page } from "../../http/route.js";
import { commentViews } from "../../services/discussion.js";
import * as Tasks from "../../services/tasks.js";
import { CommentView } from "./discussion-schema.js";

export const route = define({
  method: "get",
  operationId: "listTaskComments",
  path: "/v1/tasks/{id}/comments",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Trao đổi về nhiệm vụ (list comments)",
  request: { params: IdParam, query: Paging.PageQuery },
  responses: { 200: json(page(CommentView, "TaskCommentList"), "Các trao đổi") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const task = await Tasks.getVisible(db, principal(c), c.req.valid("param").id);
    const { rows, nextCursor, total } = await Paging.run(
      db
        .selectFrom("task_comments")
        .selectAll()
        .where("task_id", "=", task.id)
        .orderBy("created_at")
        .orderBy("seq"),
      c.req.valid("query"),
    );
    return c.json({ items: await commentViews(db, rows), nextCursor, total }, 200);
  });
