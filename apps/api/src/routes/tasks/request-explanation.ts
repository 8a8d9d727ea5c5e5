/**
 * POST /v1/tasks/{id}/explanations — the secretariat asks the agency to explain (yêu cầu giải trình)
 * an overdue task, with an optional reply date. Only overdue tasks. Accepts Idempotency-Key.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, IdempotencyKey, IdParam, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { IsoDay } from "../../http/schemas.js";
import * as Audit from "../../services/audit.js";
import { explanationView } from "../../services/follow-up.js";
import * as Ids from "../../services/ids.js";
import * as Tasks from "../../services/tasks.js";
import { ExplanationView } from "./follow-up-schema.js";

const RequestExplanation = z
  .object({
    question: z.string().trim().min(1).max(5000).openapi({
      description: "Nội dung yêu cầu giải trình",
      example: "Đề nghị giải trình lý do chậm tiến độ",
    }),
    replyDueOn: IsoDay.nullable()
      .default(null)
      .openapi({ description: "Hạn trả lời", example: "2024-03-08" }),
  })
  .strict()
  .openapi("RequestExplanation");

export const route = define({
  method: "post",
  operationId: "requestTaskExplanation",
  path: "/v1/tasks/{id}/explanations",
  permission: "tasks.decide",
  tags: ["explanations"],
  summary: "Yêu cầu giải trình (request an explanation)",
  request: { params: IdParam, headers: IdempotencyKey, ...body(RequestExplanation) },
  responses: { 201: json(ExplanationView, "Yêu cầu đã gửi") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const input = c.req.valid("json");
    const w = who(c);
    const rules = await RulesCache.forRequest(d);
    const row = await tx(d, async (db) => {
      const task = await Tasks.getVisible(db, principal(c), c.req.valid("param").id, true);
      const t = rules.judge({
        lifecycle: task.lifecycle,
        dueOn: task.due_on,
        completedOn: task.completed_on,
      });
      if (t !== "overdue") {
        throw new ApiError(
          "invalid-transition",
          `Chỉ yêu cầu giải trình nhiệm vụ quá hạn (đang: ${t}) / Task is not overdue`,
        );
      }
      const row = await db
        .insertInto("explanation_requests")
        .values({
          id: Ids.make("exp"),
          task_id: task.id,
          requested_by: w.actor,
          question: input.question,
          reply_due_on: input.replyDueOn,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, w, {
        action: "explanation.requested",
        entity: "explanation_request",
        entityId: row.id,
        after: row,
      });
      return row;
    });
    return c.json(explanationView(row), 201);
  });
