/**
 * ReportingPeriod — kỳ báo cáo: the period a periodic report covers and its data cut-off (thời
 * gian chốt số liệu). In `decree-09` mode the periods of Decree 09/2019/NĐ-CP art. 12: a month runs
 * from the 15th of the month before to the 14th of the month; a quarter from the 15th of the month
 * before the quarter to the 14th of its last month (quý I: 15/12 → 14/03); 6 months 15/12 → 14/06
 * (second half 15/06 → 14/12); 9 months 15/12 → 14/09; a year 15/12 → 14/12. In `calendar` mode,
 * whole calendar periods. Weeks are ISO weeks (Monday → Sunday) in both modes.
 */
import { z } from "zod";
import { isoOf, monthYearVi, ROMAN, weekdayOfDay } from "./day-number.js";
import { Frequency } from "./frequency.js";
import { civilOf, type DayNumber, dayNumberOf, daysInMonth } from "./iso-date.js";

export const PeriodMode = z.enum(["decree-09", "calendar"]);
export type PeriodMode = z.infer<typeof PeriodMode>;

/** A reporting period: first day, cut-off (last day of data, inclusive) and labels. */
export const ReportingPeriod = z.object({
  frequency: Frequency,
  year: z.number().int(),
  /** 1-based: month 1–12, quarter 1–4, half 1–2, ISO week 1–53; 1 for 9 months and a year. */
  index: z.number().int(),
  mode: PeriodMode,
  start: z.iso.date(),
  /** The cut-off: the last day whose data the report covers (ngày chốt số liệu). */
  end: z.iso.date(),
  /** “tháng 01/2024”, “quý I/2024”, “6 tháng đầu năm 2024”, “9 tháng đầu năm 2024”, “năm 2024”. */
  label: z.string(),
  labelEn: z.string(),
});
export type ReportingPeriod = z.infer<typeof ReportingPeriod>;

/** Day numbers of a period's bounds. */
export interface PeriodDays {
  readonly year: number;
  readonly index: number;
  readonly start: DayNumber;
  readonly end: DayNumber;
}

/** How many periods of a frequency a year has (ISO weeks: 52 or 53). */
export const periodsPerYear = (frequency: Frequency, year: number): number => {
  switch (frequency) {
    case "weekly": {
      // A year has 53 ISO weeks when it starts on a Thursday, or is a leap year starting on a Wednesday.
      const w = weekdayOfDay(dayNumberOf(year, 1, 1));
      const leap = daysInMonth(year, 2) === 29;
      return w === 4 || (leap && w === 3) ? 53 : 52;
    }
    case "monthly":
      return 12;
    case "quarterly":
      return 4;
    case "semiannual":
      return 2;
    default:
      return 1;
  }
};

/** Months a period spans, and the month (1-based, of `year`) it ends in. */
const shape = (frequency: Frequency, index: number): { months: number; lastMonth: number } => {
  switch (frequency) {
    case "monthly":
      return { months: 1, lastMonth: index };
    case "quarterly":
      return { months: 3, lastMonth: index * 3 };
    case "semiannual":
      return { months: 6, lastMonth: index * 6 };
    case "nine-months":
      return { months: 9, lastMonth: 9 };
    default:
      return { months: 12, lastMonth: 12 };
  }
};

/** Monday of ISO week 1 of `year`. */
const isoWeekOne = (year: number): DayNumber => {
  const jan4 = dayNumberOf(year, 1, 4);
  return jan4 - ((weekdayOfDay(jan4) + 6) % 7);
};

/**
 * Bounds of period `index` of `year`. An index past the year's periods rolls over into the next
 * year (month 13 of 2024 is month 1 of 2025), before 1 into the previous one, like `Date.UTC`.
 */
export const daysOf = (frequency: Frequency, year: number, index: number, mode: PeriodMode): PeriodDays => {
  let y = Math.trunc(year);
  let i = Math.trunc(index);
  if (frequency === "weekly") {
    const start = isoWeekOne(y) + 7 * (i - 1);
    // Re-derive the ISO week-year of the Thursday of that week.
    const thursday = start + 3;
    y = civilOf(thursday).year;
    i = Math.floor((start - isoWeekOne(y)) / 7) + 1;
    return { year: y, index: i, start, end: start + 6 };
  }
  if (frequency === "nine-months" || frequency === "annual") {
    y += i - 1;
    i = 1;
  } else {
    const n = periodsPerYear(frequency, y);
    y += Math.floor((i - 1) / n);
    i = ((((i - 1) % n) + n) % n) + 1;
  }
  const { months, lastMonth } = shape(frequency, i);
  const firstMonth = lastMonth - months + 1;
  if (mode === "calendar") {
    return {
      year: y,
      index: i,
      start: dayNumberOf(y, firstMonth, 1),
      end: dayNumberOf(y, lastMonth, daysInMonth(y, lastMonth)),
    };
  }
  // Decree 09/2019 art. 12: the 15th of the month before the period → the 14th of its last month.
  const before = firstMonth === 1 ? { y: y - 1, m: 12 } : { y, m: firstMonth - 1 };
  return {
    year: y,
    index: i,
    start: dayNumberOf(before.y, before.m, 15),
    end: dayNumberOf(y, lastMonth, 14),
  };
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** Vietnamese and English labels of a period. */
export const labelsOf = (frequency: Frequency, year: number, index: number): { vi: string; en: string } => {
  switch (frequency) {
    case "weekly":
      return { vi: `tuần ${pad2(index)}/${year}`, en: `week ${pad2(index)}/${year}` };
    case "monthly":
      return { vi: `tháng ${monthYearVi(year, index)}`, en: `month ${monthYearVi(year, index)}` };
    case "quarterly":
      return { vi: `quý ${ROMAN[index]}/${year}`, en: `Q${index} ${year}` };
    case "semiannual":
      return index === 1
        ? { vi: `6 tháng đầu năm ${year}`, en: `first half of ${year}` }
        : { vi: `6 tháng cuối năm ${year}`, en: `second half of ${year}` };
    case "nine-months":
      return { vi: `9 tháng đầu năm ${year}`, en: `first nine months of ${year}` };
    default:
      return { vi: `năm ${year}`, en: `year ${year}` };
  }
};

/**
 * Period `index` of `year` for a frequency, with its first day, cut-off and label. Out-of-range
 * indices roll over into the neighbouring years (see {@link daysOf}); never throws.
 *
 * @example
 * ReportingPeriod.of("quarterly", 2024, 1, "decree-09");
 * // { start: "2023-12-15", end: "2024-03-14", label: "quý I/2024", … }
 */
export const of = (frequency: Frequency, year: number, index: number, mode: PeriodMode): ReportingPeriod => {
  const d = daysOf(frequency, year, index, mode);
  const labels = labelsOf(frequency, d.year, d.index);
  return {
    frequency,
    year: d.year,
    index: d.index,
    mode,
    start: isoOf(d.start),
    end: isoOf(d.end),
    label: labels.vi,
    labelEn: labels.en,
  };
};
