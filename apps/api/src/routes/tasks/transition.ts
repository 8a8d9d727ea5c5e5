/**
 * POST /v1/tasks/{id}/transitions — decisions of the issuer side: pause, resume, cancel, reopen.
 * Each carries the reference of the document that authorised it; pause, cancel and reopen need a
 * reason (`note`); a cancelled task stays cancelled, only a done task reopens. Requires If-Match.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { orThrow } from "../../http/domain-problem.js";
import * as ETag from "../../http/etag.js";
import { commandContext, deps, tx } from "../../http/handler.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Tasks from "../../services/tasks.js";
import { changeTaskState } from "../../use-cases/task/change-task-state.js";
import { DecisionRef, TaskView } from "./schema.js";

const Transition = z
  .object({
    action: z.enum(["pause", "resume", "cancel", "reopen"]).openapi({
      description:
        "pause: tạm dừng; resume: tiếp tục; cancel: huỷ (không mở lại được); reopen: mở lại nhiệm vụ đã xong",
      example: "cancel",
    }),
    decisionRef: DecisionRef.optional(),
    note: z.string().max(5000).optional().openapi({
      description: "Lý do (bắt buộc khi tạm dừng, huỷ, mở lại)",
      example: "Theo chỉ đạo tại cuộc họp",
    }),
  })
  .strict()
  .openapi("TaskTransition");

export const route = define({
  method: "post",
  operationId: "transitionTask",
  path: "/v1/tasks/{id}/transitions",
  permission: "tasks.manage",
  tags: ["tasks"],
  summary: "Tạm dừng, tiếp tục, huỷ, mở lại (change state)",
  request: { params: IdParam, headers: IfMatch, ...body(Transition) },
  responses: { 200: json(TaskView, "Nhiệm vụ sau khi chuyển trạng thái") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expectedVersion = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const rules = await RulesCache.forRequest(d);
    const saved = await tx(d, async (db) =>
      orThrow(
        await changeTaskState(commandContext(c, db, rules), {
          taskId: c.req.valid("param").id,
          expectedVersion,
          action: input.action,
          note: input.note,
          decisionRef: input.decisionRef,
        }),
      ),
    );
    c.header("ETag", ETag.of(saved.row.version));
    return c.json(Tasks.view(saved.row, rules), 200);
  });
