/**
 * PUT /v1/calendar/{year} — an administrator enters a year's official schedule (days off, make-up
 * working days, the notice that announced them); it replaces the shipped or computed year
 * wholesale. If-Match: the stored version, or `"0"` for a year never stored.
 */

import { WorkingCalendar } from "@dondoc/domain";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, tx, who } from "../../http/handler.js";
import { body, define, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as CalendarYears from "../../services/calendar-years.js";
import { CalendarYearInput, CalendarYearView, YearParam } from "./schema.js";

export const route = define({
  method: "put",
  operationId: "putCalendarYear",
  path: "/v1/calendar/{year}",
  permission: "calendar.write",
  tags: ["calendar"],
  summary: "Nhập lịch nghỉ chính thức của một năm (set a year's calendar)",
  request: { params: YearParam, headers: IfMatch, ...body(CalendarYearInput) },
  responses: { 200: json(CalendarYearView, "Lịch năm sau khi lưu") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const year = c.req.valid("param").year;
    const input = c.req.valid("json");
    CalendarYears.check(year, input);
    const version = await tx(d, (db) =>
      CalendarYears.store(db, who(c), year, input, { expected, now: d.now() }),
    );
    RulesCache.invalidate(d);
    const rules = await RulesCache.forRequest(d);
    const schedule = WorkingCalendar.year(rules.calendar, year);
    c.header("ETag", ETag.of(version));
    return c.json(
      {
        year,
        confirmed: schedule.confirmed,
        source: schedule.source,
        stored: true,
        days: schedule.days.map((day) => ({ date: day.date, kind: day.kind, name: day.name })),
        workingDays: schedule.workingDays,
        version,
      },
      200,
    );
  });
