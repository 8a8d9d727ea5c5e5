/**
 * ReportBundle — everything one report document holds: the periodic report and, as further
 * sections, the agency scorecard, the carry-over list and the resolution roll-up, built together
 * for one period, scope and instant. `fromInput` is what the CLI and the API call: it validates the
 * JSON export and the textual period and scope, and returns typed errors instead of throwing.
 */
import { IsoDate } from "@dondoc/domain";
import * as Result from "effect/Result";

import * as AgencyScorecard from "./agency-scorecard.js";
import * as CarryOver from "./carry-over.js";
import { InvalidReportDate, type ModelError } from "./errors.js";
import * as PeriodicReport from "./periodic-report.js";
import * as ReportData from "./report-data.js";
import * as ReportPeriod from "./report-period.js";
import * as ReportPolicy from "./report-policy.js";
import * as ReportScope from "./report-scope.js";
import * as ResolutionRollUp from "./resolution-roll-up.js";
import type * as WorkingDays from "./working-days.js";

export interface ReportBundle {
  readonly periodic: PeriodicReport.PeriodicReport;
  readonly scorecard: AgencyScorecard.AgencyScorecard | null;
  readonly carryOver: CarryOver.CarryOver | null;
  readonly resolutions: ResolutionRollUp.ResolutionRollUp | null;
}

/** Which optional sections to build (all by default). */
export interface Sections {
  readonly scorecard?: boolean;
  readonly carryOver?: boolean;
  readonly resolutions?: boolean;
}

export interface Options extends PeriodicReport.Options {
  readonly sections?: Sections;
  /** Periods in the scorecard's trend (default 4). */
  readonly trendPeriods?: number;
}

/** Builds every section for one period, scope and instant. Pure. */
export const build = (data: ReportData.ReportData, options: Options): ReportBundle => {
  const periodic = PeriodicReport.build(data, options);
  const sections = options.sections ?? {};
  const scope = options.scope ?? ReportScope.all;
  return {
    periodic,
    scorecard: sections.scorecard === false ? null : AgencyScorecard.build(data, options),
    carryOver:
      sections.carryOver === false
        ? null
        : CarryOver.build(data, {
            at: periodic.asOf,
            calendar: options.calendar,
            issuedBefore: periodic.period.from,
            scope,
          }),
    resolutions:
      sections.resolutions === false
        ? null
        : ResolutionRollUp.build(data, {
            at: periodic.asOf,
            calendar: options.calendar,
            ...(options.policy ? { policy: options.policy } : {}),
            ...(scope.kind === "resolution" ? { resolutionId: scope.id } : {}),
          }),
  };
};

export interface Input {
  /** The JSON export, already parsed from text (see `ReportData.parseJson` for text). */
  readonly data: unknown;
  /** `2024-01`, `2024-Q1`, `2024-H1`, `2024`. */
  readonly period: string;
  /** `all`, `agency:ID`, `notice:ID`, `resolution:ID`; `all` by default. */
  readonly scope?: string;
  readonly at: IsoDate.IsoDate;
  readonly calendar: WorkingDays.WorkingDays;
  readonly policy?: ReportPolicy.ReportPolicy;
  /** How the period is cut; the policy's `reportingPeriods` by default (national: `decree-09`). */
  readonly periodMode?: ReportPeriod.PeriodMode;
  readonly sections?: Sections;
  readonly trendPeriods?: number;
  /** List every agency of the export, with zeros, instead of only those that lead a task in the report. */
  readonly allAgencies?: boolean;
}

/**
 * Validates the inputs and builds the bundle.
 *
 * Errors: `InvalidReportData`, `InvalidReportDate`, `InvalidPeriod`, `InvalidScope`,
 * `UnknownScopeTarget`.
 */
export const fromInput = (input: Input): Result.Result<ReportBundle, ModelError> =>
  Result.gen(function* () {
    if (!IsoDate.IsoDate.safeParse(input.at).success) {
      return yield* Result.fail(new InvalidReportDate({ input: String(input.at) }));
    }
    const policy = input.policy ?? ReportPolicy.national;
    const data = yield* ReportData.parse(input.data);
    const period = yield* ReportPeriod.parse(input.period, input.periodMode ?? policy.reportingPeriods);
    const scope = yield* ReportScope.parse(input.scope ?? "all");
    yield* ReportScope.check(scope, data);
    return build(data, {
      period,
      scope,
      at: input.at,
      calendar: input.calendar,
      policy,
      ...(input.sections ? { sections: input.sections } : {}),
      ...(input.trendPeriods !== undefined ? { trendPeriods: input.trendPeriods } : {}),
      ...(input.allAgencies === true ? { allAgencies: true } : {}),
    });
  });
