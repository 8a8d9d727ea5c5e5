/**
 * PUT /v1/tasks/{id}/handler — names the officer of the lead agency who handles the task (chuyên
 * viên xử lý), or takes it back with `userId: null`. The lead agency's officers and the secretariat
 * may (an officer of a unit the task was delegated to, or of another agency, may not: 403/404).
 * The domain decides the rest (`TaskHandler.assign`): an active officer of the lead agency (400
 * otherwise, naming `body.userId`), a task open or paused (409). Requires If-Match.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { orThrow } from "../../http/domain-problem.js";
import * as ETag from "../../http/etag.js";
import { commandContext, deps, tx } from "../../http/handler.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Tasks from "../../services/tasks.js";
import { assignHandler } from "../../use-cases/task/assign-handler.js";
import { TaskView } from "./schema.js";

const Handler = z
  .object({
    userId: z.string().min(1).max(100).nullable().openapi({
      description: "Tài khoản cán bộ của cơ quan chủ trì được giao xử lý (null: thôi giao)",
      example: "usr_8f2k",
    }),
  })
  .strict()
  .openapi("TaskHandler");

export const route = define({
  method: "put",
  operationId: "assignTaskHandler",
  path: "/v1/tasks/{id}/handler",
  permission: "tasks.report",
  tags: ["tasks"],
  summary: "Giao chuyên viên xử lý (name the handling officer)",
  request: { params: IdParam, headers: IfMatch, ...body(Handler) },
  responses: { 200: json(TaskView, "Nhiệm vụ với chuyên viên xử lý") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expectedVersion = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const rules = await RulesCache.forRequest(d);
    const saved = await tx(d, async (db) =>
      orThrow(
        await assignHandler(commandContext(c, db, rules), {
          taskId: c.req.valid("param").id,
          expectedVersion,
          userId: input.userId,
        }),
      ),
    );
    c.header("ETag", ETag.of(saved.row.version));
    return c.json(Tasks.view(saved.row, rules), 200);
  });
