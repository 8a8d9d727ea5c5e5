/**
 * GET /v1/agencies/{id}/calendar.ics?token=… — the agency's deadlines and report cut-offs as an
 * iCalendar feed for Outlook, Google or Apple calendars. The token is the credential.
 */
import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { define, IdParam } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Feeds from "../../integrations/feeds.js";
import * as Ics from "../../integrations/ics.js";
import { IcsToken, icsResponse } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "getAgencyCalendarFeed",
  path: "/v1/agencies/{id}/calendar.ics",
  permission: "public",
  tags: ["calendar-feeds"],
  summary: "Lịch hạn của cơ quan (agency ICS feed)",
  request: { params: IdParam, query: IcsToken },
  responses: icsResponse,
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const id = c.req.valid("param").id;
    const { owner } = await Feeds.open(d.db.kysely, c.req.valid("query").token, "agency", id);
    const agency = await d.db.kysely
      .selectFrom("agencies")
      .select("name")
      .where("id", "=", id)
      .executeTakeFirst();
    const rules = await RulesCache.forRequest(d);
    const text = Ics.render({
      name: `Hạn nhiệm vụ — ${agency?.name ?? id}`,
      tasks: await Feeds.agencyTasks(d.db.kysely, id, owner),
      cutOffs: Ics.cutOffs(rules.policy, rules.today),
      stamp: d.now(),
    });
    return c.body(text, 200, {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, max-age=300",
    });
  });
