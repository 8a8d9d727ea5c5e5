/**
 * ReportWindow — which tasks a report bundle (`ReportBundle.build`) can look at, so that a producer
 * of `ReportData` (the API's database) may leave the others out before building it. A task matters
 * when it is reported (not a draft, not cancelled), was assigned by the cut-off of the report, and
 * was not finished before the first day of the earliest period the bundle reads (the scorecard's
 * trend goes `trendPeriods - 1` periods back), nor before the day after the cut-off (the carry-over
 * lists what is open at the cut-off, which may come before the period begins) — unless it serves
 * a resolution: the resolution roll-up counts every task of a resolution, however long ago it was
 * finished.
 *
 * Derived from `PeriodicReport.isInWindow` (the periodic report and each trend period), the
 * carry-over list (open tasks at the cut-off) and the roll-up; `report-window.property.test.ts`
 * proves a bundle built from the admitted tasks equals the bundle built from all of them.
 */
import { IsoDate } from "@dondoc/domain";
import * as Result from "effect/Result";

import type { InvalidPeriod } from "./errors.js";
import type { ReportTask } from "./report-data.js";
import * as ReportPeriod from "./report-period.js";
import * as ReportPolicy from "./report-policy.js";
import * as TaskStatus from "./task-status.js";

export interface ReportWindow {
  /** No task assigned after this day is in any section (the report's cut-off, `asOf`). */
  readonly assignedBy: IsoDate.IsoDate;
  /** A task finished (`done`) before this day is in no section unless it serves a resolution. */
  readonly doneFrom: IsoDate.IsoDate;
}

/** The window of a bundle for `period` made on `at`, with a trend of `trendPeriods` (default 4). */
export const of = (
  period: ReportPeriod.ReportPeriod,
  at: IsoDate.IsoDate,
  trendPeriods = 4,
): ReportWindow => {
  const n = Math.max(1, Math.floor(trendPeriods));
  let doneFrom = period.from;
  for (let i = 1; i < n; i++) {
    const from = ReportPeriod.shift(period, i).from;
    if (from < doneFrom) doneFrom = from;
  }
  const assignedBy = IsoDate.fromDayNumber(Math.min(IsoDate.toDayNumber(at), IsoDate.toDayNumber(period.to)));
  // The carry-over lists what is still open at the cut-off: a task finished after it is open then.
  const afterCutOff = IsoDate.toDayNumber(assignedBy) + 1;
  return {
    assignedBy,
    doneFrom: IsoDate.fromDayNumber(Math.min(afterCutOff, IsoDate.toDayNumber(doneFrom))),
  };
};

/** The inputs of `ReportBundle.fromInput` that decide the window. */
export interface Input {
  readonly period: string;
  readonly at: IsoDate.IsoDate;
  readonly policy?: ReportPolicy.ReportPolicy;
  readonly periodMode?: ReportPeriod.PeriodMode;
  readonly trendPeriods?: number;
}

/**
 * The window of the bundle `ReportBundle.fromInput` would build from these inputs.
 *
 * Errors: `InvalidPeriod` (as `fromInput` gives it).
 */
export const forInput = (input: Input): Result.Result<ReportWindow, InvalidPeriod> =>
  Result.map(
    ReportPeriod.parse(
      input.period,
      input.periodMode ?? (input.policy ?? ReportPolicy.national).reportingPeriods,
    ),
    (period) => of(period, input.at, input.trendPeriods),
  );

/** Whether a task can appear in a bundle of this window. */
export const admits = (
  window: ReportWindow,
  task: Pick<ReportTask, "lifecycle" | "assignedOn" | "completedOn" | "resolutionIds">,
): boolean =>
  TaskStatus.isReported(task) &&
  task.assignedOn <= window.assignedBy &&
  (task.resolutionIds.length > 0 ||
    !(task.lifecycle === "done" && task.completedOn !== null && task.completedOn < window.doneFrom));
