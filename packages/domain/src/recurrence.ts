/**
 * Recurrence — the occurrences of a recurring duty (“báo cáo định kỳ hằng tháng”, “định kỳ theo
 * quý, 06 tháng và năm”): one per reporting period of each frequency, each with its period, data
 * cut-off and its own due date. The due date is day `dueDay` (the rule's, else the policy's —
 * 25 by default, Decree 09/2019/NĐ-CP art. 13(1)) of the period's last month; when that day is not
 * after the cut-off (calendar periods, or an early due day) it moves to the following month, so
 * that at least one day separates the cut-off from the deadline (art. 8(5)(b)) — unless the rule
 * says which month (`dueMonthOffset`: “trước ngày 15 của tháng cuối quý” is the last month,
 * “trước ngày 25/12 hằng năm” December). Weekly reports are due the first working day after the
 * week. Then the policy's roll-forward applies; a “trước ngày …” duty (`reading: "before"`) is read
 * like an on-date rule and never moves onto or past its day.
 */
import * as Result from "effect/Result";
import { z } from "zod";

import type { CalendarEngine } from "./calendar-engine.js";
import { isoOf, MAX_DAY, MIN_DAY, parseDay, viOf, yearOfDay } from "./day-number.js";
import { land, landBefore } from "./deadline-land.js";
import type { Recurring } from "./deadline-rule.js";
import { Derivation } from "./derivation.js";
import { Frequency } from "./frequency.js";
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

/**
 * Nominal due day of a period ending on `cutOff`: `dueDay` of the month `offset` months after the
 * last month when the rule says which month; else of the last month when that is after the
 * cut-off, or of the month after.
 */
const nominalDue = (
  frequency: Frequency,
  cutOff: number,
  dueDay: number,
  offset: number | undefined,
): { day: number; offset: number } => {
  if (frequency === "weekly") return { day: cutOff + 1, offset: 0 };
  const { year, month } = civilOf(cutOff);
  const at = (k: number): number => {
    const total = year * 12 + (month - 1) + k;
    const y = Math.floor(total / 12);
    const m = total - y * 12 + 1;
    return dayNumberOf(y, m, Math.min(dueDay, daysInMonth(y, m)));
  };
  if (offset !== undefined) return { day: at(offset), offset };
  const inLast = at(0);
  return inLast > cutOff ? { day: inLast, offset: 0 } : { day: at(1), offset: 1 };
};

const monthWordVi = (offset: number): string =>
  offset === 0 ? "tháng cuối kỳ" : offset === 1 ? "tháng sau kỳ" : `tháng thứ ${12 + offset} của kỳ`;
const monthWordEn = (offset: number): string =>
  offset === 0
    ? "period's last month"
    : offset === 1
      ? "month after the period"
      : `month ${12 + offset} of the period`;

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
        const nominal = nominalDue(frequency, p.end, dueDay, rule.dueMonthOffset);
        const due = nominal.day;
        if (!(due <= MAX_DAY)) continue;
        const labels = labelsOf(frequency, p.year, p.index);
        const window = `${viOf(p.start)} – ${viOf(p.end)}`;
        const dueVi =
          frequency === "weekly"
            ? "hạn gửi là ngày làm việc đầu tiên sau kỳ"
            : `hạn gửi ngày ${dueDay} của ${monthWordVi(nominal.offset)} (${rule.dueDay === null ? "Nghị định 09/2019/NĐ-CP, Điều 13" : "theo văn bản giao"})`;
        const dueEn =
          frequency === "weekly"
            ? "due the first working day after the week"
            : `due on day ${dueDay} of the ${monthWordEn(nominal.offset)} (${rule.dueDay === null ? "Decree 09/2019/NĐ-CP, art. 13" : "as the notice says"})`;
        const before = rule.reading === "before" && frequency !== "weekly";
        const strict = before && policy.readingOfTruoc === "day-before";
        const resolved = before
          ? landBefore(
              ctx,
              "recurring",
              strict ? due - 1 : due,
              `báo cáo ${labels.vi} (chốt số liệu ${window}) → ${dueVi} → “trước ngày ${dueDay}”: ${strict ? "hết ngày liền trước" : "hết ngày đó"}`,
              `report for ${labels.en} (data ${window}) → ${dueEn} → “before day ${dueDay}”: ${strict ? "the day before" : "that day"}`,
            )
          : land(
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

/** An ISO 8601 instant with its offset (`2025-03-01T23:30:00+07:00`, `…Z`). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The local day (Asia/Ho_Chi_Minh) of a `YYYY-MM-DD` date or an ISO instant, or `NaN`. */
const localDay = (when: string): number => {
  if (typeof when !== "string") return Number.NaN;
  if (!INSTANT.test(when)) return parseDay(when);
  if (!Number.isFinite(parseDay(when.slice(0, 10)))) return Number.NaN;
  const ms = Date.parse(when);
  return Number.isFinite(ms) ? Math.floor((ms + VIETNAM_OFFSET_MS) / 86_400_000) : Number.NaN;
};

/**
 * The first occurrence due on or after `after` — a local date, or any ISO instant with its offset,
 * taken as its day in Vietnam (its report not yet late on that day) — or `null` when there is none
 * within a year and a half (or `after` is neither). Ties on the due date go to the shorter period.
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
  const day = localDay(after);
  if (!Number.isFinite(day)) return null;
  const afterDay = isoOf(day);
  // A due date falls at most about two months after its cut-off (calendar periods, due day 31).
  const from = Math.max(MIN_DAY, day - 70);
  const to = Math.min(MAX_DAY, day + 550);
  let best: Occurrence | null = null;
  for (const o of occurrences(rule, { from: isoOf(from), to: isoOf(to) }, calendar, policy)) {
    if (o.dueOn < afterDay) continue;
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
