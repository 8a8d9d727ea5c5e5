/**
 * ReportPeriod — the period a periodic report covers (kỳ báo cáo): a month, a quarter, a half-year
 * or a year, with its first and last day. Two modes: `calendar` (1st → last day of the period) and
 * `decree-09`, the data cut-off of Decree 09/2019/NĐ-CP art. 12 (from the 15th of the month before
 * the period to the 14th of the period's last month; a year runs 15/12 of the year before →
 * 14/12).
 */
import { type IsoDate, ReportingPeriod } from "@dondoc/domain";
import { Result } from "effect";

import { InvalidPeriod } from "./errors.js";

export type Frequency = "month" | "quarter" | "half" | "year";
export type PeriodMode = "calendar" | "decree-09";

export interface ReportPeriod {
  readonly frequency: Frequency;
  readonly year: number;
  /** 1-based: month 1–12, quarter 1–4, half 1–2; 1 for a year. */
  readonly index: number;
  readonly mode: PeriodMode;
  /** First day of the data (inclusive). */
  readonly from: IsoDate.IsoDate;
  /** Last day of the data, the cut-off (ngày chốt số liệu, inclusive). */
  readonly to: IsoDate.IsoDate;
}

const monthsIn = (frequency: Frequency): number =>
  frequency === "month" ? 1 : frequency === "quarter" ? 3 : frequency === "half" ? 6 : 12;

const DOMAIN_FREQUENCY = {
  month: "monthly",
  quarter: "quarterly",
  half: "semiannual",
  year: "annual",
} as const;

/** The period `index` of `year`, with its bounds from the domain's `ReportingPeriod`. */
export const of = (
  frequency: Frequency,
  year: number,
  index: number,
  mode: PeriodMode = "calendar",
): ReportPeriod => {
  const p = ReportingPeriod.of(DOMAIN_FREQUENCY[frequency], year, index, mode);
  return { frequency, year: p.year, index: p.index, mode, from: p.start, to: p.end };
};

const PATTERN = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/;

/**
 * Reads `2024-01` (month), `2024-Q1` (quarter), `2024-H1` (half-year) or `2024` (year).
 *
 * Errors: `InvalidPeriod` for anything else (month 13, `Q5`, `2024-1`…).
 */
export const parse = (
  input: string,
  mode: PeriodMode = "calendar",
): Result.Result<ReportPeriod, InvalidPeriod> => {
  const m = PATTERN.exec(input.trim().toUpperCase());
  if (!m) return Result.fail(new InvalidPeriod({ input }));
  const year = Number(m[1]);
  if (year < 1900 || year > 2999) return Result.fail(new InvalidPeriod({ input }));
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return Result.fail(new InvalidPeriod({ input }));
    return Result.succeed(of("month", year, month, mode));
  }
  if (m[3] !== undefined) return Result.succeed(of("quarter", year, Number(m[3]), mode));
  if (m[4] !== undefined) return Result.succeed(of("half", year, Number(m[4]), mode));
  return Result.succeed(of("year", year, 1, mode));
};

const perYear = (frequency: Frequency): number => 12 / monthsIn(frequency);

/** The period `steps` periods before (negative: after) this one, same frequency and mode. */
export const shift = (period: ReportPeriod, steps: number): ReportPeriod => {
  const n = perYear(period.frequency);
  const flat = period.year * n + (period.index - 1) - steps;
  return of(period.frequency, Math.floor(flat / n), (flat % n) + 1, period.mode);
};

/** The short code of the period: `2024-01`, `2024-Q1`, `2024-H1`, `2024`. */
export const code = (period: ReportPeriod): string =>
  period.frequency === "month"
    ? `${period.year}-${String(period.index).padStart(2, "0")}`
    : period.frequency === "quarter"
      ? `${period.year}-Q${period.index}`
      : period.frequency === "half"
        ? `${period.year}-H${period.index}`
        : `${period.year}`;

const ROMAN = ["I", "II", "III", "IV"];

/** The period as a report title names it: “tháng 01 năm 2024”, “quý I năm 2024”, “6 tháng đầu năm 2024”. */
export const label = (period: ReportPeriod, lang: "vi" | "en" = "vi"): string => {
  const { year, index } = period;
  if (lang === "en") {
    return period.frequency === "month"
      ? `${new Date(Date.UTC(year, index - 1, 1)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" })} ${year}`
      : period.frequency === "quarter"
        ? `Q${index} ${year}`
        : period.frequency === "half"
          ? `${index === 1 ? "first" : "second"} half of ${year}`
          : `year ${year}`;
  }
  return period.frequency === "month"
    ? `tháng ${String(index).padStart(2, "0")} năm ${year}`
    : period.frequency === "quarter"
      ? `quý ${ROMAN[index - 1] ?? index} năm ${year}`
      : period.frequency === "half"
        ? `6 tháng ${index === 1 ? "đầu" : "cuối"} năm ${year}`
        : `năm ${year}`;
};
