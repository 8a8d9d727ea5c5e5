/**
 * POST /v1/tasks/{id}/extensions — the agency asks for more time (gia hạn) with a reason and a new
 * date later than the current deadline. One pending request per task. Accepts Idempotency-Key.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, IdempotencyKey, IdParam, json } from "../../http/route.js";
import { IsoDay } from "../../http/schemas.js";
import * as Audit from "../../services/audit.js";
import { extensionView } from "../../services/follow-up.js";
import * as Ids from "../../services/ids.js";
import * as Tasks from "../../services/tasks.js";
import { ExtensionView } from "./follow-up-schema.js";

const RequestExtension = z
  .object({
    reason: z
      .string()
      .trim()
      .min(1)
      .max(5000)
      .openapi({ description: "Lý do đề nghị gia hạn", example: "Chờ ý kiến của Bộ" }),
    requestedDueOn: IsoDay.openapi({ description: "Hạn mới đề nghị", example: "2024-04-15" }),
  })
  .strict()
  .openapi("RequestExtension");

export const route = define({
  method: "post",
  path: "/v1/tasks/{id}/extensions",
  permission: "tasks.report",
  tags: ["extensions"],
  summary: "Đề nghị gia hạn (request an extension)",
  request: { params: IdParam, headers: IdempotencyKey, ...body(RequestExtension) },
  responses: { 201: json(ExtensionView, "Đề nghị đã gửi") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const input = c.req.valid("json");
    const w = who(c);
    const row = await tx(d, async (db) => {
      const task = await Tasks.getVisible(db, principal(c), c.req.valid("param").id, true);
      if (task.lifecycle !== "open") {
        throw new ApiError(
          "invalid-transition",
          `Chỉ gia hạn được nhiệm vụ đang thực hiện (đang: ${task.lifecycle}) / Task is not open`,
        );
      }
      if (task.due_on !== null && input.requestedDueOn <= task.due_on) {
        throw new ApiError(
          "validation-failed",
          `Hạn đề nghị phải sau hạn hiện tại ${task.due_on} / Must be after the current deadline`,
          {
            errors: [{ path: "body.requestedDueOn", message: `Phải sau ${task.due_on}` }],
          },
        );
      }
      const pending = await db
        .selectFrom("extension_requests")
        .select("id")
        .where("task_id", "=", task.id)
        .where("status", "=", "pending")
        .executeTakeFirst();
      if (pending !== undefined) {
        throw new ApiError(
          "conflict",
          `Nhiệm vụ đã có đề nghị gia hạn ${pending.id} đang chờ / An extension request is already pending`,
        );
      }
      const row = await db
        .insertInto("extension_requests")
        .values({
          id: Ids.make("ext"),
          task_id: task.id,
          requested_by: w.actor,
          reason: input.reason,
          current_due_on: task.due_on,
          requested_due_on: input.requestedDueOn,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, w, {
        action: "extension.requested",
        entity: "extension_request",
        entityId: row.id,
        after: row,
      });
      return row;
    });
    return c.json(extensionView(row), 201);
  });
