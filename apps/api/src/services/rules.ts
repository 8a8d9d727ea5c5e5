/**
 * The rules in force: the working calendar (the shipped Vietnamese calendar with the years an
 * administrator stored replacing those years wholesale), the active policy pack (the national one
 * until an administrator saves another), and “today” in Asia/Ho_Chi_Minh for the server's clock.
 */

import {
  CalendarData,
  IsoDate,
  PolicyPack,
  Timeliness,
  TimelinessCriteria,
  WorkingCalendar,
} from "@dondoc/domain";
import type { Kysely } from "kysely";

import type { Database } from "../db/schema.js";

export interface Rules extends TimelinessCriteria.Window {
  readonly calendar: WorkingCalendar.WorkingCalendar;
  readonly policy: PolicyPack.PolicyPack;
  readonly judge: Timeliness.Judge;
}

/** Vietnam has kept UTC+7 without daylight saving since 1975. */
export const localDate = (instant: Date): string => IsoDate.ofInstant(instant);

/** The stored calendar years as overrides of the shipped calendar. */
export const calendarData = async (db: Kysely<Database>): Promise<CalendarData.CalendarData> => {
  const years = await db.selectFrom("calendar_years").selectAll().execute();
  const days = await db.selectFrom("calendar_days").selectAll().orderBy("day").execute();
  const out: Record<
    string,
    {
      daysOff: { date: string; name: string; kind: "holiday" | "day-off" }[];
      makeUpWorkdays: { date: string; name: string }[];
      confirmed: boolean;
      source: string;
    }
  > = {};
  for (const y of years) {
    out[String(y.year)] = { daysOff: [], makeUpWorkdays: [], confirmed: true, source: y.source };
  }
  for (const d of days) {
    const year = out[String(d.year)];
    if (year === undefined) continue;
    if (d.kind === "make-up") year.makeUpWorkdays.push({ date: d.day, name: d.name });
    else year.daysOff.push({ date: d.day, name: d.name, kind: d.kind });
  }
  return CalendarData.CalendarData.parse({ years: out });
};

export const policy = async (db: Kysely<Database>): Promise<PolicyPack.PolicyPack> => {
  const row = await db.selectFrom("policy_settings").select("pack").where("id", "=", 1).executeTakeFirst();
  if (row === undefined) return PolicyPack.national;
  const parsed = PolicyPack.PolicyPack.safeParse(row.pack);
  return parsed.success ? parsed.data : PolicyPack.national;
};

export const load = async (db: Kysely<Database>, now: Date): Promise<Rules> => {
  const data = await calendarData(db);
  const calendar = WorkingCalendar.vietnam({ years: data.years });
  return at(calendar, await policy(db), now);
};

/** The rules for instant `now` under a calendar and a policy. */
export const at = (
  calendar: WorkingCalendar.WorkingCalendar,
  pack: PolicyPack.PolicyPack,
  now: Date,
): Rules => {
  const today = localDate(now);
  return {
    ...TimelinessCriteria.windowOf(today, calendar, pack),
    calendar,
    policy: pack,
    judge: Timeliness.at(today, calendar, pack),
  };
};
