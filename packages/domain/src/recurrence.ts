/**
 * Recurrence — the occurrences of a recurring duty (“báo cáo định kỳ hằng tháng”, “định kỳ theo
 * quý, 06 tháng và năm”): one per reporting period of each frequency, each with its period, data
 * cut-off and its own due date. The due date is day `dueDay` (the rule's, else the policy's —
 * 25 by default, Decree 09/2019/NĐ-CP art. 13(1)) of the period's last month; when that day is not
 * after the cut-off (calendar periods, or an early due day) it moves to the following month, so
 * that at least one day separates the cut-off from the deadline (art. 8(5)(b)). Weekly reports are
 * due the first working day after the week. Then the policy's roll-forward applies.
 */
import * as Result from "effect/Result";
import { z } from "zod";

import type { CalendarEngine } from "./calendar-engine.js";
import { isoOf, MAX_DAY, MIN_DAY, parseDay, viOf, yearOfDay } from "./day-number.js";
import { land } from "./deadline-resolve.js";
import { Derivation, Frequency, type Recurring } from "./deadline-rule.js";
import { civilOf, dayNumberOf, daysInMonth } from "./iso-date.js";
import type { PolicyPack } from "./policy-pack.js";
import { daysOf, labelsOf, type PeriodMode, periodsPerYear } from "./reporting-period.js";

/** One occurrence of a recurring duty. */
export const Occurrence = z.object({
  frequency: Frequency,
  year: z.number().int(),
  index: z.number().int(),
  /** “tháng 01/2024”, “quý I/2024”, “6 tháng đầu năm 2024”, “năm 2024”. */
  label: z.string(),
  labelEn: z.string(),
  periodStart: z.iso.date(),
  /** Last day of data (ngày chốt số liệu). */
  cutOff: z.iso.date(),
  /** Due date after the policy's roll-forward. */
  dueOn: z.iso.date(),
  unrolledOn: z.iso.date(),
  rolledForward: z.boolean(),
  derivation: Derivation,
});
export type Occurrence = z.infer<typeof Occurrence>;

/** The days of the year range to list. */
export interface Range {
  readonly from: string;
  readonly to: string;
}

const ORDER: Record<Frequency, number> = {
  weekly: 0,
  monthly: 1,
  quarterly: 2,
  semiannual: 3,
  "nine-months": 4,
  annual: 5,
};

/** At most this many occurrences are listed for one call (a 50-year range of weekly reports). */
export const MAX_OCCURRENCES = 2_700;

/** Nominal due day of a period ending on `cutOff`: `dueDay` of the last month, or of the next one. */
const nominalDue = (frequency: Frequency, cutOff: number, dueDay: number): number => {
  if (frequency === "weekly") return cutOff + 1;
  const { year, month } = civilOf(cutOff);
  const inLast = dayNumberOf(year, month, Math.min(dueDay, daysInMonth(year, month)));
  if (inLast > cutOff) return inLast;
  const [y, m] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return dayNumberOf(y, m, Math.min(dueDay, daysInMonth(y, m)));
};

/**
 * The occurrences whose cut-off lies in `[range.from, range.to]` and not before the duty starts
 * (`rule.startsOn`), sorted by cut-off, shorter periods first. Periods are cut per `rule.periods`
 * (the policy's `reportingPeriods` only when the rule has none); the due day is `rule.dueDay`, else
 * the policy's `recurringReportDueDay`. Invalid dates give no occurrences; never throws.
 *
 * @example
 * Recurrence.occurrences(monthlyRule, { from: "2024-01-01", to: "2024-12-31" }, cal, PolicyPack.national);
 * // 12 occurrences: “tháng 01/2024” (15/12/2023 → 14/01/2024, due 25/01/2024), …
 */
export const occurrences = (
  rule: Recurring,
  range: Range,
  calendar: CalendarEngine,
  policy: PolicyPack,
): Occurrence[] => {
  const from = parseDay(range.from);
  const to = parseDay(range.to);
  if (!(from <= to)) return [];
  const starts = rule.startsOn === null ? MIN_DAY : parseDay(rule.startsOn);
  const lo = Math.max(from, Number.isFinite(starts) ? starts : MIN_DAY);
  const mode: PeriodMode =
    rule.periods === "calendar" || rule.periods === "decree-09" ? rule.periods : policy.reportingPeriods;
  const dueDay = rule.dueDay ?? policy.recurringReportDueDay;
  const ctx = { anchor: null, calendar, policy };
  const out: Occurrence[] = [];
  const frequencies = Array.isArray(rule.frequencies) ? [...new Set(rule.frequencies)] : [];
  for (const frequency of frequencies) {
    if (ORDER[frequency] === undefined) continue;
    const firstYear = yearOfDay(lo) - 1;
    const lastYear = Math.min(yearOfDay(to) + 1, 9999);
    for (let year = Math.max(firstYear, 1); year <= lastYear && out.length < MAX_OCCURRENCES; year++) {
      const n = periodsPerYear(frequency, year);
      for (let index = 1; index <= n; index++) {
        const p = daysOf(frequency, year, index, mode);
        if (p.year !== year || p.end < lo || p.end > to) continue;
        const due = nominalDue(frequency, p.end, dueDay);
        if (!(due <= MAX_DAY)) continue;
        const labels = labelsOf(frequency, p.year, p.index);
        const window = `${viOf(p.start)} – ${viOf(p.end)}`;
        const sameMonth = civilOf(due).month === civilOf(p.end).month;
        const dueVi =
          frequency === "weekly"
            ? "hạn gửi là ngày làm việc đầu tiên sau kỳ"
            : `hạn gửi ngày ${dueDay} của ${sameMonth ? "tháng cuối kỳ" : "tháng sau kỳ"} (Nghị định 09/2019/NĐ-CP, Điều 13)`;
        const dueEn =
          frequency === "weekly"
            ? "due the first working day after the week"
            : `due on day ${dueDay} of the ${sameMonth ? "period's last month" : "month after the period"} (Decree 09/2019/NĐ-CP, art. 13)`;
        const resolved = land(
          ctx,
          "recurring",
          due,
          `báo cáo ${labels.vi} (chốt số liệu ${window}) → ${dueVi}`,
          `report for ${labels.en} (data ${window}) → ${dueEn}`,
        );
        if (Result.isFailure(resolved)) continue;
        const r = resolved.success;
        out.push({
          frequency,
          year: p.year,
          index: p.index,
          label: labels.vi,
          labelEn: labels.en,
          periodStart: isoOf(p.start),
          cutOff: isoOf(p.end),
          dueOn: r.dueOn ?? isoOf(due),
          unrolledOn: r.unrolledOn ?? isoOf(due),
          rolledForward: r.rolledForward,
          derivation: r.derivation,
        });
      }
    }
  }
  return out.sort((a, b) =>
    a.cutOff < b.cutOff ? -1 : a.cutOff > b.cutOff ? 1 : ORDER[a.frequency] - ORDER[b.frequency],
  );
};

/**
 * The first occurrence due on or after `after` (its report not yet late on that day), or `null`
 * when there is none within a year and a half (or `after` is not a date). Ties on the due date go
 * to the shorter period.
 *
 * @example
 * Recurrence.next(monthlyRule, "2024-01-26", cal, PolicyPack.national)?.label; // "tháng 02/2024"
 */
export const next = (
  rule: Recurring,
  after: string,
  calendar: CalendarEngine,
  policy: PolicyPack,
): Occurrence | null => {
  const day = parseDay(after);
  if (!Number.isFinite(day)) return null;
  // A due date falls at most about two months after its cut-off (calendar periods, due day 31).
  const from = Math.max(MIN_DAY, day - 70);
  const to = Math.min(MAX_DAY, day + 550);
  let best: Occurrence | null = null;
  for (const o of occurrences(rule, { from: isoOf(from), to: isoOf(to) }, calendar, policy)) {
    if (o.dueOn < after) continue;
    if (
      best === null ||
      o.dueOn < best.dueOn ||
      (o.dueOn === best.dueOn && ORDER[o.frequency] < ORDER[best.frequency])
    ) {
      best = o;
    }
  }
  return best;
};
