/**
 * LatenessBand — nhóm số ngày quá hạn. The age bands a leader sorts overdue work into: overdue by
 * 1–7 days, 8–30, 31–90, or more than 90. A band belongs only to a task that is overdue (open past
 * its due date, `Timeliness` "overdue"), by its calendar days overdue as `Lateness` counts them
 * (from the day after the due date to the day asked about, so a task still open the day after its
 * due date is 1 day overdue). Tasks done late, in time, paused or without a deadline have no band.
 *
 * {@link criteriaOf} writes each band as `TimelinessCriteria` conditions on stored fields, so a
 * store filters by band without restating the rule (a property test holds it to {@link of}).
 */
import { z } from "zod";

import { isoOf, parseDay } from "./day-number.js";
import type { IsoDate } from "./iso-date.js";
import * as Lateness from "./lateness.js";
import type { PolicyPack } from "./policy-pack.js";
import * as Timeliness from "./timeliness.js";
import type { Criterion, Window } from "./timeliness-criteria.js";
import * as TimelinessCriteria from "./timeliness-criteria.js";
import type { WorkingCalendar } from "./working-calendar.js";

export const LatenessBand = z
  .enum(["1-7", "8-30", "31-90", "over-90"])
  .describe("Nhóm số ngày quá hạn: 1–7, 8–30, 31–90, trên 90 ngày (ngày lịch)");
export type LatenessBand = z.infer<typeof LatenessBand>;

/** The calendar days overdue a band covers, both ends included (`to: null`: no upper end). */
export interface Bounds {
  readonly from: number;
  readonly to: number | null;
}

/** The bands' bounds, in order from the most recent to the oldest. */
export const bounds: Readonly<Record<LatenessBand, Bounds>> = {
  "1-7": { from: 1, to: 7 },
  "8-30": { from: 8, to: 30 },
  "31-90": { from: 31, to: 90 },
  "over-90": { from: 91, to: null },
};

/** The bands in order, from the most recent to the oldest. */
export const all: ReadonlyArray<LatenessBand> = LatenessBand.options;

/** Vietnamese and English names of a band. */
export const label = (b: LatenessBand): { readonly vi: string; readonly en: string } => {
  const { from, to } = bounds[b];
  return to === null
    ? { vi: `Quá hạn trên ${from - 1} ngày`, en: `Overdue more than ${from - 1} days` }
    : { vi: `Quá hạn ${from}–${to} ngày`, en: `Overdue ${from}–${to} days` };
};

/** The band of `calendarDays` overdue; `null` under one day (not overdue, or late by the hour). */
export const ofDays = (calendarDays: number): LatenessBand | null => {
  if (!Number.isInteger(calendarDays) || calendarDays < 1) return null;
  return all.find((b) => bounds[b].to === null || calendarDays <= (bounds[b].to ?? 0)) ?? null;
};

/**
 * The band of a task on day `when`: that of its days overdue when it is overdue (open past its due
 * date), `null` otherwise (in time, done — late or not —, paused, no deadline, a malformed input).
 */
export const of = (
  task: Timeliness.TaskTimes,
  when: IsoDate,
  calendar: WorkingCalendar,
  policy: PolicyPack,
): LatenessBand | null => {
  const judged = Timeliness.of(task, when, calendar, policy);
  return judged._tag === "Success" ? ofJudged(judged.success, task, when, calendar) : null;
};

/** {@link of} for a task whose timeliness on `when` is already known. */
export const ofJudged = (
  timeliness: Timeliness.Timeliness,
  task: Timeliness.TaskTimes,
  when: IsoDate,
  calendar: WorkingCalendar,
): LatenessBand | null => {
  if (timeliness !== "overdue") return null;
  const lateness = Lateness.ofJudged(timeliness, task, when, calendar);
  return lateness === null ? null : ofDays(lateness.calendarDays);
};

/**
 * Band `b` on the window's day as conditions on stored fields: the criteria of `overdue`
 * (`TimelinessCriteria`: open tasks, and submitted ones until the office accepts them) with the due
 * date narrowed to `from`…`to` days before today (`[]` for an unknown band).
 */
export const criteriaOf = (b: LatenessBand, w: Window): ReadonlyArray<Criterion> => {
  const range = bounds[b];
  if (range === undefined) return [];
  const today = parseDay(w.today);
  return TimelinessCriteria.criteriaOf("overdue", w).map((c) => ({
    ...c,
    due: {
      kind: "range",
      from: range.to === null ? null : isoOf(today - range.to),
      to: isoOf(today - range.from),
    },
  }));
};
