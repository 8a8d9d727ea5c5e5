/**
 * POST /v1/tasks/{id}/reminders — the issuer's secretariat reminds the lead agency of an open task
 * (đôn đốc), with an optional message: recorded on the task's history, counted on the task, sent
 * as the `task.reminded` event (webhooks, tin báo to the agency's officers). Accepts
 * Idempotency-Key; no If-Match (reminders accumulate, none overwrites another).
 */
import type { App } from "../../context.js";
import { orThrow } from "../../http/domain-problem.js";
import * as ETag from "../../http/etag.js";
import { commandContext, deps, tx } from "../../http/handler.js";
import { body, define, IdParam, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { actorNames, reminderView } from "../../services/discussion.js";
import * as Tasks from "../../services/tasks.js";
import { remindTask } from "../../use-cases/task/remind-task.js";
import { Remind, TaskReminded } from "./discussion-schema.js";

export const route = define({
  method: "post",
  operationId: "remindTask",
  path: "/v1/tasks/{id}/reminders",
  permission: "tasks.manage",
  tags: ["tasks"],
  summary: "Đôn đốc nhiệm vụ (remind the lead agency)",
  request: { params: IdParam, ...body(Remind) },
  responses: { 201: json(TaskReminded, "Đã đôn đốc; ETag là phiên bản mới của nhiệm vụ") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const input = c.req.valid("json");
    const rules = await RulesCache.forRequest(d);
    const { saved, reminder } = await tx(d, async (db) => {
      const saved = orThrow(
        await remindTask(commandContext(c, db, rules), {
          taskId: c.req.valid("param").id,
          message: input.message,
        }),
      );
      return {
        saved,
        reminder: reminderView(saved.reminder, await actorNames(db, [saved.reminder.reminded_by])),
      };
    });
    c.header("ETag", ETag.of(saved.row.version));
    return c.json({ reminder, task: Tasks.view(saved.row, rules) }, 201);
  });
