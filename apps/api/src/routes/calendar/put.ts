/**
 * PUT /v1/calendar/{year} — an administrator enters a year's official schedule (days off, make-up
 * working days, the notice that announced them); it replaces the shipped or computed year
 * wholesale. If-Match: the stored version, or `"0"` for a year never stored.
 */

import { CalendarData, WorkingCalendar } from "@dondoc/domain";
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { fieldErrors } from "../../http/errors.js";
import * as ETag from "../../http/etag.js";
import { deps, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { IsoDay } from "../../http/schemas.js";
import * as Audit from "../../services/audit.js";
import { CalendarYearView, YearParam } from "./schema.js";

const PutYear = z
  .object({
    source: z
      .string()
      .trim()
      .max(500)
      .default("")
      .openapi({ description: "Văn bản công bố", example: "Thông báo 6150/TB-LĐTBXH" }),
    daysOff: z
      .array(
        z.object({
          date: IsoDay.openapi({ description: "Ngày nghỉ", example: "2024-02-09" }),
          name: z.string().trim().min(1).max(200).openapi({ description: "Tên", example: "Tết Nguyên đán" }),
          kind: z
            .enum(["holiday", "day-off"])
            .default("holiday")
            .openapi({ description: "holiday: lễ, tết; day-off: nghỉ bù, hoán đổi", example: "holiday" }),
        }),
      )
      .max(100)
      .openapi({ description: "Ngày nghỉ" }),
    makeUpWorkdays: z
      .array(
        z.object({
          date: IsoDay.openapi({ description: "Ngày làm bù", example: "2024-05-04" }),
          name: z
            .string()
            .trim()
            .min(1)
            .max(200)
            .openapi({ description: "Lý do", example: "Làm bù cho ngày 29/04/2024" }),
        }),
      )
      .max(50)
      .default([])
      .openapi({ description: "Ngày làm bù" }),
  })
  .strict()
  .openapi("PutCalendarYear");

export const route = define({
  method: "put",
  path: "/v1/calendar/{year}",
  permission: "calendar.write",
  tags: ["calendar"],
  summary: "Nhập lịch nghỉ chính thức của một năm (set a year's calendar)",
  request: { params: YearParam, headers: IfMatch, ...body(PutYear) },
  responses: { 200: json(CalendarYearView, "Lịch năm sau khi lưu") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const year = c.req.valid("param").year;
    const input = c.req.valid("json");
    const check = CalendarData.CalendarData.safeParse({
      years: { [String(year)]: { ...input, confirmed: true } },
    });
    if (!check.success) {
      const errors = fieldErrors("body", check.error).map((e) => ({
        ...e,
        path: e.path.replace(`body.years.${year}.`, "body."),
      }));
      throw new ApiError("validation-failed", errors[0]?.message ?? "Lịch không hợp lệ / Invalid calendar", {
        errors,
      });
    }
    const version = await tx(d, async (db) => {
      const before = await db
        .selectFrom("calendar_years")
        .selectAll()
        .where("year", "=", year)
        .forUpdate()
        .executeTakeFirst();
      if ((before?.version ?? 0) !== expected)
        throw ETag.stale("Lịch năm", String(year), before?.version ?? 0);
      const beforeDays = await db
        .selectFrom("calendar_days")
        .selectAll()
        .where("year", "=", year)
        .orderBy("day")
        .execute();
      if (before === undefined)
        await db.insertInto("calendar_years").values({ year, source: input.source }).execute();
      else
        await db
          .updateTable("calendar_years")
          .set({ source: input.source, version: before.version + 1, updated_at: d.now() })
          .where("year", "=", year)
          .execute();
      await db.deleteFrom("calendar_days").where("year", "=", year).execute();
      for (const day of input.daysOff)
        await db
          .insertInto("calendar_days")
          .values({ day: day.date, year, kind: day.kind, name: day.name })
          .execute();
      for (const day of input.makeUpWorkdays)
        await db
          .insertInto("calendar_days")
          .values({ day: day.date, year, kind: "make-up", name: day.name })
          .execute();
      await Audit.record(db, who(c), {
        action: "calendar.year_set",
        entity: "calendar_year",
        entityId: String(year),
        before: before === undefined ? null : { source: before.source, days: beforeDays },
        after: input,
      });
      return (before?.version ?? 0) + 1;
    });
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
