/**
 * AgencyScorecard — how well each lead agency keeps its deadlines (bảng xếp hạng thi đua): the
 * strict on-time rate, the completion rate, the overdue count, the average working days late, the
 * trend of the on-time rate over the last periods, and a rank. Agencies with nothing due yet are
 * listed unranked.
 */
import type { IsoDate } from "@dondoc/domain";

import * as PeriodicReport from "./periodic-report.js";
import type { ReportData } from "./report-data.js";
import * as ReportPeriod from "./report-period.js";

export interface TrendPoint {
  /** `2024-01`, `2024-Q1`…; for a custom range, the preceding ranges of equal length (`2024-02-20..2024-02-29`). */
  readonly period: string;
  readonly onTime: number | null;
}

export type Direction = "up" | "down" | "flat" | "new";

export interface ScorecardEntry {
  /** 1 = best; competition ranking (1, 2, 2, 4); `null` when nothing is due yet. */
  readonly rank: number | null;
  readonly agency: { readonly id: string; readonly name: string };
  readonly total: number;
  readonly onTime: number | null;
  readonly completion: number | null;
  /** Unfinished and overdue at the end of the period. */
  readonly overdue: number;
  readonly doneLate: number;
  readonly averageWorkingDaysLate: number | null;
  /** Oldest period first, ending with the scored period. */
  readonly trend: readonly TrendPoint[];
  /** On-time rate against the previous period (± 0.5 point is `flat`); `new` without a previous rate. */
  readonly direction: Direction;
}

export interface AgencyScorecard {
  readonly kind: "scorecard";
  readonly period: ReportPeriod.ReportPeriod;
  readonly asOf: IsoDate.IsoDate;
  readonly entries: readonly ScorecardEntry[];
}

export interface Options extends PeriodicReport.Options {
  /** How many periods the trend covers, the scored one included (default 4). */
  readonly trendPeriods?: number;
}

const directionOf = (trend: readonly TrendPoint[]): Direction => {
  const now = trend[trend.length - 1]?.onTime ?? null;
  const before = trend[trend.length - 2]?.onTime ?? null;
  if (now === null || before === null) return "new";
  return now - before > 0.005 ? "up" : before - now > 0.005 ? "down" : "flat";
};

const better = (a: ScorecardEntry, b: ScorecardEntry): number =>
  (b.onTime ?? -1) - (a.onTime ?? -1) || (b.completion ?? -1) - (a.completion ?? -1) || a.overdue - b.overdue;

/** Builds the scorecard of `options.period`, with the trend over the periods before it. */
export const build = (data: ReportData, options: Options): AgencyScorecard => {
  const n = Math.max(1, Math.floor(options.trendPeriods ?? 4));
  const reports = Array.from({ length: n }, (_, i) =>
    PeriodicReport.build(data, { ...options, period: ReportPeriod.shift(options.period, n - 1 - i) }),
  );
  const current = reports[n - 1] ?? PeriodicReport.build(data, options);
  const unranked = current.rows.map((row): ScorecardEntry => {
    const trend = reports.map((r) => ({
      period: ReportPeriod.code(r.period),
      onTime: r.rows.find((x) => x.agency.id === row.agency.id)?.rates.onTime ?? null,
    }));
    return {
      rank: null,
      agency: row.agency,
      total: row.counts.total,
      onTime: row.rates.onTime,
      completion: row.rates.completion,
      overdue: row.counts.openOverdue,
      doneLate: row.counts.doneLate,
      averageWorkingDaysLate: row.averageWorkingDaysLate,
      trend,
      direction: directionOf(trend),
    };
  });
  const ranked = unranked.filter((e) => e.onTime !== null).sort(better);
  const entries: ScorecardEntry[] = [];
  ranked.forEach((e, i) => {
    const prev = entries[i - 1];
    const tie = prev !== undefined && better(prev, e) === 0;
    entries.push({ ...e, rank: tie && prev ? prev.rank : i + 1 });
  });
  const rest = unranked
    .filter((e) => e.onTime === null)
    .sort((a, b) => PeriodicReport.collator.compare(a.agency.name, b.agency.name));
  return { kind: "scorecard", period: current.period, asOf: current.asOf, entries: [...entries, ...rest] };
};
