/**
 * POST /v1/extensions/{id}/decision — the issuer side approves (optionally a different date) or
 * rejects a pending request, citing the authorising document. Approval moves the task's current
 * deadline (to a date after it and after today; within the policy's cap; with a reason when the
 * task is long overdue); the original stays recorded. A rejection needs a reason. Requires
 * If-Match (the request's version).
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { orThrow } from "../../http/domain-problem.js";
import * as ETag from "../../http/etag.js";
import { commandContext, deps, tx } from "../../http/handler.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { IsoDay } from "../../http/schemas.js";
import { extensionViewOf } from "../../services/extension-views.js";
import { decideExtension } from "../../use-cases/task/decide-extension.js";
import { ExtensionView } from "./follow-up-schema.js";
import { DecisionRef } from "./schema.js";

const Decide = z
  .object({
    approve: z.boolean().openapi({ description: "true: chấp thuận; false: không chấp thuận", example: true }),
    approvedDueOn: IsoDay.optional().openapi({
      description: "Hạn chấp thuận (mặc định: hạn đề nghị)",
      example: "2024-04-15",
    }),
    note: z.string().max(5000).optional().openapi({
      description: "Ý kiến; bắt buộc khi từ chối, và khi chấp thuận gia hạn một nhiệm vụ đã quá hạn lâu",
      example: "Đồng ý gia hạn",
    }),
    decisionRef: DecisionRef.optional(),
  })
  .strict()
  .openapi("DecideExtension");

export const route = define({
  method: "post",
  operationId: "decideExtension",
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
    const expectedVersion = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const rules = await RulesCache.forRequest(d);
    const row = await tx(d, async (db) =>
      orThrow(
        await decideExtension(commandContext(c, db, rules), {
          extensionId: c.req.valid("param").id,
          expectedVersion,
          approve: input.approve,
          approvedDueOn: input.approvedDueOn,
          note: input.note,
          decisionRef: input.decisionRef,
        }),
      ),
    );
    c.header("ETag", ETag.of(row.version));
    return c.json(await extensionViewOf(d.db.kysely, row, rules), 200);
  });
