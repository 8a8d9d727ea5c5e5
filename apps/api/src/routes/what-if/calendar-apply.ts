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
import * as Audit from "../../services/audit.js";
import { YearParam } from "../calendar/schema.js";
import { current, ProposedYear, WhatIfResult, withYear } from "./schema.js";

export const route = define({
  method: "post",
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
      const stored = await db
        .selectFrom("calendar_years")
        .selectAll()
        .where("year", "=", year)
        .forUpdate()
        .executeTakeFirst();
      if ((stored?.version ?? 0) !== expected)
        throw ETag.stale("Lịch năm", String(year), stored?.version ?? 0);
      const before = await current(db);
      const after = await withYear(db, year, input);
      const preview = await WhatIf.compare(db, before, after, d.now());
      const beforeDays = await db
        .selectFrom("calendar_days")
        .selectAll()
        .where("year", "=", year)
        .orderBy("day")
        .execute();
      if (stored === undefined)
        await db.insertInto("calendar_years").values({ year, source: input.source }).execute();
      else
        await db
          .updateTable("calendar_years")
          .set({ source: input.source, version: stored.version + 1, updated_at: d.now() })
          .where("year", "=", year)
          .execute();
      await db.deleteFrom("calendar_days").where("year", "=", year).execute();
      const days = [
        ...input.daysOff.map((x) => ({ day: x.date, year, kind: x.kind, name: x.name })),
        ...input.makeUpWorkdays.map((x) => ({ day: x.date, year, kind: "make-up" as const, name: x.name })),
      ];
      if (days.length > 0) await db.insertInto("calendar_days").values(days).execute();
      await Audit.record(db, w, {
        action: "calendar.year_set",
        entity: "calendar_year",
        entityId: String(year),
        before: stored === undefined ? null : { source: stored.source, days: beforeDays },
        after: {
          ...input,
          whatIf: { moved: preview.moved.length, statusChanged: preview.statusChanged.length },
        },
      });
      const reason = `Lịch nghỉ năm ${year}${input.source === "" ? "" : ` (${input.source})`}`;
      const applied = await WhatIf.apply(db, w, preview, reason, d.now());
      return { preview, applied, version: (stored?.version ?? 0) + 1 };
    });
    RulesCache.invalidate(d);
    c.header("ETag", ETag.of(result.version));
    return c.json({ ...result.preview, applied: result.applied, version: result.version }, 200);
  });
