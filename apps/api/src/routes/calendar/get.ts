/** GET /v1/calendar/{year} — a year's days off and make-up working days, as the deadlines use them. */

import { WorkingCalendar } from "@dondoc/domain";
import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { CalendarYearView, YearParam } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "getCalendarYear",
  path: "/v1/calendar/{year}",
  permission: "calendar.read",
  tags: ["calendar"],
  summary: "Lịch nghỉ của một năm (get a year's calendar)",
  request: { params: YearParam },
  responses: { 200: json(CalendarYearView, "Lịch năm") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const year = c.req.valid("param").year;
    const rules = await RulesCache.forRequest(d);
    const stored = await d.db.kysely
      .selectFrom("calendar_years")
      .selectAll()
      .where("year", "=", year)
      .executeTakeFirst();
    const schedule = WorkingCalendar.year(rules.calendar, year);
    c.header("ETag", ETag.of(stored?.version ?? 0));
    return c.json(
      {
        year,
        confirmed: schedule.confirmed,
        source: schedule.source,
        stored: stored !== undefined,
        days: schedule.days.map((day) => ({ date: day.date, kind: day.kind, name: day.name })),
        workingDays: schedule.workingDays,
        version: stored?.version ?? 0,
      },
      200,
    );
  });
