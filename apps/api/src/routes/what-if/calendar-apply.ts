/**
 * POST /v1/what-if/calendar/{year}/apply — stores the year's calendar (like PUT /v1/calendar/{year})
 * and moves the deadlines the preview showed, in one transaction with an audit entry for the year
 * and one per moved task. If-Match: the stored year's version, or `"0"` for a year never stored.
 */
import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, tx, who } from "../../http/handler.js";
import { body, define, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as WhatIf from "../../integrations/what-if.js";
import * as CalendarYears from "../../services/calendar-years.js";
import { YearParam } from "../calendar/schema.js";
import { current, ProposedYear, WhatIfResult, withYear } from "./schema.js";

export const route = define({
  method: "post",
  operationId: "applyCalendarWhatIf",
  path: "/v1/what-if/calendar/{year}/apply",
  permission: "calendar.write",
  tags: ["what-if"],
  summary: "Áp dụng thay đổi lịch nghỉ và dời hạn (apply a calendar change)",
  request: { params: YearParam, headers: IfMatch, ...body(ProposedYear) },
  responses: { 200: json(WhatIfResult, "Lịch đã lưu, các hạn đã dời") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const year = c.req.valid("param").year;
    const input = c.req.valid("json");
    const w = who(c);
    const result = await tx(d, async (db) => {
      const before = await current(db);
      const after = await withYear(db, year, input);
      const preview = await WhatIf.compare(db, before, after, d.now());
      const version = await CalendarYears.store(db, w, year, input, {
        expected,
        now: d.now(),
        note: { whatIf: { moved: preview.moved.length, statusChanged: preview.statusChanged.length } },
      });
      const reason = `Lịch nghỉ năm ${year}${input.source === "" ? "" : ` (${input.source})`}`;
      const applied = await WhatIf.apply(db, w, preview, reason, d.now());
      return { preview, applied, version };
    });
    RulesCache.invalidate(d);
    c.header("ETag", ETag.of(result.version));
    return c.json({ ...result.preview, applied: result.applied, version: result.version }, 200);
  });
