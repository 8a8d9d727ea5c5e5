/**
 * Fast, allocation-free helpers over day numbers (days since 1970-01-01) used by the calendar,
 * the deadline resolver and timeliness: parsing an ISO date without throwing, formatting one back,
 * and the Vietnamese names of weekdays. Internal to `@dondoc/domain`.
 */
import { civilOf, type DayNumber, dayNumberOf, daysInMonth } from "./iso-date.js";

/** Smallest and largest day numbers an `IsoDate` can hold (0001-01-01 … 9999-12-31). */
export const MIN_DAY: DayNumber = dayNumberOf(1, 1, 1);
export const MAX_DAY: DayNumber = dayNumberOf(9999, 12, 31);

const d = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};

/**
 * Day number of a `YYYY-MM-DD` string, or `NaN` when the string is not a real calendar date
 * (wrong shape, month 13, 30 February…). Never throws, allocates nothing.
 */
export const parseDay = (s: unknown): DayNumber => {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) {
    return Number.NaN;
  }
  const year = d(s, 0) * 1000 + d(s, 1) * 100 + d(s, 2) * 10 + d(s, 3);
  const month = d(s, 5) * 10 + d(s, 6);
  const day = d(s, 8) * 10 + d(s, 9);
  // NaN fails every comparison below, so a non-digit anywhere rejects the string.
  if (!(year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) {
    return Number.NaN;
  }
  return dayNumberOf(year, month, day);
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad4 = (n: number): string => (n >= 1000 ? `${n}` : `${n}`.padStart(4, "0"));

const formatIso = (n: DayNumber): string => {
  const { year, month, day } = civilOf(n);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
};

const formatVi = (n: DayNumber): string => {
  const { year, month, day } = civilOf(n);
  return `${pad2(day)}/${pad2(month)}/${pad4(year)}`;
};

// Memoised strings for 1900–2199: formatting is the resolver's hottest step, and deadlines
// cluster on a few thousand days. Filled lazily; never more than ~110,000 entries each.
const CACHE_FIRST = dayNumberOf(1900, 1, 1);
const CACHE_SIZE = dayNumberOf(2200, 1, 1) - CACHE_FIRST;
const isoCache: (string | undefined)[] = new Array(CACHE_SIZE);
const viCache: (string | undefined)[] = new Array(CACHE_SIZE);

/** `YYYY-MM-DD` of a day number (years padded to four digits). */
export const isoOf = (n: DayNumber): string => {
  const i = n - CACHE_FIRST;
  if (i >= 0 && i < CACHE_SIZE) {
    const hit = isoCache[i];
    if (hit !== undefined) return hit;
    const s = formatIso(n);
    isoCache[i] = s;
    return s;
  }
  return formatIso(n);
};

/** `dd/MM/yyyy` of a day number — the form Vietnamese documents use. */
export const viOf = (n: DayNumber): string => {
  const i = n - CACHE_FIRST;
  if (i >= 0 && i < CACHE_SIZE) {
    const hit = viCache[i];
    if (hit !== undefined) return hit;
    const s = formatVi(n);
    viCache[i] = s;
    return s;
  }
  return formatVi(n);
};

/** `MM/yyyy`, as in “tháng 01/2023”. */
export const monthYearVi = (year: number, month: number): string => `${pad2(month)}/${pad4(year)}`;

/** Day of the week of a day number, 0 = Sunday … 6 = Saturday. */
export const weekdayOfDay = (n: DayNumber): number => (((n + 4) % 7) + 7) % 7;

/** Vietnamese weekday names, index 0 = Sunday (“Chủ nhật”). */
export const WEEKDAY_VI: readonly string[] = [
  "Chủ nhật",
  "thứ Hai",
  "thứ Ba",
  "thứ Tư",
  "thứ Năm",
  "thứ Sáu",
  "thứ Bảy",
];

/** English weekday names, index 0 = Sunday. */
export const WEEKDAY_EN: readonly string[] = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
];

/** Roman numerals for quarters (“quý I/2024”). */
export const ROMAN: readonly string[] = ["", "I", "II", "III", "IV"];

/** First day of a Gregorian year. */
export const yearStart = (year: number): DayNumber => dayNumberOf(year, 1, 1);

// Day numbers of 1 January for years 0…10000, so the year of a day is one estimate and one check.
const YEAR_STARTS = Int32Array.from({ length: 10_002 }, (_, y) => dayNumberOf(y, 1, 1));

/** The Gregorian year a day number falls in, without building the full civil date. */
export const yearOfDay = (n: DayNumber): number => {
  let y = Math.floor(n / 365.2425) + 1970;
  if (y >= 0 && y <= 10_000) {
    if (n < (YEAR_STARTS[y] ?? 0)) return y - 1;
    if (n >= (YEAR_STARTS[y + 1] ?? 0)) return y + 1;
    return y;
  }
  if (n < yearStart(y)) y -= 1;
  else if (n >= yearStart(y + 1)) y += 1;
  return y;
};

/** The civil date of a day number (re-exported for the calendar modules). */
export const civil = civilOf;
