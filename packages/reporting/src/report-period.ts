/**
 * ReportPeriod — the period a periodic report covers (kỳ báo cáo): a month, a quarter, a half-year,
 * a year or a custom range of days (`2024-03-01..2024-04-15`, both days inclusive, never shifted),
 * with its first and last day. Two modes: `calendar` (1st → last day of the period) and
 * `decree-09`, the data cut-off of Decree 09/2019/NĐ-CP art. 12 (from the 15th of the month before
 * the period to the 14th of the period's last month; a year runs 15/12 of the year before →
 * 14/12).
 */
import { IsoDate, ReportingPeriod } from "@dondoc/domain";
import * as Result from "effect/Result";

import { InvalidPeriod } from "./errors.js";

export type Frequency = "month" | "quarter" | "half" | "year";
export type PeriodMode = "calendar" | "decree-09";

export interface ReportPeriod {
  /** `custom`: a range of days chosen by the user (`from..to`). */
  readonly frequency: Frequency | "custom";
  /** For a custom range, the year of its first day. */
  readonly year: number;
  /** 1-based: month 1–12, quarter 1–4, half 1–2; 1 for a year or a custom range. */
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
const RANGE = /^(\d{4})-(\d{2})-(\d{2})\.\.(\d{4})-(\d{2})-(\d{2})$/;

/** The custom range `from..to` (both inclusive); the mode does not shift it. */
export const custom = (
  from: IsoDate.IsoDate,
  to: IsoDate.IsoDate,
  mode: PeriodMode = "calendar",
): ReportPeriod => ({
  frequency: "custom",
  year: Number(from.slice(0, 4)),
  index: 1,
  mode,
  from,
  to,
});

/**
 * Reads `2024-01` (month), `2024-Q1` (quarter), `2024-H1` (half-year), `2024` (year) or a custom
 * range `2024-03-01..2024-04-15` (both days inclusive, taken as they are in either mode).
 *
 * Errors: `InvalidPeriod` for anything else (month 13, `Q5`, `2024-1`, 30/02, a range that ends
 * before it starts…).
 */
export const parse = (
  input: string,
  mode: PeriodMode = "calendar",
): Result.Result<ReportPeriod, InvalidPeriod> => {
  const r = RANGE.exec(input.trim());
  if (r) {
    const [y1, m1, d1, y2, m2, d2] = r.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const valid = (y: number, mo: number, d: number) =>
      y >= 1900 && y <= 2999 && IsoDate.isValidCivil(y, mo, d);
    if (!valid(y1, m1, d1) || !valid(y2, m2, d2)) return Result.fail(new InvalidPeriod({ input }));
    const from = IsoDate.make(y1, m1, d1);
    const to = IsoDate.make(y2, m2, d2);
    if (from > to) return Result.fail(new InvalidPeriod({ input }));
    return Result.succeed(custom(from, to, mode));
  }
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

/**
 * The period `steps` periods before (negative: after) this one, same frequency and mode. A custom
 * range moves by its own length: the range before `2024-03-01..2024-03-10` is
 * `2024-02-20..2024-02-29` (so a scorecard's trend covers the preceding ranges of equal length).
 */
export const shift = (period: ReportPeriod, steps: number): ReportPeriod => {
  if (period.frequency === "custom") {
    const days = IsoDate.toDayNumber(period.to) - IsoDate.toDayNumber(period.from) + 1;
    return custom(
      IsoDate.addDays(period.from, -steps * days),
      IsoDate.addDays(period.to, -steps * days),
      period.mode,
    );
  }
  const n = perYear(period.frequency);
  const flat = period.year * n + (period.index - 1) - steps;
  return of(period.frequency, Math.floor(flat / n), (flat % n) + 1, period.mode);
};

/** The short code of the period: `2024-01`, `2024-Q1`, `2024-H1`, `2024`, `2024-03-01..2024-04-15`. */
export const code = (period: ReportPeriod): string =>
  period.frequency === "custom"
    ? `${period.from}..${period.to}`
    : period.frequency === "month"
      ? `${period.year}-${String(period.index).padStart(2, "0")}`
      : period.frequency === "quarter"
        ? `${period.year}-Q${period.index}`
        : period.frequency === "half"
          ? `${period.year}-H${period.index}`
          : `${period.year}`;

const ROMAN = ["I", "II", "III", "IV"];

/**
 * The period as a report title names it: “tháng 01 năm 2024”, “quý I năm 2024”, “6 tháng đầu năm
 * 2024”, “từ 01/03/2024 đến 15/04/2024”.
 */
export const label = (period: ReportPeriod, lang: "vi" | "en" = "vi"): string => {
  const { year, index } = period;
  if (period.frequency === "custom") {
    const [from, to] = [IsoDate.formatVi(period.from), IsoDate.formatVi(period.to)];
    return lang === "en" ? `from ${from} to ${to}` : `từ ${from} đến ${to}`;
  }
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
