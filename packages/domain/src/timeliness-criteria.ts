/**
 * TimelinessCriteria — each timeliness value written as conditions on a task's stored fields
 * (lifecycle, current due date, completion date) for one day, so that a database can filter by
 * timeliness without restating the rule: a store translates these criteria into its query
 * language, and a property test holds `matches(criteriaOf(t, w), task)` to `Timeliness.of`.
 */
import { type CalendarEngine, workingDayAfter } from "./calendar-engine.js";
import { isoOf, parseDay } from "./day-number.js";
import type { IsoDate } from "./iso-date.js";
import type { PolicyPack } from "./policy-pack.js";
import type { TaskLifecycle } from "./task-lifecycle.js";
import type { TaskTimes, Timeliness } from "./timeliness.js";

/** The two days that split open tasks into overdue, due soon and not due on `today`. */
export interface Window {
  readonly today: IsoDate;
  /** The last due date that still counts as “due soon” today. */
  readonly dueSoonUntil: IsoDate;
}

/**
 * The window of `today`: a task due on `dueSoonUntil` or earlier (and not before today) has at most
 * `policy.dueSoonWorkingDays` working days left.
 */
export const windowOf = (today: IsoDate, calendar: CalendarEngine, policy: PolicyPack): Window => {
  const soon = Number.isFinite(policy.dueSoonWorkingDays) ? Math.max(0, policy.dueSoonWorkingDays) : 0;
  const day = parseDay(today);
  const next = workingDayAfter(calendar, day, soon + 1);
  return { today, dueSoonUntil: Number.isFinite(next) ? isoOf(next - 1) : today };
};

/** A condition on the due date: absent, present, or inside bounds (inclusive). */
export type DueCondition =
  | { readonly kind: "none" }
  | { readonly kind: "set" }
  | { readonly kind: "range"; readonly from: IsoDate | null; readonly to: IsoDate | null };

/** A condition on the completion date relative to the due date. */
export type CompletedCondition = "any" | "none" | "on-or-before-due" | "after-due";

/** One conjunction; a timeliness value is the disjunction of its criteria. */
export interface Criterion {
  readonly lifecycle: TaskLifecycle;
  readonly due: DueCondition;
  readonly completed: CompletedCondition;
}

const ANY: DueCondition = { kind: "set" };
const dayBefore = (d: IsoDate): IsoDate => isoOf(parseDay(d) - 1);
const dayAfter = (d: IsoDate): IsoDate => isoOf(parseDay(d) + 1);
const c = (lifecycle: TaskLifecycle, due: DueCondition | null, completed: CompletedCondition = "any") => ({
  lifecycle,
  due: due ?? ({ kind: "range", from: null, to: null } as const),
  completed,
});

/** Open and submitted tasks are judged alike until the office accepts a report (`timeliness.ts`). */
const inProgress = (due: DueCondition): ReadonlyArray<Criterion> => [c("open", due), c("submitted", due)];

/** The criteria of timeliness value `t` on the window's day (`[]` for an unknown value). */
export const criteriaOf = (t: Timeliness, w: Window): ReadonlyArray<Criterion> => {
  switch (t) {
    case "draft":
    case "paused":
    case "cancelled":
      return [c(t, null)];
    case "no-deadline":
      return inProgress({ kind: "none" });
    case "overdue":
      return inProgress({ kind: "range", from: null, to: dayBefore(w.today) });
    case "due-soon":
      return inProgress({ kind: "range", from: w.today, to: w.dueSoonUntil });
    case "not-due":
      return inProgress({ kind: "range", from: dayAfter(w.dueSoonUntil), to: null });
    case "done-on-time":
      return [c("done", ANY, "on-or-before-due")];
    case "done-late":
      return [c("done", ANY, "after-due")];
    case "done":
      return [c("done", { kind: "none" }), c("done", ANY, "none")];
    default:
      return [];
  }
};

const dueMatches = (cond: DueCondition, due: IsoDate | null): boolean => {
  if (cond.kind === "none") return due === null;
  if (due === null) return cond.kind === "range" && cond.from === null && cond.to === null;
  if (cond.kind === "set") return true;
  return (cond.from === null || due >= cond.from) && (cond.to === null || due <= cond.to);
};

const completedMatches = (cond: CompletedCondition, due: IsoDate | null, done: IsoDate | null): boolean => {
  switch (cond) {
    case "any":
      return true;
    case "none":
      return done === null;
    case "on-or-before-due":
      return done !== null && due !== null && done <= due;
    case "after-due":
      return done !== null && due !== null && done > due;
  }
};

/** Whether a task's stored fields meet one of the criteria (the reference reading of a store). */
export const matches = (criteria: ReadonlyArray<Criterion>, task: TaskTimes): boolean =>
  criteria.some(
    (k) =>
      k.lifecycle === task.lifecycle &&
      dueMatches(k.due, task.dueOn) &&
      completedMatches(k.completed, task.dueOn, task.completedOn),
  );
