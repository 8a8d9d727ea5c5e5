/**
 * POST /v1/extensions/{id}/decision — the issuer side approves (optionally a different date) or
 * rejects a pending request, citing the authorising document. Approval moves the task's current
 * deadline; the original stays recorded. Requires If-Match (the request's version).
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError, notFound } from "../../http/problem.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import { IsoDay } from "../../http/schemas.js";
import * as Audit from "../../services/audit.js";
import { extensionView } from "../../services/follow-up.js";
import * as Tasks from "../../services/tasks.js";
import { ExtensionView } from "./follow-up-schema.js";
import { DecisionRef } from "./schema.js";

const Decide = z
  .object({
    approve: z.boolean().openapi({ description: "true: chấp thuận; false: không chấp thuận", example: true }),
    approvedDueOn: IsoDay.optional().openapi({
      description: "Hạn chấp thuận (mặc định: hạn đề nghị)",
      example: "2024-04-15",
    }),
    note: z.string().max(5000).optional().openapi({ description: "Ý kiến", example: "Đồng ý gia hạn" }),
    decisionRef: DecisionRef.optional(),
  })
  .strict()
  .openapi("DecideExtension");

export const route = define({
  method: "post",
  path: "/v1/extensions/{id}/decision",
  permission: "tasks.decide",
  tags: ["extensions"],
  summary: "Quyết định gia hạn (decide an extension)",
  request: { params: IdParam, headers: IfMatch, ...body(Decide) },
  responses: { 200: json(ExtensionView, "Đề nghị sau khi quyết định") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const w = who(c);
    const id = c.req.valid("param").id;
    const after = await tx(d, async (db) => {
      const ext = await db
        .selectFrom("extension_requests")
        .selectAll()
        .where("id", "=", id)
        .forUpdate()
        .executeTakeFirst();
      if (ext === undefined) throw notFound("đề nghị gia hạn", id);
      const task = await Tasks.getVisible(db, principal(c), ext.task_id, true).catch(() => {
        throw notFound("đề nghị gia hạn", id);
      });
      Tasks.ensureVersion(ext, expected, "Đề nghị gia hạn");
      if (ext.status !== "pending") {
        throw new ApiError(
          "invalid-transition",
          `Đề nghị ${id} đã được xử lý (${ext.status}) / Already decided`,
        );
      }
      const dueOn = input.approvedDueOn ?? ext.requested_due_on;
      const updated = await db
        .updateTable("extension_requests")
        .set({
          status: input.approve ? "approved" : "rejected",
          decided_by: w.actor,
          decided_at: d.now(),
          decision_note: input.note ?? null,
          decision_ref: input.decisionRef ?? null,
          approved_due_on: input.approve ? dueOn : null,
          version: ext.version + 1,
        })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, w, {
        action: input.approve ? "extension.approved" : "extension.rejected",
        entity: "extension_request",
        entityId: id,
        before: ext,
        after: updated,
      });
      if (input.approve) {
        await Tasks.updateVersioned(
          db,
          w,
          task,
          null,
          { due_on: dueOn, ...(input.decisionRef === undefined ? {} : { decision_ref: input.decisionRef }) },
          "task.deadline_extended",
          d.now(),
        );
      }
      return updated;
    });
    c.header("ETag", ETag.of(after.version));
    return c.json(extensionView(after), 200);
  });
