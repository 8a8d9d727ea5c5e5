/**
 * Fast, allocation-free helpers over day numbers (days since 1970-01-01) used by the calendar,
 * the deadline resolver and timeliness: parsing an ISO date without throwing, formatting one back,
 * and the Vietnamese names of weekdays. Internal to `@dondoc/domain`.
 */
import { civilOf, type DayNumber, dayNumberOf, daysInMonth } from "./iso-date.js";

/** Smallest and largest day numbers an `IsoDate` can hold (0001-01-01 … 9999-12-31). */
export const MIN_DAY: DayNumber = dayNumberOf(1, 1, 1);
export const MAX_DAY: DayNumber = dayNumberOf(9999, 12, 31);

// First day of each month of 1900–2199 (plus one sentinel), so parsing the dates deadlines use is
// a table lookup rather than calendar arithmetic.
const FAST_FIRST_YEAR = 1900;
const FAST_YEARS = 300;
const MONTH_START = Int32Array.from({ length: FAST_YEARS * 12 + 1 }, (_, i) =>
  dayNumberOf(FAST_FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1, 1),
);

/**
 * Day number of a `YYYY-MM-DD` string, or `NaN` when the string is not a real calendar date
 * (wrong shape, month 13, 30 February…). Never throws, allocates nothing.
 */
export const parseDay = (s: unknown): DayNumber => {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) {
    return Number.NaN;
  }
  const y0 = s.charCodeAt(0) - 48;
  const y1 = s.charCodeAt(1) - 48;
  const y2 = s.charCodeAt(2) - 48;
  const y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48;
  const m1 = s.charCodeAt(6) - 48;
  const d0 = s.charCodeAt(8) - 48;
  const d1 = s.charCodeAt(9) - 48;
  // `>>> 0` turns a negative (a character below '0') into a huge number: one test per digit.
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9
  ) {
    return Number.NaN;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  const k = (year - FAST_FIRST_YEAR) * 12 + month - 1;
  if (k >= 0 && k < FAST_YEARS * 12) {
    const start = MONTH_START[k] ?? 0;
    return day <= (MONTH_START[k + 1] ?? 0) - start ? start + day - 1 : Number.NaN;
  }
  return year >= 1 && day <= daysInMonth(year, month) ? dayNumberOf(year, month, day) : Number.NaN;
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
