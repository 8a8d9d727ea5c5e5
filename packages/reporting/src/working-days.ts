/**
 * WorkingDays — the one thing the reports ask of a working-day calendar: is this day a working day
 * (ngày làm việc)? Weekends, holidays, official days off and make-up Saturdays are the calendar's
 * business (the domain's `WorkingCalendar`); this module counts working days fast enough to
 * compute "days late" for hundreds of thousands of tasks, by caching per-year prefix sums.
 */
import { IsoDate } from "@dondoc/domain";

/** A working-day calendar, seen from the reports. */
export interface WorkingDays {
  /** Whether `date` is a working day (a make-up Saturday is; a holiday is not). */
  readonly isWorkingDay: (date: IsoDate.IsoDate) => boolean;
}

/** Builds the view from any predicate, e.g. the domain's `WorkingCalendar.isWorkingDay(cal, d)`. */
export const of = (isWorkingDay: (date: IsoDate.IsoDate) => boolean): WorkingDays => ({ isWorkingDay });

interface Counter {
  /** Working days d with `from` < d ≤ `to` (0 when `to` ≤ `from`). */
  readonly between: (from: IsoDate.IsoDate, to: IsoDate.IsoDate) => number;
}

const counters = new WeakMap<WorkingDays, Counter>();

const makeCounter = (cal: WorkingDays): Counter => {
  // prefix[i] = working days among the first i days of the year (prefix[0] = 0).
  const years = new Map<number, Int32Array>();
  const prefixOf = (year: number): Int32Array => {
    const cached = years.get(year);
    if (cached) return cached;
    const first = IsoDate.dayNumberOf(year, 1, 1);
    const length = IsoDate.isLeapYear(year) ? 366 : 365;
    const prefix = new Int32Array(length + 1);
    for (let i = 0; i < length; i++) {
      prefix[i + 1] = (prefix[i] ?? 0) + (cal.isWorkingDay(IsoDate.fromDayNumber(first + i)) ? 1 : 0);
    }
    years.set(year, prefix);
    return prefix;
  };
  /** Working days from 1 January of `year0` through `date`, inclusive. */
  const cumulative = (year0: number, date: IsoDate.IsoDate): number => {
    const n = IsoDate.toDayNumber(date);
    const { year } = IsoDate.civilOf(n);
    let total = 0;
    for (let y = year0; y < year; y++) {
      const p = prefixOf(y);
      total += p[p.length - 1] ?? 0;
    }
    const doy = n - IsoDate.dayNumberOf(year, 1, 1);
    return total + (prefixOf(year)[doy + 1] ?? 0);
  };
  return {
    between: (from, to) => {
      if (to <= from) return 0;
      const year0 = IsoDate.civilOf(IsoDate.toDayNumber(from)).year;
      return cumulative(year0, to) - cumulative(year0, from);
    },
  };
};

/** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
export const between = (cal: WorkingDays, from: IsoDate.IsoDate, to: IsoDate.IsoDate): number => {
  let counter = counters.get(cal);
  if (!counter) {
    counter = makeCounter(cal);
    counters.set(cal, counter);
  }
  return counter.between(from, to);
};

/** `date` itself when it is a working day, else the next working day (Civil Code 2015 art. 148.5). */
export const onOrAfter = (cal: WorkingDays, date: IsoDate.IsoDate): IsoDate.IsoDate => {
  let n = IsoDate.toDayNumber(date);
  // A calendar has at least one working day a week; 400 days bounds a corrupt calendar.
  for (let i = 0; i < 400 && !cal.isWorkingDay(IsoDate.fromDayNumber(n)); i++) n++;
  return IsoDate.fromDayNumber(n);
};

/** The working day `n` working days after `date` (n ≥ 1). */
export const add = (cal: WorkingDays, date: IsoDate.IsoDate, n: number): IsoDate.IsoDate => {
  let d = IsoDate.toDayNumber(date);
  let left = n;
  for (let i = 0; left > 0 && i < 400 + n * 7; i++) {
    d++;
    if (cal.isWorkingDay(IsoDate.fromDayNumber(d))) left--;
  }
  return IsoDate.fromDayNumber(d);
};
