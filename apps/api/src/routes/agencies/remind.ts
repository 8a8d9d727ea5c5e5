/**
 * POST /v1/agencies/{id}/reminders — reminds an agency of its whole list (đôn đốc hàng loạt): each
 * task it leads that the caller reaches and whose timeliness calls for a reminder (overdue or due
 * soon, by the domain), optionally within one issuer or one notice, with one message. Each task
 * is reminded as by `POST /v1/tasks/{id}/reminders`. Accepts Idempotency-Key.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { orThrow } from "../../http/domain-problem.js";
import { commandContext, deps, tx } from "../../http/handler.js";
import { body, define, IdParam, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { reminderViews } from "../../services/discussion.js";
import { remindAgency } from "../../use-cases/task/remind-agency.js";
import { Remind, ReminderView } from "../tasks/discussion-schema.js";

const RemindAgency = Remind.extend({
  issuerId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: "Chỉ các nhiệm vụ của cơ quan ban hành này", example: "brvt.ubnd" }),
  noticeId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: "Chỉ các nhiệm vụ của thông báo này", example: "ntc_4k2m" }),
})
  .strict()
  .openapi("RemindAgency");

const AgencyReminded = z
  .object({
    count: z.number().int().openapi({ description: "Số nhiệm vụ đã đôn đốc", example: 4 }),
    items: z.array(ReminderView).openapi({ description: "Các lần đôn đốc vừa gửi" }),
  })
  .openapi("AgencyReminded");

export const route = define({
  method: "post",
  operationId: "remindAgency",
  path: "/v1/agencies/{id}/reminders",
  permission: "tasks.manage",
  tags: ["agencies"],
  summary: "Đôn đốc cơ quan: mọi nhiệm vụ quá hạn, sắp đến hạn (remind an agency)",
  request: { params: IdParam, ...body(RemindAgency) },
  responses: { 201: json(AgencyReminded, "Đã đôn đốc") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const input = c.req.valid("json");
    const rules = await RulesCache.forRequest(d);
    const items = await tx(d, async (db) => {
      const reminded = orThrow(
        await remindAgency(commandContext(c, db, rules), {
          agencyId: c.req.valid("param").id,
          message: input.message,
          issuerId: input.issuerId,
          noticeId: input.noticeId,
        }),
      );
      return reminderViews(
        db,
        reminded.map((r) => r.reminder),
      );
    });
    return c.json({ count: items.length, items }, 201);
  });
