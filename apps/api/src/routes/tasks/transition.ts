/**
 * POST /v1/tasks/{id}/transitions — decisions of the issuer side: pause, resume, cancel, reopen.
 * Each carries the reference of the document that authorised it. Requires If-Match.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import type { TaskLifecycle } from "../../db/schema.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Tasks from "../../services/tasks.js";
import { DecisionRef, TaskView } from "./schema.js";

const Transition = z
  .object({
    action: z.enum(["pause", "resume", "cancel", "reopen"]).openapi({
      description: "pause: tạm dừng; resume: tiếp tục; cancel: huỷ; reopen: mở lại nhiệm vụ đã xong",
      example: "cancel",
    }),
    decisionRef: DecisionRef.optional(),
    note: z
      .string()
      .max(5000)
      .optional()
      .openapi({ description: "Lý do", example: "Theo chỉ đạo tại cuộc họp" }),
  })
  .strict()
  .openapi("TaskTransition");

const moves: Record<z.infer<typeof Transition>["action"], { from: TaskLifecycle[]; to: TaskLifecycle }> = {
  pause: { from: ["open"], to: "paused" },
  resume: { from: ["paused"], to: "open" },
  cancel: { from: ["open", "paused"], to: "cancelled" },
  reopen: { from: ["done", "cancelled"], to: "open" },
};

export const route = define({
  method: "post",
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
    const expected = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const move = moves[input.action];
    const after = await tx(d, async (db) => {
      const row = await Tasks.getVisible(db, principal(c), c.req.valid("param").id, true);
      Tasks.ensureVersion(row, expected);
      if (!move.from.includes(row.lifecycle)) throw Tasks.invalidTransition(row, move.to);
      return Tasks.updateVersioned(
        db,
        who(c),
        row,
        expected,
        {
          lifecycle: move.to,
          ...(input.action === "reopen" ? { completed_on: null } : {}),
          ...(input.decisionRef === undefined ? {} : { decision_ref: input.decisionRef }),
        },
        `task.${input.action}`,
        d.now(),
      );
    });
    c.header("ETag", ETag.of(after.version));
    return c.json(Tasks.view(after, await RulesCache.forRequest(d)), 200);
  });
