/**
 * POST /v1/tasks/{id}/completion/accept — the office (the secretariat of the task's issuer, an
 * administrator) accepts the agency's completion report: the task is done on the day the agency
 * stated. Requires If-Match. Only a report still waiting is accepted (409 otherwise).
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

const AcceptCompletion = z
  .object({
    note: z.string().max(5000).optional().openapi({
      description: "Ý kiến khi xác nhận (không bắt buộc)",
      example: "Đã kiểm tra văn bản ban hành",
    }),
  })
  .strict()
  .openapi("AcceptCompletion");

export const route = define({
  method: "post",
  operationId: "acceptTaskCompletion",
  path: "/v1/tasks/{id}/completion/accept",
  permission: "tasks.decide",
  tags: ["tasks"],
  summary: "Xác nhận báo cáo hoàn thành (accept a completion report)",
  request: { params: IdParam, headers: IfMatch, ...body(AcceptCompletion) },
  responses: { 200: json(TaskView, "Nhiệm vụ đã hoàn thành, tính theo ngày hoàn thành cơ quan báo cáo") },
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
          decision: "accept",
          reason: input.note,
        }),
      ),
    );
    c.header("ETag", ETag.of(saved.row.version));
    return c.json(Tasks.view(saved.row, rules), 200);
  });
