/**
 * Timeliness — tình trạng thực hiện so với thời hạn, derived (never stored) from a task's
 * lifecycle, its current (latest approved) due date, its completion date, an instant passed in by
 * the caller, the working-day calendar and the policy pack. A due date ends at the end of its
 * local day (Civil Code 2015 art. 148(6)). The values map onto the four categories of the
 * Vietnamese follow-up reports: hoàn thành đúng hạn / quá hạn, đang thực hiện trong hạn / quá hạn.
 */
import { z } from "zod";

import { between, type CalendarEngine } from "./calendar-engine.js";
import { parseDay } from "./day-number.js";
import type { DayNumber } from "./iso-date.js";
import type { PolicyPack } from "./policy-pack.js";
import type { TaskLifecycle } from "./task-lifecycle.js";

/**
 * The closed set of timeliness values:
 * - `draft`, `cancelled`, `paused`: the lifecycle says it all; not judged against a deadline;
 * - `no-deadline`: open, with no due date;
 * - `not-due`: open, more than `policy.dueSoonWorkingDays` working days left;
 * - `due-soon`: open, at most that many working days left (including the due day itself);
 * - `overdue`: open, the due day has passed;
 * - `done-on-time` / `done-late`: completed on/before or after the due date;
 * - `done`: completed, but there was no due date or no completion date to judge by.
 */
export const Timeliness = z.enum([
  "draft",
  "cancelled",
  "paused",
  "no-deadline",
  "not-due",
  "due-soon",
  "overdue",
  "done-on-time",
  "done-late",
  "done",
]);
export type Timeliness = z.infer<typeof Timeliness>;

/** What timeliness needs to know about a task. */
export interface TaskTimes {
  readonly lifecycle: TaskLifecycle;
  /** The current deadline: the latest approved one (after extensions), already rolled forward. */
  readonly dueOn: string | null;
  readonly completedOn: string | null;
}

/** A judge for one instant: precomputes the instant once, then classifies tasks in O(1). */
export type Judge = (task: TaskTimes) => Timeliness;

const judgeOpen = (cal: CalendarEngine, at: DayNumber, due: DayNumber, soon: number): Timeliness => {
  if (at > due) return "overdue";
  // Calendar days bound working days from above: a short gap needs no calendar lookup.
  if (due - at <= soon) return "due-soon";
  return between(cal, at, due) <= soon ? "due-soon" : "not-due";
};

const classify = (task: TaskTimes, now: DayNumber, calendar: CalendarEngine, soon: number): Timeliness => {
  switch (task.lifecycle) {
    case "done": {
      const due = parseDay(task.dueOn);
      if (!Number.isFinite(due)) return "done";
      const completed = parseDay(task.completedOn);
      // No completion date: there is nothing to judge by, whatever the instant.
      if (!Number.isFinite(completed)) return "done";
      return completed <= due ? "done-on-time" : "done-late";
    }
    case "open": {
      const due = parseDay(task.dueOn);
      if (!Number.isFinite(due)) return "no-deadline";
      return Number.isFinite(now) ? judgeOpen(calendar, now, due, soon) : "not-due";
    }
    case "paused":
      return "paused";
    case "cancelled":
      return "cancelled";
    default:
      // `draft`, or a lifecycle value this version does not know: not yet a task to judge.
      return "draft";
  }
};

const soonOf = (policy: PolicyPack): number => {
  const d = policy.dueSoonWorkingDays;
  return Number.isFinite(d) && d > 0 ? d : 0;
};

/**
 * A timeliness function for instant `when` (a local date), for classifying many tasks at once:
 * the instant and policy are read once. An invalid instant never makes a task overdue or due soon
 * (open tasks with a deadline are `not-due`).
 */
export const at = (when: string, calendar: CalendarEngine, policy: PolicyPack): Judge => {
  const now = parseDay(when);
  const soon = soonOf(policy);
  return (task) => classify(task, now, calendar, soon);
};

/**
 * The timeliness of a task at instant `when` (a local date). Total: returns a member of
 * {@link Timeliness} for every input, including invalid dates (treated as absent).
 *
 * @example
 * Timeliness.of({ lifecycle: "open", dueOn: "2024-01-08", completedOn: null }, "2024-01-09", cal, PolicyPack.national);
 * // "overdue"
 */
export const of = (task: TaskTimes, when: string, calendar: CalendarEngine, policy: PolicyPack): Timeliness =>
  classify(task, parseDay(when), calendar, soonOf(policy));

/** The report categories of the Vietnamese follow-up reports. */
export const ReportCategory = z.enum([
  "hoan-thanh-dung-han",
  "hoan-thanh-qua-han",
  "dang-thuc-hien-trong-han",
  "dang-thuc-hien-qua-han",
]);
export type ReportCategory = z.infer<typeof ReportCategory>;

const CATEGORY: Record<Timeliness, ReportCategory | null> = {
  draft: null,
  cancelled: null,
  paused: null,
  "no-deadline": "dang-thuc-hien-trong-han",
  "not-due": "dang-thuc-hien-trong-han",
  "due-soon": "dang-thuc-hien-trong-han",
  overdue: "dang-thuc-hien-qua-han",
  "done-on-time": "hoan-thanh-dung-han",
  "done-late": "hoan-thanh-qua-han",
  // A task with no deadline cannot be late.
  done: "hoan-thanh-dung-han",
};

/**
 * The report category a timeliness value is counted in; `null` for drafts, cancelled and paused
 * tasks (whether a report counts paused tasks is the policy's `reports.includePaused`).
 */
export const reportCategory = (t: Timeliness): ReportCategory | null => CATEGORY[t] ?? null;

const LABEL: Record<Timeliness, { vi: string; en: string }> = {
  draft: { vi: "Dự thảo", en: "Draft" },
  cancelled: { vi: "Đã hủy", en: "Cancelled" },
  paused: { vi: "Tạm dừng", en: "Paused" },
  "no-deadline": { vi: "Không có thời hạn", en: "No deadline" },
  "not-due": { vi: "Trong hạn", en: "Not due" },
  "due-soon": { vi: "Sắp đến hạn", en: "Due soon" },
  overdue: { vi: "Quá hạn", en: "Overdue" },
  "done-on-time": { vi: "Hoàn thành đúng hạn", en: "Done on time" },
  "done-late": { vi: "Hoàn thành quá hạn", en: "Done late" },
  done: { vi: "Đã hoàn thành", en: "Done" },
};

/** Vietnamese and English labels of a timeliness value. */
export const label = (t: Timeliness): { vi: string; en: string } => LABEL[t] ?? LABEL.draft;

const CATEGORY_LABEL: Record<ReportCategory, { vi: string; en: string }> = {
  "hoan-thanh-dung-han": { vi: "Hoàn thành đúng hạn", en: "Completed on time" },
  "hoan-thanh-qua-han": { vi: "Hoàn thành quá hạn", en: "Completed late" },
  "dang-thuc-hien-trong-han": { vi: "Đang thực hiện trong hạn", en: "In progress, within the deadline" },
  "dang-thuc-hien-qua-han": { vi: "Đang thực hiện quá hạn", en: "In progress, overdue" },
};

/** Vietnamese and English labels of a report category. */
export const categoryLabel = (c: ReportCategory): { vi: string; en: string } =>
  CATEGORY_LABEL[c] ?? CATEGORY_LABEL["dang-thuc-hien-trong-han"];
