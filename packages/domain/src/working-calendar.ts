/**
 * WorkingCalendar — lịch ngày làm việc of Vietnamese public servants: weekly rest days (Saturday
 * and Sunday), the public holidays of the Labour Code 2019 (Điều 112, the lunar ones computed),
 * compensatory days (nghỉ bù, Điều 111 khoản 3) and each year's official schedule of days off and
 * make-up working days (2019–2026 shipped, with their sources; more added by an administrator at run time). Years
 * without an official schedule are computed from the law and flagged `confirmed: false`.
 *
 * A calendar is an opaque value built once; every query is O(1) within a year (per-year tables
 * with prefix counts, built lazily and cached).
 *
 * @example
 * const cal = WorkingCalendar.vietnam();
 * WorkingCalendar.isWorkingDay(cal, "2023-01-23"); // false — Tết Quý Mão
 * WorkingCalendar.rollForward(cal, "2024-01-06"); // "2024-01-08" (Saturday → Monday)
 */
import * as Data from "effect/Data";
import * as Result from "effect/Result";
import { z } from "zod";

import { CalendarData, type CalendarDataInput } from "./calendar-data.js";
import {
  between,
  CalendarEngine,
  DAY_OFF,
  HOLIDAY,
  isWorking,
  MAKE_UP,
  rollForward as rollForwardDay,
  workingDayAfter,
  workingDayBefore,
} from "./calendar-engine.js";
import { isoOf, parseDay, WEEKDAY_VI, weekdayOfDay } from "./day-number.js";
import type { IsoDate } from "./iso-date.js";
import { officialVietnam } from "./vietnam-days-off.js";

/** An opaque, precomputed working-day calendar. Build it with {@link make} or {@link vietnam}. */
export type WorkingCalendar = CalendarEngine;

/** The calendar data it was built from (what the admin edits). */
export const dataOf = (cal: WorkingCalendar): CalendarData => cal.data;

/** Build a calendar from data, exactly as given. */
export const make = (data: CalendarData): WorkingCalendar => new CalendarEngine(data);

/** The shipped official schedule of 2019–2026 (Saturday + Sunday rest). */
export const officialData: CalendarData = officialVietnam;

/**
 * The Vietnamese public-service calendar: the shipped official 2019–2026 schedule, with
 * `overrides` applied on top (a year given there replaces the shipped or computed year wholesale).
 * Other years are computed from the Labour Code 2019 and flagged unconfirmed.
 */
export const vietnam = (overrides?: Partial<CalendarData>): WorkingCalendar =>
  new CalendarEngine({
    weeklyRestDays: overrides?.weeklyRestDays ?? officialVietnam.weeklyRestDays,
    years: { ...officialVietnam.years, ...overrides?.years },
    missingYears: overrides?.missingYears ?? officialVietnam.missingYears,
  });

/** Calendar data that failed validation (e.g. an admin upload). */
export class InvalidCalendarData extends Data.TaggedError("InvalidCalendarData")<{
  readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }>;
}> {
  override get message(): string {
    return `Dữ liệu lịch làm việc không hợp lệ: ${this.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`;
  }
}

/**
 * Validate untrusted calendar data (defaults filled in) and build a calendar on top of the
 * shipped Vietnamese schedule.
 *
 * Fails with {@link InvalidCalendarData} listing every problem.
 */
export const fromInput = (input: unknown): Result.Result<WorkingCalendar, InvalidCalendarData> => {
  const parsed = CalendarData.safeParse(input);
  if (!parsed.success) {
    return Result.fail(
      new InvalidCalendarData({
        issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
      }),
    );
  }
  return Result.succeed(vietnam(parsed.data));
};

export type { CalendarDataInput };

/** Whether `d` is a working day (ngày làm việc). `false` for an invalid date. */
export const isWorkingDay = (cal: WorkingCalendar, d: IsoDate): boolean => isWorking(cal, parseDay(d));

const orInput = (n: number, d: IsoDate): IsoDate => (Number.isFinite(n) ? isoOf(n) : d);

/** The first working day strictly after `d`. Returns `d` unchanged for an invalid date. */
export const nextWorkingDay = (cal: WorkingCalendar, d: IsoDate): IsoDate =>
  orInput(workingDayAfter(cal, parseDay(d), 1), d);

/**
 * `d` itself if it is a working day, else the next working day: when the last day of a period is
 * a weekend day or a holiday, the period ends with the next working day (Civil Code 2015,
 * art. 148(5)). Returns `d` unchanged for an invalid date.
 */
export const rollForward = (cal: WorkingCalendar, d: IsoDate): IsoDate =>
  orInput(rollForwardDay(cal, parseDay(d)), d);

/**
 * The `n`-th working day after `d` (`n` > 0), the `|n|`-th working day before it (`n` < 0), or
 * `d` itself (`n` = 0). Non-integer `n` is truncated. Returns `d` unchanged for an invalid date
 * or when the result would fall outside 0001–9999.
 */
export const addWorkingDays = (cal: WorkingCalendar, d: IsoDate, n: number): IsoDate => {
  const k = Math.trunc(n);
  if (!(k !== 0)) return d;
  const day = parseDay(d);
  return orInput(k > 0 ? workingDayAfter(cal, day, k) : workingDayBefore(cal, day, -k), d);
};

/**
 * Working days in `(from, to]` — the working days left from `from` to a deadline `to`; when
 * `to` is earlier, minus the working days in `[to, from)`. It inverts {@link addWorkingDays}:
 * `workingDaysBetween(cal, d, addWorkingDays(cal, d, n)) === n`. `0` for an invalid date.
 */
export const workingDaysBetween = (cal: WorkingCalendar, from: IsoDate, to: IsoDate): number =>
  between(cal, parseDay(from), parseDay(to));

/** What kind of day a date is. */
export const DayKind = z.enum(["working", "weekend", "holiday", "day-off", "make-up"]);
export type DayKind = z.infer<typeof DayKind>;

const KIND_NAMES: readonly DayKind[] = ["working", "weekend", "holiday", "day-off", "make-up"];

/** Everything the calendar knows about one day. */
export const DayInfo = z.object({
  working: z.boolean(),
  kind: DayKind,
  /** Name of the holiday, day off or make-up day; `null` for ordinary days. */
  name: z.string().nullable(),
  /** `false` when the day's year has no official schedule yet (computed from the law). */
  confirmed: z.boolean(),
});
export type DayInfo = z.infer<typeof DayInfo>;

/** Kind, name and confirmation of a day. An invalid date is reported as an unconfirmed weekday. */
export const dayInfo = (cal: WorkingCalendar, d: IsoDate): DayInfo => {
  const n = parseDay(d);
  if (!Number.isFinite(n)) return { working: false, kind: "working", name: null, confirmed: false };
  const t = cal.tableOf(n);
  const i = n - t.start;
  return {
    working: t.working[i] === 1,
    kind: KIND_NAMES[t.kind[i] ?? 0] ?? "working",
    name: t.names.get(i) ?? null,
    confirmed: t.confirmed,
  };
};

/** One special day of a year's schedule. */
export const YearDay = z.object({
  date: z.iso.date(),
  /** Vietnamese weekday (“thứ Hai” … “Chủ nhật”). */
  weekday: z.string(),
  name: z.string(),
  kind: z.enum(["holiday", "day-off", "make-up"]),
  working: z.boolean(),
});
export type YearDay = z.infer<typeof YearDay>;

/** A year's schedule as `dondoc calendar YEAR` and the admin show it. */
export const YearSchedule = z.object({
  year: z.number().int(),
  confirmed: z.boolean(),
  source: z.string(),
  weeklyRestDays: z.array(z.string()),
  /** Days off (lễ, tết, nghỉ bù, hoán đổi) and make-up working days, in date order. */
  days: z.array(YearDay),
  /** Number of working days in the year. */
  workingDays: z.number().int(),
});
export type YearSchedule = z.infer<typeof YearSchedule>;

/** The days off and make-up days of year `y`, with names, and the year's working-day count. */
export const year = (cal: WorkingCalendar, y: number): YearSchedule => {
  const t = cal.yearTable(Math.trunc(y));
  const days: YearDay[] = [];
  for (const [i, name] of [...t.names.entries()].sort((a, b) => a[0] - b[0])) {
    const k = t.kind[i];
    if (k !== HOLIDAY && k !== DAY_OFF && k !== MAKE_UP) continue;
    days.push({
      date: isoOf(t.start + i),
      weekday: WEEKDAY_VI[weekdayOfDay(t.start + i)] ?? "",
      name,
      kind: k === HOLIDAY ? "holiday" : k === DAY_OFF ? "day-off" : "make-up",
      working: k === MAKE_UP,
    });
  }
  return {
    year: t.year,
    confirmed: t.confirmed,
    source: t.source,
    weeklyRestDays: [...cal.data.weeklyRestDays],
    days,
    workingDays: t.total,
  };
};
