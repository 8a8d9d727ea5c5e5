/**
 * Lateness — số ngày quá hạn. How late a task is (open past its due date: up to the day asked
 * about) or was (done after it: up to its completion day), in calendar days and in working days
 * after the due date. A due date ends with its local day (Civil Code 2015 art. 148.6), so a task
 * done on its due date is not late and one still open the day after is one day late. Whether a
 * task is late at all is `Timeliness`'s answer; this module only counts.
 */
import { z } from "zod";

import * as IsoDate from "./iso-date.js";
import type { PolicyPack } from "./policy-pack.js";
import * as Timeliness from "./timeliness.js";
import { type WorkingCalendar, workingDaysBetween } from "./working-calendar.js";

export const Lateness = z
  .object({
    calendarDays: z
      .number()
      .int()
      .nonnegative()
      .describe("Số ngày quá hạn (ngày lịch); 0: trễ trong ngày hạn (theo giờ)"),
    workingDays: z.number().int().nonnegative().describe("Số ngày làm việc quá hạn"),
  })
  .describe("Số ngày quá hạn");
export type Lateness = z.infer<typeof Lateness>;

/** Days from the end of `dueOn` to the end of `until`; none (zeros) when `until` is not after `dueOn`. */
export const between = (
  calendar: WorkingCalendar,
  dueOn: IsoDate.IsoDate,
  until: IsoDate.IsoDate,
): Lateness => {
  const calendarDays = IsoDate.toDayNumber(until) - IsoDate.toDayNumber(dueOn);
  if (!(calendarDays > 0)) return { workingDays: 0, calendarDays: 0 };
  return { workingDays: workingDaysBetween(calendar, dueOn, until), calendarDays };
};

/**
 * Calendar days from `today` to the end of `dueOn`: 0 on the due day itself, negative once it has
 * passed (then {@link between} counts the days overdue).
 */
export const daysLeft = (dueOn: IsoDate.IsoDate, today: IsoDate.IsoDate): number =>
  IsoDate.toDayNumber(dueOn) - IsoDate.toDayNumber(today);

/**
 * The lateness of a task on day `when`: counted to `when` while it is open and overdue, to its
 * completion day when it was done late (zero days for a task done late by the hour on its due
 * day, “trước 17 giờ”); `null` otherwise (in time, no deadline, paused, a malformed
 * input — which `Timeliness.of` reports as an error).
 */
export const of = (
  task: Timeliness.TaskTimes,
  when: IsoDate.IsoDate,
  calendar: WorkingCalendar,
  policy: PolicyPack,
): Lateness | null => {
  const judged = Timeliness.of(task, when, calendar, policy);
  return judged._tag === "Success" ? ofJudged(judged.success, task, when, calendar) : null;
};

/**
 * {@link of} for a task whose timeliness on `when` is already known (a list judged with
 * `Timeliness.at`): the count only, no second judgement.
 */
export const ofJudged = (
  timeliness: Timeliness.Timeliness,
  task: Timeliness.TaskTimes,
  when: IsoDate.IsoDate,
  calendar: WorkingCalendar,
): Lateness | null => {
  if (task.dueOn === null || task.dueOn === undefined) return null;
  if (timeliness === "overdue") return between(calendar, task.dueOn, when);
  if (timeliness === "done-late" && typeof task.completedOn === "string")
    return between(calendar, task.dueOn, task.completedOn);
  return null;
};
