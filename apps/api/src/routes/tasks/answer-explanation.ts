/** POST /v1/explanations/{id}/answer — the agency answers an explanation request. Requires If-Match. */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError, notFound } from "../../http/problem.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import { explanationView } from "../../services/follow-up.js";
import * as Tasks from "../../services/tasks.js";
import { ExplanationView } from "./follow-up-schema.js";

const Answer = z
  .object({
    answer: z
      .string()
      .trim()
      .min(1)
      .max(20000)
      .openapi({ description: "Nội dung giải trình", example: "Do chờ ý kiến thẩm định" }),
  })
  .strict()
  .openapi("AnswerExplanation");

export const route = define({
  method: "post",
  operationId: "answerExplanation",
  path: "/v1/explanations/{id}/answer",
  permission: "tasks.report",
  tags: ["explanations"],
  summary: "Trả lời yêu cầu giải trình (answer)",
  request: { params: IdParam, headers: IfMatch, ...body(Answer) },
  responses: { 200: json(ExplanationView, "Yêu cầu đã được trả lời") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const w = who(c);
    const id = c.req.valid("param").id;
    const after = await tx(d, async (db) => {
      const row = await db
        .selectFrom("explanation_requests")
        .selectAll()
        .where("id", "=", id)
        .forUpdate()
        .executeTakeFirst();
      if (row === undefined) throw notFound("yêu cầu giải trình", id);
      await Tasks.getVisible(db, principal(c), row.task_id).catch(() => {
        throw notFound("yêu cầu giải trình", id);
      });
      Tasks.ensureVersion(row, expected, "Yêu cầu giải trình");
      if (row.status !== "open")
        throw new ApiError("invalid-transition", "Yêu cầu đã được trả lời / Already answered");
      const updated = await db
        .updateTable("explanation_requests")
        .set({
          answer: c.req.valid("json").answer,
          answered_by: w.actor,
          answered_at: d.now(),
          status: "answered",
          version: row.version + 1,
        })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, w, {
        action: "explanation.answered",
        entity: "explanation_request",
        entityId: id,
        before: row,
        after: updated,
      });
      return updated;
    });
    c.header("ETag", ETag.of(after.version));
    return c.json(explanationView(after), 200);
  });
