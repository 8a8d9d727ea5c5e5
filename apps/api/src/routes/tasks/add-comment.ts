/**
 * POST /v1/tasks/{id}/comments — writes on a task's thread (secretariat ↔ agency). `@username`
 * mentions are resolved here: each must name someone who may see the task (422 otherwise), and
 * each gets a tin báo. Attach files afterwards with `POST /v1/comments/{id}/attachments`.
 * Accepts Idempotency-Key.
 */
import type { App } from "../../context.js";
import { orThrow } from "../../http/domain-problem.js";
import { commandContext, deps, tx } from "../../http/handler.js";
import { body, define, IdParam, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { commentView } from "../../services/discussion.js";
import { addComment } from "../../use-cases/task/add-comment.js";
import { AddComment, CommentView } from "./discussion-schema.js";

export const route = define({
  method: "post",
  operationId: "addTaskComment",
  path: "/v1/tasks/{id}/comments",
  permission: "tasks.report",
  tags: ["tasks"],
  summary: "Trao đổi về nhiệm vụ (add a comment)",
  request: { params: IdParam, ...body(AddComment) },
  responses: { 201: json(CommentView, "Trao đổi đã ghi") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const input = c.req.valid("json");
    const rules = await RulesCache.forRequest(d);
    const view = await tx(d, async (db) => {
      const row = orThrow(
        await addComment(commandContext(c, db, rules), { taskId: c.req.valid("param").id, body: input.body }),
      );
      return commentView(db, row);
    });
    return c.json(view, 201);
  });
