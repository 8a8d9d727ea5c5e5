/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`, a local day in Asia/Ho_Chi_Minh) and the integer
 * day numbers the calendar computes with. Day numbers count days since 1970-01-01, so date
 * arithmetic is integer arithmetic: that is what lets the deadline engine resolve millions of
 * rules a second.
 */
import { z } from "zod";

/** A calendar date `YYYY-MM-DD` (ngày), with no time and no zone: a whole local day. */
export const IsoDate = z.iso.date().describe("Ngày theo ISO 8601 (YYYY-MM-DD)");
export type IsoDate = string;

/** Days since 1970-01-01 (may be negative). */
export type DayNumber = number;

/** Day number of a proleptic Gregorian civil date (Howard Hinnant's `days_from_civil`). */
export const dayNumberOf = (year: number, month: number, day: number): DayNumber => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

/** The civil date of a day number (Howard Hinnant's `civil_from_days`). */
export const civilOf = (n: DayNumber): { year: number; month: number; day: number } => {
  const z0 = n + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/** Day number of an ISO date. The input must already be a valid `YYYY-MM-DD` (see {@link IsoDate}). */
export const toDayNumber = (date: IsoDate): DayNumber =>
  dayNumberOf(
    digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3),
    digit(date, 5) * 10 + digit(date, 6),
    digit(date, 8) * 10 + digit(date, 9),
  );

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** ISO date of a day number. */
export const fromDayNumber = (n: DayNumber): IsoDate => {
  const { year, month, day } = civilOf(n);
  return `${year}-${pad2(month)}-${pad2(day)}`;
};

/** ISO date of a civil date; `month` and `day` are 1-based. */
export const make = (year: number, month: number, day: number): IsoDate =>
  `${year}-${pad2(month)}-${pad2(day)}`;

/** Whether a civil date exists (e.g. 29/02 only in leap years). */
export const isValidCivil = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) &&
  Number.isInteger(month) &&
  Number.isInteger(day) &&
  year >= 1 &&
  year <= 9999 &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= daysInMonth(year, month);

/** Number of days in a month (1-based month). */
export const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? isLeapYear(year)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The date `days` days after (or before, when negative) `date`. */
export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(date) + days);

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (n: DayNumber): number => (((n + 4) % 7) + 7) % 7;

/** `dd/MM/yyyy`, the form Vietnamese documents and the UI show. */
export const formatVi = (date: IsoDate): string =>
  `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** The local date (Asia/Ho_Chi_Minh, UTC+7 without daylight saving) of an instant. */
export const ofInstant = (instant: Date): IsoDate =>
  fromDayNumber(Math.floor((instant.getTime() + 7 * 3_600_000) / 86_400_000));
