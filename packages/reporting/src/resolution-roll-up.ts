/**
 * ResolutionRollUp — how a resolution (nghị quyết, chương trình, kế hoạch…) is progressing: every
 * notice and task that contributes to it, grouped by notice, with the official categories and the
 * share of tasks done, judged at the instant `at`.
 */
import type { IsoDate } from "@dondoc/domain";

import * as PeriodicReport from "./periodic-report.js";
import * as Rates from "./rates.js";
import type { ReportData, ReportNotice, ReportResolution } from "./report-data.js";
import * as ReportPolicy from "./report-policy.js";
import type * as WorkingDays from "./working-days.js";

export interface NoticeGroup {
  readonly notice: ReportNotice;
  readonly counts: PeriodicReport.Counts;
  readonly tasks: readonly PeriodicReport.TaskLine[];
}

export interface ResolutionProgress {
  readonly resolution: ReportResolution;
  readonly counts: PeriodicReport.Counts;
  readonly rates: Rates.Rates;
  /** Done (on time or late) ÷ all counted tasks; `null` when none. */
  readonly progress: number | null;
  readonly notices: readonly NoticeGroup[];
}

export interface ResolutionRollUp {
  readonly kind: "resolutions";
  readonly asOf: IsoDate.IsoDate;
  readonly resolutions: readonly ResolutionProgress[];
}

export interface Options {
  readonly at: IsoDate.IsoDate;
  readonly calendar: WorkingDays.WorkingDays;
  readonly policy?: ReportPolicy.ReportPolicy;
  /** Only this resolution; all of them by default. */
  readonly resolutionId?: string;
}

const EPOCH = "0001-01-01";

/** Builds the roll-up of every resolution (or one), judged at the end of day `at`. */
export const build = (data: ReportData, options: Options): ResolutionRollUp => {
  const policy = options.policy ?? ReportPolicy.national;
  const notices = new Map(data.notices.map((n) => [n.id, n]));
  const noticeOrder = new Map(data.notices.map((n, i) => [n.id, i]));
  const resolutions = data.resolutions.filter(
    (r) => options.resolutionId === undefined || r.id === options.resolutionId,
  );
  const lines = new Map<string, PeriodicReport.TaskLine[]>(resolutions.map((r) => [r.id, []]));
  for (const task of data.tasks) {
    if (task.resolutionIds.length === 0 || !PeriodicReport.isInWindow(task, EPOCH, options.at, policy))
      continue;
    const line = PeriodicReport.lineOf(task, notices.get(task.noticeId), options.at, options.calendar);
    for (const r of task.resolutionIds) lines.get(r)?.push(line);
  }
  return {
    kind: "resolutions",
    asOf: options.at,
    resolutions: resolutions.map((resolution) => {
      const all = lines.get(resolution.id) ?? [];
      const byNotice = new Map<string, PeriodicReport.TaskLine[]>();
      for (const l of all) byNotice.set(l.notice.id, [...(byNotice.get(l.notice.id) ?? []), l]);
      const groups = [...byNotice.entries()]
        .sort(([a], [b]) => (noticeOrder.get(a) ?? 0) - (noticeOrder.get(b) ?? 0))
        .flatMap(([id, tasks]) => {
          const notice = notices.get(id);
          return notice ? [{ notice, counts: PeriodicReport.countsOf(tasks, EPOCH), tasks }] : [];
        });
      const counts = PeriodicReport.countsOf(all, EPOCH);
      return {
        resolution,
        counts,
        rates: Rates.of(counts, policy.reports.completionRate),
        progress: counts.total === 0 ? null : (counts.doneOnTime + counts.doneLate) / counts.total,
        notices: groups,
      };
    }),
  };
};
