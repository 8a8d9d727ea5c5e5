/**
 * POST /v1/tasks/{id}/extensions — the agency asks for more time (gia hạn) with a reason and a new
 * date later than the current deadline. One pending request per task; the policy in force may cap
 * the number of extensions and ask for the request some working days before the deadline (422
 * `rule-violated`); a request after the deadline is taken and flagged. Accepts Idempotency-Key.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { orThrow } from "../../http/domain-problem.js";
import { commandContext, deps, tx } from "../../http/handler.js";
import { body, define, IdempotencyKey, IdParam, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { IsoDay } from "../../http/schemas.js";
import { extensionViewOf } from "../../services/extension-views.js";
import { requestExtension } from "../../use-cases/task/request-extension.js";
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
  operationId: "requestTaskExtension",
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
    const rules = await RulesCache.forRequest(d);
    const row = await tx(d, async (db) =>
      orThrow(
        await requestExtension(commandContext(c, db, rules), {
          taskId: c.req.valid("param").id,
          reason: input.reason,
          proposedDueOn: input.requestedDueOn,
        }),
      ),
    );
    return c.json(await extensionViewOf(d.db.kysely, row, rules), 201);
  });
