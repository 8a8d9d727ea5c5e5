/**
 * An administrator's calendar years: checking a proposed year against the domain's `CalendarData`
 * and storing it (row lock, version check, days replaced, audit row). Shared by
 * `PUT /v1/calendar/{year}` and the what-if apply, which must store a year exactly the same way.
 */
import { CalendarData } from "@dondoc/domain";
import type { Kysely } from "kysely";

import type { Database } from "../db/schema.js";
import { fieldErrors } from "../http/errors.js";
import * as ETag from "../http/etag.js";
import { ApiError } from "../http/problem.js";
import type { CalendarYearInput } from "../routes/calendar/schema.js";
import * as Audit from "./audit.js";

/** The proposed year as domain calendar data; a 400 with field paths under `body.` when it is not valid. */
export const check = (year: number, input: CalendarYearInput): CalendarData.CalendarData => {
  const checked = CalendarData.CalendarData.safeParse({
    years: { [String(year)]: { ...input, confirmed: true } },
  });
  if (checked.success) return checked.data;
  const errors = fieldErrors("body", checked.error).map((e) => ({
    ...e,
    path: e.path.replace(`body.years.${year}.`, "body."),
  }));
  throw new ApiError("validation-failed", errors[0]?.message ?? "Lịch không hợp lệ / Invalid calendar", {
    errors,
  });
};

/**
 * Replaces a year's days inside the caller's transaction, after checking `expected` against the
 * stored version (412 when stale), and appends the audit row; `note` is added to its `after`.
 * Returns the new version.
 */
export const store = async (
  db: Kysely<Database>,
  who: Audit.Actor,
  year: number,
  input: CalendarYearInput,
  options: { readonly expected: number; readonly now: Date; readonly note?: Record<string, unknown> },
): Promise<number> => {
  const before = await db
    .selectFrom("calendar_years")
    .selectAll()
    .where("year", "=", year)
    .forUpdate()
    .executeTakeFirst();
  if ((before?.version ?? 0) !== options.expected)
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
      .set({ source: input.source, version: before.version + 1, updated_at: options.now })
      .where("year", "=", year)
      .execute();
  await db.deleteFrom("calendar_days").where("year", "=", year).execute();
  const days = [
    ...input.daysOff.map((x) => ({ day: x.date, year, kind: x.kind, name: x.name })),
    ...input.makeUpWorkdays.map((x) => ({ day: x.date, year, kind: "make-up" as const, name: x.name })),
  ];
  if (days.length > 0) await db.insertInto("calendar_days").values(days).execute();
  await Audit.record(db, who, {
    action: "calendar.year_set",
    entity: "calendar_year",
    entityId: String(year),
    before: before === undefined ? null : { source: before.source, days: beforeDays },
    after: options.note === undefined ? input : { ...input, ...options.note },
  });
  return (before?.version ?? 0) + 1;
};
