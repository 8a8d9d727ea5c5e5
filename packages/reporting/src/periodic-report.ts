/**
 * PeriodicReport — the monthly / quarterly / 6-month / annual report on assigned tasks (báo cáo
 * định kỳ tình hình thực hiện nhiệm vụ): totals and one row per lead agency in the official
 * categories, both rates side by side, the list of overdue tasks with how late they are in
 * working days and calendar days, and the overdue age bands.
 *
 * A task belongs to the period when it is assigned by the cut-off and was not already finished
 * before the period began; it is judged at the end of the period's last day, or at the instant
 * `at` when that comes first (a period still running).
 */
import { IsoDate } from "@dondoc/domain";

import * as Rates from "./rates.js";
import type { ReportData, ReportNotice, ReportTask } from "./report-data.js";
import type * as ReportPeriod from "./report-period.js";
import * as ReportPolicy from "./report-policy.js";
import * as ReportScope from "./report-scope.js";
import * as TaskStatus from "./task-status.js";
import type * as WorkingDays from "./working-days.js";

/** Counts of one row (or the total). `total` = the five categories added up. */
export interface Counts extends Rates.CategoryCounts {
  readonly total: number;
  /** Assigned on or after the period's first day (giao trong kỳ). */
  readonly assignedInPeriod: number;
  /** Assigned before the period and still open at its start (kỳ trước chuyển sang). */
  readonly carriedIn: number;
  readonly paused: number;
  /** Tasks whose deadline was extended (được gia hạn), whatever their category. */
  readonly extended: number;
  readonly noDeadline: number;
}

export interface AgencyRow {
  readonly agency: { readonly id: string; readonly name: string };
  readonly counts: Counts;
  readonly rates: Rates.Rates;
  /** Mean working days late over the row's late tasks (done late or open overdue); `null` when none. */
  readonly averageWorkingDaysLate: number | null;
}

/** One task as the report lists it. */
export interface TaskLine {
  readonly id: string;
  readonly notice: { readonly id: string; readonly code: string };
  readonly directivePath: string;
  readonly action: string;
  readonly lead: { readonly id: string; readonly name: string };
  readonly assignedOn: IsoDate.IsoDate;
  readonly originalDueOn: IsoDate.IsoDate | null;
  readonly dueOn: IsoDate.IsoDate | null;
  readonly extended: boolean;
  readonly completedOn: IsoDate.IsoDate | null;
  readonly category: TaskStatus.Category;
  readonly late: TaskStatus.Lateness | null;
}

/** An overdue, unfinished task (chưa hoàn thành quá hạn) with its age band. */
export interface OverdueLine extends TaskLine {
  readonly dueOn: IsoDate.IsoDate;
  readonly late: TaskStatus.Lateness;
  readonly bucket: TaskStatus.AgeBucket;
}

export interface PeriodicReport {
  readonly kind: "periodic";
  readonly period: ReportPeriod.ReportPeriod;
  readonly scope: ReportScope.ReportScope;
  readonly scopeLabel: { readonly vi: string; readonly en: string };
  /** The day the categories are judged at (end of day). */
  readonly asOf: IsoDate.IsoDate;
  readonly totals: Counts;
  readonly rates: Rates.Rates;
  readonly rows: readonly AgencyRow[];
  /** Overdue unfinished tasks, most overdue first. */
  readonly overdue: readonly OverdueLine[];
  readonly ageBuckets: Readonly<Record<TaskStatus.AgeBucket, number>>;
  /** Every task of the report, in notice then directive order. */
  readonly tasks: readonly TaskLine[];
}

export interface Options {
  readonly period: ReportPeriod.ReportPeriod;
  readonly scope?: ReportScope.ReportScope;
  /** The day the report is made (hôm nay); later completions are unknown to it. */
  readonly at: IsoDate.IsoDate;
  readonly calendar: WorkingDays.WorkingDays;
  /** What to count; the national Quy chế by default. */
  readonly policy?: ReportPolicy.ReportPolicy;
  /**
   * List every agency of the data's directory, with zeros for those without a task in the report
   * (a report “of all agencies”); by default only the agencies that lead a task in it are listed.
   */
  readonly allAgencies?: boolean;
}

interface MutableCounts {
  total: number;
  assignedInPeriod: number;
  carriedIn: number;
  doneOnTime: number;
  doneLate: number;
  openInTime: number;
  openOverdue: number;
  paused: number;
  extended: number;
  noDeadline: number;
}

const zero = (): MutableCounts => ({
  total: 0,
  assignedInPeriod: 0,
  carriedIn: 0,
  doneOnTime: 0,
  doneLate: 0,
  openInTime: 0,
  openOverdue: 0,
  paused: 0,
  extended: 0,
  noDeadline: 0,
});

const tally = (c: MutableCounts, line: TaskLine, from: IsoDate.IsoDate): void => {
  c.total++;
  if (line.assignedOn >= from) c.assignedInPeriod++;
  else c.carriedIn++;
  if (line.extended) c.extended++;
  if (line.dueOn === null) c.noDeadline++;
  switch (line.category) {
    case "done-on-time":
      c.doneOnTime++;
      break;
    case "done-late":
      c.doneLate++;
      break;
    case "open-in-time":
      c.openInTime++;
      break;
    case "open-overdue":
      c.openOverdue++;
      break;
    case "paused":
      c.paused++;
      break;
  }
};

/** Counts of a list of lines; `from` separates tasks assigned in the period from those carried in. */
export const countsOf = (lines: readonly TaskLine[], from: IsoDate.IsoDate): Counts => {
  const c = zero();
  for (const line of lines) tally(c, line, from);
  return c;
};

/** Vietnamese collation for agency names and the like. */
export const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** The rank of each of `names` in `collator` order; names the collator holds equal share a rank. */
const rankOf = (names: readonly string[]): Map<string, number> => {
  const sorted = [...names].sort(collator.compare);
  const rank = new Map<string, number>();
  sorted.forEach((name, i) => {
    const previous = sorted[i - 1];
    const same = previous !== undefined && collator.compare(previous, name) === 0;
    rank.set(name, same ? (rank.get(previous) ?? i) : i);
  });
  return rank;
};

/** The task as a report line, judged at `asOf`. */
export const lineOf = (
  task: ReportTask,
  notice: ReportNotice | undefined,
  asOf: IsoDate.IsoDate,
  calendar: WorkingDays.WorkingDays,
): TaskLine => {
  const status = TaskStatus.of(task, asOf, calendar);
  return {
    id: task.id,
    notice: { id: task.noticeId, code: notice?.code ?? task.noticeId },
    directivePath: task.directivePath,
    action: task.action,
    lead: task.lead,
    assignedOn: task.assignedOn,
    originalDueOn: task.originalDueOn,
    dueOn: task.currentDueOn,
    extended: task.extended,
    completedOn: task.completedOn !== null && task.completedOn <= asOf ? task.completedOn : null,
    category: status.category,
    late: status.late,
  };
};

/** Whether a task belongs to a report whose data run from `from` to `asOf`, under `policy`. */
export const isInWindow = (
  task: ReportTask,
  from: IsoDate.IsoDate,
  asOf: IsoDate.IsoDate,
  policy: ReportPolicy.ReportPolicy = ReportPolicy.national,
): boolean =>
  TaskStatus.isReported(task) &&
  task.assignedOn <= asOf &&
  !(task.lifecycle === "done" && task.completedOn !== null && task.completedOn < from) &&
  (policy.reports.includePaused || task.lifecycle !== "paused") &&
  (policy.reports.includeNoDeadline || task.currentDueOn !== null);

/** Builds the report. Pure: the same data, options and calendar always give the same report. */
export const build = (data: ReportData, options: Options): PeriodicReport => {
  const { period, calendar } = options;
  const policy = options.policy ?? ReportPolicy.national;
  const basis = policy.reports.completionRate;
  const scope = options.scope ?? ReportScope.all;
  const asOf = IsoDate.fromDayNumber(
    Math.min(IsoDate.toDayNumber(options.at), IsoDate.toDayNumber(period.to)),
  );
  const notices = new Map(data.notices.map((n) => [n.id, n]));
  const issuedBy = ReportScope.noticesOf(scope, data);
  const noticeOrder = new Map(data.notices.map((n, i) => [n.id, i]));

  const tasks: TaskLine[] = [];
  for (const task of data.tasks) {
    if (!ReportScope.includes(scope, task, issuedBy) || !isInWindow(task, period.from, asOf, policy))
      continue;
    tasks.push(lineOf(task, notices.get(task.noticeId), asOf, calendar));
  }
  tasks.sort(
    (a, b) =>
      (noticeOrder.get(a.notice.id) ?? 0) - (noticeOrder.get(b.notice.id) ?? 0) ||
      collator.compare(a.directivePath, b.directivePath) ||
      collator.compare(a.id, b.id),
  );

  const totals = zero();
  const byAgency = new Map<string, { name: string; counts: MutableCounts; lateSum: number; lateN: number }>();
  if (options.allAgencies === true && scope.kind === "all") {
    for (const a of data.agencies) byAgency.set(a.id, { name: a.name, counts: zero(), lateSum: 0, lateN: 0 });
  }
  const ageBuckets: Record<TaskStatus.AgeBucket, number> = {
    "1-30": 0,
    "31-60": 0,
    "61-120": 0,
    "over-120": 0,
  };
  const overdue: OverdueLine[] = [];
  for (const line of tasks) {
    tally(totals, line, period.from);
    let row = byAgency.get(line.lead.id);
    if (!row) {
      row = { name: line.lead.name, counts: zero(), lateSum: 0, lateN: 0 };
      byAgency.set(line.lead.id, row);
    }
    tally(row.counts, line, period.from);
    if (line.late !== null) {
      row.lateSum += line.late.workingDays;
      row.lateN++;
    }
    if (line.category === "open-overdue" && line.late !== null && line.dueOn !== null) {
      const bucket = TaskStatus.ageBucketOf(line.late.calendarDays);
      ageBuckets[bucket]++;
      overdue.push({ ...line, dueOn: line.dueOn, late: line.late, bucket });
    }
  }
  // Tens of thousands of overdue tasks share a few dozen agency names: rank the names once
  // instead of collating them in every comparison.
  const leadRank = rankOf([...new Set(overdue.map((line) => line.lead.name))]);
  overdue.sort(
    (a, b) =>
      b.late.calendarDays - a.late.calendarDays ||
      (leadRank.get(a.lead.name) ?? 0) - (leadRank.get(b.lead.name) ?? 0),
  );
  const rows: AgencyRow[] = [...byAgency.entries()]
    .map(([id, r]) => ({
      agency: { id, name: r.name },
      counts: r.counts,
      rates: Rates.of(r.counts, basis),
      averageWorkingDaysLate: r.lateN === 0 ? null : r.lateSum / r.lateN,
    }))
    .sort((a, b) => collator.compare(a.agency.name, b.agency.name));

  return {
    kind: "periodic",
    period,
    scope,
    scopeLabel: { vi: ReportScope.label(scope, data, "vi"), en: ReportScope.label(scope, data, "en") },
    asOf,
    totals,
    rates: Rates.of(totals, basis),
    rows,
    overdue,
    ageBuckets,
    tasks,
  };
};
