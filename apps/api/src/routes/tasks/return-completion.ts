/**
 * POST /v1/tasks/{id}/completion/return — the office (the secretariat of the task's issuer, an
 * administrator) returns the agency's completion report with a reason: the task is open again and
 * the reason is shown to the agency (`completionReturn` of the task). Requires If-Match. Only a
 * report still waiting is returned (409 otherwise); the reason is required (400).
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { orThrow } from "../../http/domain-problem.js";
import * as ETag from "../../http/etag.js";
import { commandContext, deps, tx } from "../../http/handler.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Tasks from "../../services/tasks.js";
import { decideCompletion } from "../../use-cases/task/decide-completion.js";
import { TaskView } from "./schema.js";

const ReturnCompletion = z
  .object({
    reason: z.string().max(5000).openapi({
      description: "Lý do trả lại (bắt buộc): cơ quan thực hiện cần làm gì thêm",
      example: "Thiếu văn bản ban hành kèm theo",
    }),
  })
  .strict()
  .openapi("ReturnCompletion");

export const route = define({
  method: "post",
  operationId: "returnTaskCompletion",
  path: "/v1/tasks/{id}/completion/return",
  permission: "tasks.decide",
  tags: ["tasks"],
  summary: "Trả lại báo cáo hoàn thành (return a completion report)",
  request: { params: IdParam, headers: IfMatch, ...body(ReturnCompletion) },
  responses: { 200: json(TaskView, "Nhiệm vụ trở lại đang thực hiện, kèm lý do trả lại") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expectedVersion = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const rules = await RulesCache.forRequest(d);
    const saved = await tx(d, async (db) =>
      orThrow(
        await decideCompletion(commandContext(c, db, rules), {
          taskId: c.req.valid("param").id,
          expectedVersion,
          decision: "return",
          reason: input.reason,
        }),
      ),
    );
    c.header("ETag", ETag.of(saved.row.version));
    return c.json(Tasks.view(saved.row, rules), 200);
  });
