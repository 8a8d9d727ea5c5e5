/**
 * DeadlineWarning — what the resolver wants a clerk to check about a due date it did compute (or
 * deliberately left empty): a due date before the notice's own date, one more than five years
 * after it, a date in a year whose official days off are not yet known, a count from an event
 * whose date the notice does not give. The parser's warnings carry a span in the text; these carry
 * none, because they come from the rule, not from the words. `addWarnings` is how the resolver
 * attaches them.
 */
import { z } from "zod";

import type { CalendarEngine } from "./calendar-engine.js";
import { parseDay, viOf, yearOfDay } from "./day-number.js";
import type { ResolvedDeadline } from "./deadline-rule.js";
import { type DayNumber, dayNumberOf } from "./iso-date.js";

/** The closed list of warning codes the resolver emits. */
export const DeadlineWarningCode = z.enum([
  /** The due date is earlier than the notice's date (anchor). */
  "deadline-before-issue",
  /** The due date is more than five years after the notice's date. */
  "deadline-far-future",
  /** The due date lies in a year whose official days off are not in the calendar. */
  "provisional-calendar",
  /** The due date lies before 2019: only the statutory holidays are known. */
  "historical-calendar",
  /** A “within N days of EVENT” rule whose event has no date: no due date is computed. */
  "deadline-event-date",
]);
export type DeadlineWarningCode = z.infer<typeof DeadlineWarningCode>;

/** One warning of the resolver, in Vietnamese (for the clerk) and English. */
export const DeadlineWarning = z.object({
  code: DeadlineWarningCode,
  message: z.string().describe("Cảnh báo bằng tiếng Việt"),
  messageEn: z.string().describe("The same warning in English"),
});
export type DeadlineWarning = z.infer<typeof DeadlineWarning>;

/** The years after a notice beyond which a due date is suspicious (likely a typo in the year). */
export const FAR_FUTURE_YEARS = 5;

/** Days in five years, give or take a leap day: the bound of `deadline-far-future`. */
const FAR = 365 * FAR_FUTURE_YEARS + 1;
/** Before this year the calendar knows the statutory holidays only (no official schedules shipped). */
const FIRST_SCHEDULED_YEAR = 2019;

/**
 * One warning object per (kind, due day), built on first use and shared (frozen): a notice's
 * tasks share few due days, and building the messages for every resolution cost a third of it.
 */
/** Day numbers of the cached range (1900–2199), like the date strings of `day-number.ts`. */
const CACHE_FIRST = dayNumberOf(1900, 1, 1);
const CACHE_SIZE = dayNumberOf(2200, 1, 1) - CACHE_FIRST;

const cached = (
  cache: (DeadlineWarning | undefined)[],
  due: DayNumber,
  make: () => DeadlineWarning,
): DeadlineWarning => {
  const i = due - CACHE_FIRST;
  const inCache = i >= 0 && i < CACHE_SIZE;
  const hit = inCache ? cache[i] : undefined;
  if (hit !== undefined) return hit;
  const w = Object.freeze(make());
  if (inCache) cache[i] = w;
  return w;
};
const BEFORE_ISSUE: (DeadlineWarning | undefined)[] = new Array(CACHE_SIZE);
const FAR_FUTURE: (DeadlineWarning | undefined)[] = new Array(CACHE_SIZE);
const CALENDAR: (DeadlineWarning | undefined)[] = new Array(CACHE_SIZE);

const beforeIssue = (due: DayNumber): DeadlineWarning =>
  cached(BEFORE_ISSUE, due, () => ({
    code: "deadline-before-issue",
    message: `Hạn ${viOf(due)} sớm hơn ngày ban hành văn bản: có thể ghi nhầm ngày hoặc năm, cần kiểm tra lại.`,
    messageEn: `The due date ${viOf(due)} is before the notice's date: the day or year may be mistyped; check it.`,
  }));

const farFuture = (due: DayNumber): DeadlineWarning =>
  cached(FAR_FUTURE, due, () => ({
    code: "deadline-far-future",
    message: `Hạn ${viOf(due)} cách ngày ban hành văn bản hơn ${FAR_FUTURE_YEARS} năm: có thể ghi nhầm năm, cần kiểm tra lại.`,
    messageEn: `The due date ${viOf(due)} is more than ${FAR_FUTURE_YEARS} years after the notice's date: the year may be mistyped; check it.`,
  }));

const unconfirmedYear = (due: DayNumber): DeadlineWarning =>
  cached(CALENDAR, due, () => {
    const dueVi = viOf(due);
    const year = yearOfDay(due);
    return year < FIRST_SCHEDULED_YEAR
      ? {
          code: "historical-calendar",
          message: `Hạn ${dueVi} thuộc năm ${year}: lịch chỉ có các ngày nghỉ lễ theo luật, chưa có lịch nghỉ chính thức (nghỉ bù, hoán đổi) của năm đó, nên hạn có thể chưa chính xác.`,
          messageEn: `The due date ${dueVi} is in ${year}: the calendar holds only the statutory holidays of that year, not its official schedule (compensatory and swapped days), so the date may be off.`,
        }
      : {
          code: "provisional-calendar",
          message: `Hạn ${dueVi} thuộc năm ${year}, năm mà lịch chưa có lịch nghỉ lễ, tết chính thức (tính tạm theo Bộ luật Lao động): hạn có thể thay đổi khi lịch nghỉ chính thức của năm ${year} được công bố hoặc được bổ sung vào lịch.`,
          messageEn: `The due date ${dueVi} is in ${year}, whose official days off are not in the calendar (computed from the Labour Code for now): it may move when that year's official schedule is announced or added.`,
        };
  });

/**
 * Internal to the resolver: the warnings of a due day (see {@link addWarnings}), given whether its
 * year's days off are official; a fresh array, empty when nothing applies.
 */
export const warningsOf = (due: DayNumber, confirmed: boolean, anchor: DayNumber): DeadlineWarning[] => {
  const warnings: DeadlineWarning[] = [];
  if (due < anchor) warnings.push(beforeIssue(due));
  else if (due - anchor > FAR) warnings.push(farFuture(due));
  if (!confirmed) warnings.push(unconfirmedYear(due));
  return warnings;
};

/**
 * Internal to the resolver: adds the warnings every due date gets, whatever its kind — before the
 * notice's date (`anchor`), more than five years after it, in a year whose days off are provisional
 * or unknown — to a result the resolver has just built.
 */
export const addWarnings = (r: ResolvedDeadline, cal: CalendarEngine, anchor: DayNumber): void => {
  // `r` was built by this module for this call: its warnings are filled in place, because copying
  // the object (a spread) costs more than the whole resolution on the hot path.
  const dueIso = r.dueOn ?? r.nextOccurrence?.dueOn ?? null;
  if (dueIso === null) return;
  const due = parseDay(dueIso);
  if (!Number.isFinite(due)) return;
  const warnings: DeadlineWarning[] = r.warnings ?? [];
  if (due < anchor) warnings.push(beforeIssue(due));
  else if (due - anchor > FAR) warnings.push(farFuture(due));
  if (!cal.tableOf(due).confirmed) warnings.push(unconfirmedYear(due));
  r.warnings = warnings;
};
