/**
 * The precomputed core of the working-day calendar, over integer day numbers. Each Gregorian year
 * is turned, on first use, into a table: the kind of every day, a prefix count of working days
 * (rank) and the list of its working days. With those, “is this a working day”, “the n-th working
 * day after d” and “working days between a and b” are O(1) inside a year and O(years spanned)
 * across years. Internal: the public API is `working-calendar.ts`.
 */
import type { CalendarData, CalendarYear, Weekday } from "./calendar-data.js";
import { MAX_DAY, MIN_DAY, parseDay, weekdayOfDay, yearOfDay, yearStart } from "./day-number.js";
import type { DayNumber } from "./iso-date.js";
import { statutoryYear } from "./statutory-holidays.js";

/** Day kinds stored in a year table. */
export const WORKING = 0;
export const WEEKEND = 1;
export const HOLIDAY = 2;
export const DAY_OFF = 3;
export const MAKE_UP = 4;

export interface YearTable {
  readonly year: number;
  readonly start: DayNumber;
  readonly length: number;
  /** Day kind per day of the year (see the constants above). */
  readonly kind: Uint8Array;
  /** 1 when the day is worked. */
  readonly working: Uint8Array;
  /** `rank[i]` = number of working days among the first `i` days of the year. */
  readonly rank: Int32Array;
  /** Day-of-year indices of the working days, in order. */
  readonly work: Int32Array;
  readonly total: number;
  /** Names of the days off and make-up days, by day-of-year index. */
  readonly names: ReadonlyMap<number, string>;
  readonly confirmed: boolean;
  readonly source: string;
}

const WEEKDAY_INDEX: Record<Weekday, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

const WEEKLY_ONLY: CalendarYear = {
  daysOff: [],
  makeUpWorkdays: [],
  confirmed: true,
  source: "Chỉ các ngày nghỉ hằng tuần (không có ngày lễ)",
};

/** An opaque working-day calendar: the data it was built from and its lazily built year tables. */
export class CalendarEngine {
  readonly _tag = "WorkingCalendar";
  /** `rest[w]` is true when weekday `w` (0 = Sunday) is a weekly rest day. */
  readonly rest: readonly boolean[];
  readonly #tables = new Map<number, YearTable>();
  /** The same tables indexed by year (0–9999), for the hot path. */
  readonly #byYear: (YearTable | undefined)[] = new Array(10_000);
  #last: YearTable | undefined;

  constructor(readonly data: CalendarData) {
    const rest = [false, false, false, false, false, false, false];
    for (const day of data.weeklyRestDays) rest[WEEKDAY_INDEX[day]] = true;
    // A week with no working day would make every “next working day” search endless.
    if (rest.every(Boolean)) rest[1] = false;
    this.rest = rest;
  }

  /** The table of the year containing day `n` (which must be a finite integer). */
  tableOf(n: DayNumber): YearTable {
    const last = this.#last;
    if (last !== undefined && n >= last.start && n < last.start + last.length) return last;
    const table = this.yearTable(yearOfDay(n));
    this.#last = table;
    return table;
  }

  yearTable(year: number): YearTable {
    const inArray = year >= 0 && year < 10_000;
    let table = inArray ? this.#byYear[year] : this.#tables.get(year);
    if (table === undefined) {
      table = this.#build(year);
      if (inArray) this.#byYear[year] = table;
      else this.#tables.set(year, table);
    }
    return table;
  }

  readonly #totals = new Map<number, number>();

  /**
   * Working days in a year, without building its table when it is not built yet: counting a long
   * span only needs the totals of the years in between.
   */
  yearTotal(year: number): number {
    const built = year >= 0 && year < 10_000 ? this.#byYear[year] : this.#tables.get(year);
    if (built !== undefined) return built.total;
    const cached = this.#totals.get(year);
    if (cached !== undefined) return cached;
    const start = yearStart(year);
    const length = yearStart(year + 1) - start;
    const first = weekdayOfDay(start);
    let total = 0;
    for (let w = 0; w < 7; w++) {
      if (this.rest[w]) continue;
      total += Math.floor(length / 7) + ((w - first + 7) % 7 < length % 7 ? 1 : 0);
    }
    // Same precedence as a table: weekly rest, then days off, then make-up days.
    const working = new Map<number, boolean>();
    const schedule = this.scheduleOf(year);
    for (const day of schedule.daysOff) {
      const n = parseDay(day.date);
      if (n >= start && n < start + length) working.set(n, false);
    }
    for (const day of schedule.makeUpWorkdays) {
      const n = parseDay(day.date);
      if (n >= start && n < start + length) working.set(n, true);
    }
    for (const [n, isWorked] of working) {
      const weekly = !this.rest[weekdayOfDay(n)];
      if (isWorked !== weekly) total += isWorked ? 1 : -1;
    }
    this.#totals.set(year, total);
    return total;
  }

  /** The schedule of a year: the data's entry, else computed per `missingYears`. */
  scheduleOf(year: number): CalendarYear {
    const entry = this.data.years[String(year)];
    if (entry !== undefined) return entry;
    if (this.data.missingYears === "vietnam-statutory" && year >= 1 && year <= 9999) {
      return statutoryYear(year, this.rest);
    }
    return WEEKLY_ONLY;
  }

  #build(year: number): YearTable {
    const start = yearStart(year);
    const length = yearStart(year + 1) - start;
    const kind = new Uint8Array(length);
    for (let i = 0; i < length; i++) kind[i] = this.rest[weekdayOfDay(start + i)] ? WEEKEND : WORKING;
    const schedule = this.scheduleOf(year);
    const names = new Map<number, string>();
    for (const day of schedule.daysOff) {
      const i = parseDay(day.date) - start;
      if (i >= 0 && i < length) {
        kind[i] = day.kind === "day-off" ? DAY_OFF : HOLIDAY;
        names.set(i, day.name);
      }
    }
    for (const day of schedule.makeUpWorkdays) {
      const i = parseDay(day.date) - start;
      if (i >= 0 && i < length) {
        kind[i] = MAKE_UP;
        names.set(i, day.name);
      }
    }
    const working = new Uint8Array(length);
    const rank = new Int32Array(length + 1);
    const work: number[] = [];
    for (let i = 0; i < length; i++) {
      const k = kind[i];
      const w = k === WORKING || k === MAKE_UP ? 1 : 0;
      working[i] = w;
      rank[i + 1] = (rank[i] ?? 0) + w;
      if (w === 1) work.push(i);
    }
    return {
      year,
      start,
      length,
      kind,
      working,
      rank,
      work: Int32Array.from(work),
      total: work.length,
      names,
      confirmed: schedule.confirmed,
      source: schedule.source,
    };
  }
}

const inRange = (n: DayNumber): boolean => n >= MIN_DAY && n <= MAX_DAY;

/** Whether day `n` is worked; `false` for a non-finite or out-of-range day. */
export const isWorking = (cal: CalendarEngine, n: DayNumber): boolean => {
  if (!inRange(n)) return false;
  const t = cal.tableOf(n);
  return t.working[n - t.start] === 1;
};

/**
 * The `k`-th working day strictly after day `n` (`k` ≥ 1), or `NaN` when it would lie beyond
 * 9999-12-31.
 */
export const workingDayAfter = (cal: CalendarEngine, n: DayNumber, k: number): DayNumber => {
  // k working days need at least k calendar days: a count that cannot fit before 9999-12-31 fails at once.
  if (!inRange(n) || k > MAX_DAY - n) return Number.NaN;
  let t = cal.tableOf(n);
  const passed = t.rank[n - t.start + 1] ?? 0;
  let left = k;
  if (passed + left <= t.total) return t.start + (t.work[passed + left - 1] ?? 0);
  left -= t.total - passed;
  for (;;) {
    if (t.year >= 9999) return Number.NaN;
    t = cal.yearTable(t.year + 1);
    if (left <= t.total) return t.start + (t.work[left - 1] ?? 0);
    left -= t.total;
  }
};

/** The `k`-th working day strictly before day `n` (`k` ≥ 1), or `NaN` before 0001-01-01. */
export const workingDayBefore = (cal: CalendarEngine, n: DayNumber, k: number): DayNumber => {
  if (!inRange(n) || k > n - MIN_DAY) return Number.NaN;
  let t = cal.tableOf(n);
  const before = t.rank[n - t.start] ?? 0;
  let left = k;
  if (left <= before) return t.start + (t.work[before - left] ?? 0);
  left -= before;
  for (;;) {
    if (t.year <= 1) return Number.NaN;
    t = cal.yearTable(t.year - 1);
    if (left <= t.total) return t.start + (t.work[t.total - left] ?? 0);
    left -= t.total;
  }
};

/** Day `n` itself when worked, else the next working day (Civil Code 2015 art. 148(5)). */
export const rollForward = (cal: CalendarEngine, n: DayNumber): DayNumber =>
  isWorking(cal, n) ? n : workingDayAfter(cal, n, 1);

/** Working days among the days in `(a, b]`, for `a` ≤ `b`. */
const countAfter = (cal: CalendarEngine, a: DayNumber, b: DayNumber): number => {
  const ta = cal.tableOf(a);
  const ra = ta.rank[a - ta.start + 1] ?? 0;
  if (b < ta.start + ta.length) return (ta.rank[b - ta.start + 1] ?? 0) - ra;
  let count = ta.total - ra;
  const tb = cal.tableOf(b);
  for (let y = ta.year + 1; y < tb.year; y++) count += cal.yearTotal(y);
  return count + (tb.rank[b - tb.start + 1] ?? 0);
};

/**
 * Signed number of working days stepped over going from `from` to `to`, not counting `from` and
 * counting `to`: the working days in `(from, to]`, or minus those in `[to, from)` when `to` is
 * earlier. So `between(d, workingDayAfter(d, k)) = k` and `between(d, workingDayBefore(d, k)) = -k`.
 */
export const between = (cal: CalendarEngine, from: DayNumber, to: DayNumber): number => {
  if (!inRange(from) || !inRange(to)) return 0;
  if (from <= to) return countAfter(cal, from, to);
  // [to, from) = (to − 1, from − 1]
  return -countAfter(cal, to - 1, from - 1);
};
