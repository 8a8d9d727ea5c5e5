/**
 * The deadline resolver: a `DeadlineRule` + an anchor date + a calendar + the policy pack in
 * force → the due date, whether it was rolled forward, and a derivation in Vietnamese and
 * English. Civil Code 2015: art. 146 (đầu/giữa/cuối tháng, năm), art. 147 (counting starts the
 * day after the event), art. 148 (end of a period; a day off moves the end to the next working
 * day). Works on integer day numbers and precomputed year tables, so it resolves millions of rules
 * a second. Re-exported by `deadline-rule.ts`; import it from there.
 */
import * as Result from "effect/Result";

import type { CalendarEngine } from "./calendar-engine.js";
import { isWorking, workingDayAfter } from "./calendar-engine.js";
import { isoOf, parseDay, viOf } from "./day-number.js";
import {
  type DeadlineError,
  DeadlineOutOfRange,
  InvalidDeadlineDate,
  InvalidDeadlineRule,
  MissingStartDate,
} from "./deadline-error.js";
import { inRange, land, landBefore, offReason } from "./deadline-land.js";
import type {
  DeadlineRule,
  EndOfPeriod,
  Frequency,
  OnDate,
  Recurring,
  ResolvedDeadline,
  Within,
} from "./deadline-rule.js";
import { addWarnings, warningsOf } from "./deadline-warning.js";
import { civilOf, type DayNumber, dayNumberOf, daysInMonth } from "./iso-date.js";
import { cachedPeriodEnd } from "./period-end.js";
import type { PolicyPack } from "./policy-pack.js";
import * as Recurrence from "./recurrence.js";

/** A value as text for an error message, even when it has a hostile `toString`. */
const show = (v: unknown): string => {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
};

/** What a rule is resolved against. */
export interface ResolveContext {
  /** The day counting starts from when the rule names no date: usually the notice's date. */
  readonly anchor: string | null;
  readonly calendar: CalendarEngine;
  readonly policy: PolicyPack;
}

/** Internal: re-exported for the recurrence, which lands each occurrence the same way. */
export { land } from "./deadline-land.js";

const onDate = (
  rule: OnDate,
  ctx: ResolveContext,
  anchor: DayNumber,
): Result.Result<ResolvedDeadline, DeadlineError> => {
  const day = parseDay(rule.date);
  if (!Number.isFinite(day))
    return Result.fail(new InvalidDeadlineDate({ field: "date", value: show(rule.date) }));
  const dayVi = viOf(day);
  const time = rule.time;
  if (typeof time === "string") {
    // “trước 17 giờ ngày 20/3/2025”: a moment, not a period — the day and hour stay as written,
    // even on a day off (moving it would put it after the moment the notice set).
    const head = `${rule.phrase ?? `trước ${time} ngày ${dayVi}`} → hạn là ${time} ngày ${dayVi} (giờ Việt Nam)`;
    const headEn = `by ${time} on ${dayVi} (Vietnam time) → due that day`;
    if (!inRange(day)) return Result.fail(new DeadlineOutOfRange({ kind: rule.kind }));
    const iso = isoOf(day);
    const off = isWorking(ctx.calendar, day) ? null : offReason(ctx.calendar, day);
    return Result.succeed({
      dueOn: iso,
      unrolledOn: iso,
      rolledForward: false,
      time,
      warnings: warningsOf(day, ctx.calendar.tableOf(day).confirmed, anchor),
      derivation:
        off === null
          ? { vi: `${head} → ${dayVi}`, en: `${headEn} → ${dayVi}` }
          : {
              vi: `${head} → ${dayVi} là ${off.vi}, nhưng hạn ghi giờ cụ thể nên giữ nguyên ngày, giờ đó`,
              en: `${headEn} → ${dayVi} is ${off.en}, but a deadline with an hour keeps its day and hour`,
            },
    });
  }
  if (rule.reading === "before") {
    const head = rule.phrase ?? `trước ngày ${dayVi}`;
    if (ctx.policy.readingOfTruoc === "day-before") {
      return landBefore(
        ctx,
        rule.kind,
        day - 1,
        `${head} → hạn là hết ngày liền trước (quy chế: “trước ngày” không gồm ngày ${dayVi})`,
        `before ${dayVi} → due by the end of the previous day (policy: “trước ngày” excludes ${dayVi})`,
        anchor,
      );
    }
    return landBefore(
      ctx,
      rule.kind,
      day,
      `${head} → hạn là hết ngày ${dayVi} (quy chế: “trước ngày” gồm cả ngày đó)`,
      `before ${dayVi} → due by the end of that day (policy: “trước ngày” includes it)`,
      anchor,
    );
  }
  return land(ctx, rule.kind, day, rule.phrase ?? `chậm nhất ngày ${dayVi}`, `by ${dayVi}`, anchor);
};

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;

const endOfPeriod = (
  rule: EndOfPeriod,
  ctx: ResolveContext,
  anchor: DayNumber,
): Result.Result<ResolvedDeadline, DeadlineError> => {
  const end =
    rule.period === null || typeof rule.period !== "object" ? "thiếu kỳ" : cachedPeriodEnd(rule.period);
  if (typeof end === "string") return Result.fail(new InvalidDeadlineRule({ kind: rule.kind, reason: end }));
  const phrase = rule.phrase;
  return land(
    ctx,
    rule.kind,
    end.last,
    phrase === null || phrase === undefined ? end.vi : `${phrase} → ${end.stepVi}`,
    end.en,
    anchor,
  );
};

const UNIT_VI = {
  days: "ngày",
  "working-days": "ngày làm việc",
  weeks: "tuần",
  months: "tháng",
  years: "năm",
} as const;
const UNIT_EN = {
  days: "days",
  "working-days": "working days",
  weeks: "weeks",
  months: "months",
  years: "years",
} as const;
const EVENT_VI = {
  "notice-issued": "ngày ban hành thông báo",
  received: "ngày nhận được văn bản",
  meeting: "ngày họp",
  other: "ngày xảy ra sự kiện",
} as const;
const EVENT_EN = {
  "notice-issued": "the notice's date",
  received: "receipt of the document",
  meeting: "the meeting",
  other: "the event",
} as const;

/** Day `s` plus `months` calendar months, clamped to the end of a shorter month (art. 148(3)). */
const addMonths = (s: DayNumber, months: number): { day: DayNumber; clamped: boolean } => {
  const { year, month, day } = civilOf(s);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  if (!(y >= 1 && y <= 9999)) return { day: Number.NaN, clamped: false };
  const dim = daysInMonth(y, m);
  return { day: dayNumberOf(y, m, Math.min(day, dim)), clamped: day > dim };
};

const within = (
  rule: Within,
  ctx: ResolveContext,
  anchor: DayNumber,
): Result.Result<ResolvedDeadline, DeadlineError> => {
  const amount = rule.amount;
  if (!isInt(amount, 1, 10_000_000)) {
    return Result.fail(
      new InvalidDeadlineRule({
        kind: rule.kind,
        reason: `số lượng “${show(amount)}” phải là số nguyên dương`,
      }),
    );
  }
  const unit = rule.unit;
  const unitVi = UNIT_VI[unit];
  if (unitVi === undefined) {
    return Result.fail(
      new InvalidDeadlineRule({ kind: rule.kind, reason: `đơn vị “${show(unit)}” không được hỗ trợ` }),
    );
  }
  const from = rule.from;
  const event = from?.event ?? "other";
  const named = from?.on ?? null;
  if (named === null && event !== "notice-issued") {
    // “kể từ ngày nhận được văn bản”: the notice does not say when that is, so no date is guessed.
    const eventVi = from?.label ?? EVENT_VI[event] ?? EVENT_VI.other;
    const eventEn = EVENT_EN[event] ?? EVENT_EN.other;
    return Result.succeed({
      dueOn: null,
      unrolledOn: null,
      rolledForward: false,
      warnings: [
        {
          code: "deadline-event-date",
          message: `Thời hạn tính từ “${eventVi}” nhưng văn bản không ghi ngày của sự kiện đó: cần nhập ngày ${eventVi} để tính hạn.`,
          messageEn: `The deadline counts from ${eventEn}, whose date the notice does not give: enter that date to compute the due date.`,
        },
      ],
      derivation: {
        vi: `${rule.phrase ?? `trong ${amount} ${unitVi} kể từ ${eventVi}`} → chưa biết ${eventVi} → chưa tính được hạn (BLDS 2015, Điều 147: thời hạn bắt đầu từ ngày tiếp theo của sự kiện)`,
        en: `within ${amount} ${UNIT_EN[unit]} of ${eventEn} → the date of ${eventEn} is unknown → no due date yet (Civil Code 2015, art. 147)`,
      },
    });
  }
  const start = named ?? ctx.anchor;
  if (start === null || start === undefined) {
    return Result.fail(new MissingStartDate({ event, label: from?.label ?? null }));
  }
  const s = parseDay(start);
  if (!Number.isFinite(s)) {
    return Result.fail(
      new InvalidDeadlineDate({ field: named === null ? "anchor" : "from.on", value: show(start) }),
    );
  }
  const sVi = viOf(s);
  const eventVi = from?.label ?? EVENT_VI[event] ?? EVENT_VI.other;
  const eventEn = EVENT_EN[event] ?? EVENT_EN.other;
  const headVi = `${rule.phrase ?? `trong ${amount} ${unitVi} kể từ ${eventVi}`} → bắt đầu tính từ ngày tiếp theo của ${sVi} (BLDS 2015, Điều 147)`;
  const headEn = `within ${amount} ${UNIT_EN[unit]} of ${eventEn} (${sVi}) → counting starts the next day (Civil Code 2015, art. 147)`;
  switch (unit) {
    case "days":
      return land(
        ctx,
        rule.kind,
        s + amount,
        `${headVi} → cộng ${amount} ngày`,
        `${headEn} → plus ${amount} days`,
        anchor,
      );
    case "weeks":
      return land(
        ctx,
        rule.kind,
        s + 7 * amount,
        `${headVi} → cộng ${amount} tuần, kết thúc vào ngày tương ứng của tuần cuối (Điều 148 khoản 2)`,
        `${headEn} → plus ${amount} weeks, ending on the same weekday (art. 148(2))`,
        anchor,
      );
    case "months":
    case "years": {
      const { day, clamped } = addMonths(s, unit === "months" ? amount : amount * 12);
      const clause = unit === "months" ? "Điều 148 khoản 3" : "Điều 148 khoản 4";
      const clauseEn = unit === "months" ? "art. 148(3)" : "art. 148(4)";
      return land(
        ctx,
        rule.kind,
        day,
        `${headVi} → cộng ${amount} ${unitVi}, kết thúc vào ngày tương ứng (${clause}${clamped ? "; không có ngày tương ứng nên là ngày cuối tháng" : ""})`,
        `${headEn} → plus ${amount} ${UNIT_EN[unit]}, ending on the corresponding day (${clauseEn}${clamped ? "; no such day, so the last day of the month" : ""})`,
        anchor,
      );
    }
    case "working-days": {
      const due = workingDayAfter(ctx.calendar, s, amount);
      if (!inRange(due)) return Result.fail(new DeadlineOutOfRange({ kind: rule.kind }));
      return land(
        ctx,
        rule.kind,
        due,
        `${headVi} → cộng ${amount} ngày làm việc (không tính ngày nghỉ hằng tuần, nghỉ lễ, tết)`,
        `${headEn} → plus ${amount} working days (weekends and holidays skipped)`,
        anchor,
      );
    }
  }
};

const FREQUENCY_VI: Record<Frequency, string> = {
  weekly: "hằng tuần",
  monthly: "hằng tháng",
  quarterly: "hằng quý",
  semiannual: "6 tháng",
  "nine-months": "9 tháng",
  annual: "hằng năm",
};
const FREQUENCY_EN: Record<Frequency, string> = {
  weekly: "weekly",
  monthly: "monthly",
  quarterly: "quarterly",
  semiannual: "half-yearly",
  "nine-months": "nine-monthly",
  annual: "annual",
};

const recurring = (rule: Recurring, ctx: ResolveContext, anchor: string | null): ResolvedDeadline => {
  const freqs = Array.isArray(rule.frequencies) ? rule.frequencies : [];
  const vi = freqs.map((f) => FREQUENCY_VI[f] ?? show(f)).join(", ");
  const en = freqs.map((f) => FREQUENCY_EN[f] ?? show(f)).join(", ");
  const dueDay = rule.dueDay ?? ctx.policy.recurringReportDueDay;
  const periods =
    rule.periods === "calendar"
      ? { vi: "kỳ theo tháng dương lịch", en: "calendar periods" }
      : {
          vi: "kỳ chốt số liệu ngày 15 → 14 (Nghị định 09/2019/NĐ-CP, Điều 12)",
          en: "cut-off 15th → 14th (Decree 09/2019/NĐ-CP, art. 12)",
        };
  const offset = rule.dueMonthOffset;
  const month =
    offset === undefined
      ? { vi: "tháng cuối kỳ", en: "the period's last month" }
      : offset === 0
        ? { vi: "tháng cuối kỳ", en: "the period's last month" }
        : offset === 1
          ? { vi: "tháng sau kỳ", en: "the month after the period" }
          : { vi: `tháng thứ ${12 + offset} của kỳ`, en: `month ${12 + offset} of the period` };
  const after = anchor ?? rule.startsOn;
  const upcoming = after === null ? null : Recurrence.next(rule, after, ctx.calendar, ctx.policy);
  const nextOccurrence =
    upcoming === null ? null : { label: upcoming.label, dueOn: upcoming.dueOn, cutOff: upcoming.cutOff };
  const nextVi = upcoming === null ? "" : ` → kỳ gần nhất: ${upcoming.derivation.vi}`;
  const nextEn = upcoming === null ? "" : ` → next: ${upcoming.derivation.en}`;
  return {
    dueOn: null,
    unrolledOn: null,
    rolledForward: false,
    nextOccurrence,
    warnings: [],
    derivation: {
      vi: `${rule.phrase ?? `báo cáo định kỳ ${vi}`} → nhiệm vụ định kỳ (${vi}): mỗi kỳ có hạn riêng, ${periods.vi}, hạn gửi ngày ${dueDay} của ${month.vi} (${rule.dueDay === null ? "Nghị định 09/2019/NĐ-CP, Điều 13" : "theo văn bản giao"})${nextVi}`,
      en: `recurring (${en}) → each period has its own deadline, ${periods.en}, due on day ${dueDay} of ${month.en} (${rule.dueDay === null ? "Decree 09/2019/NĐ-CP, art. 13" : "as the notice says"})${nextEn}`,
    },
  };
};

const noDate = (vi: string, en: string): ResolvedDeadline => ({
  dueOn: null,
  unrolledOn: null,
  rolledForward: false,
  warnings: [],
  derivation: { vi, en },
});

/**
 * Resolve a deadline rule to its due date.
 *
 * - `on-date`: the date (for “trước ngày”, read per `policy.readingOfTruoc`);
 * - `end-of-period`: the period's last day (art. 146 for đầu/giữa/cuối);
 * - `within`: counted from the day after the event (art. 147), months/years clamped (art. 148);
 * - then, when the last day is not worked and `policy.rollForward`, the next working day (art. 148(5)).
 * - `recurring`, `ongoing`, `urgent`, `follow-schedule`, `none`: `dueOn: null` with a derivation
 *   saying why (recurring duties get one due date per period: see `Recurrence.occurrences`).
 *
 * Fails with `InvalidDeadlineDate`, `MissingStartDate` (a “within” rule whose event has no date
 * and no anchor), `InvalidDeadlineRule` or `DeadlineOutOfRange`. Never throws.
 *
 * @example
 * DeadlineRule.resolve(
 *   { kind: "end-of-period", phrase: "trong tháng 01/2023", period: { unit: "month", year: 2023, month: 1 } },
 *   { anchor: "2023-01-18", calendar: WorkingCalendar.vietnam(), policy: PolicyPack.national },
 * ); // Success: dueOn "2023-01-31", vi "trong tháng 01/2023 → cuối tháng 01/2023 → 31/01/2023"
 */
export const resolve = (
  rule: DeadlineRule,
  ctx: ResolveContext,
): Result.Result<ResolvedDeadline, DeadlineError> => {
  const anchor = ctx.anchor;
  const anchorDay = anchor === null || anchor === undefined ? Number.NaN : parseDay(anchor);
  if (anchor !== null && anchor !== undefined && !Number.isFinite(anchorDay)) {
    return Result.fail(new InvalidDeadlineDate({ field: "anchor", value: show(anchor) }));
  }
  return dispatch(rule, ctx, anchorDay);
};

const dispatch = (
  rule: DeadlineRule,
  ctx: ResolveContext,
  anchorDay: DayNumber,
): Result.Result<ResolvedDeadline, DeadlineError> => {
  if (rule === null || typeof rule !== "object") {
    return Result.fail(
      new InvalidDeadlineRule({ kind: show(rule), reason: "loại thời hạn không được hỗ trợ" }),
    );
  }
  switch (rule.kind) {
    case "on-date":
      return onDate(rule, ctx, anchorDay);
    case "end-of-period":
      return endOfPeriod(rule, ctx, anchorDay);
    case "within":
      return within(rule, ctx, anchorDay);
    case "recurring": {
      // A dated result carries its warnings from landing; a recurring duty's come from its next occurrence.
      const r = recurring(rule, ctx, Number.isFinite(anchorDay) ? isoOf(anchorDay) : null);
      addWarnings(r, ctx.calendar, anchorDay);
      return Result.succeed(r);
    }
    case "ongoing":
      return Result.succeed(
        noDate(
          `${rule.phrase ?? "thường xuyên"} → nhiệm vụ thường xuyên, không có hạn hoàn thành cụ thể`,
          "ongoing → a standing duty with no completion date",
        ),
      );
    case "urgent":
      return Result.succeed(
        noDate(
          `${rule.phrase ?? "khẩn trương"} → yêu cầu khẩn trương nhưng không ghi ngày cụ thể: không có hạn để tính`,
          "urgent → urgent, but no date was given: there is no due date to compute",
        ),
      );
    case "follow-schedule":
      return Result.succeed(
        noDate(
          `${rule.phrase ?? "theo tiến độ"} → theo tiến độ của kế hoạch, dự án liên quan: không có hạn riêng`,
          "follows another schedule → no due date of its own",
        ),
      );
    case "none":
      return Result.succeed(noDate("không ghi thời hạn", "no deadline given"));
    default:
      return Result.fail(
        new InvalidDeadlineRule({
          kind: show((rule as { kind: unknown }).kind),
          reason: "loại thời hạn không được hỗ trợ",
        }),
      );
  }
};
