/**
 * PolicyPack — the rules of a *Quy chế theo dõi, đôn đốc, kiểm tra việc thực hiện nhiệm vụ* as
 * versioned data. The national pack follows Quyết định 42/2014/QĐ-TTg as amended by Quyết định
 * 23/2018/QĐ-TTg; a province or agency clones it, changes what its own quy chế says and gives the
 * new version an effective date. Every resolver and derivation takes the pack in force.
 */
import * as Data from "effect/Data";
import * as Result from "effect/Result";
import { z } from "zod";

import { type CalendarEngine, workingDayAfter, workingDayBefore } from "./calendar-engine.js";
import { isoOf, parseDay, viOf } from "./day-number.js";
import { IsoDate } from "./iso-date.js";

/** How “trước ngày X” is read: `by` — X itself is the last day; `day-before` — X − 1 is. */
export const ReadingOfTruoc = z.enum(["by", "day-before"]);
export type ReadingOfTruoc = z.infer<typeof ReadingOfTruoc>;

/**
 * Extension requests (đề nghị gia hạn / điều chỉnh thời hạn). The national texts found set no cap
 * and no lead time: each extension is decided in writing by the assigning leader, and requests
 * after the deadline are allowed but flagged late (research: QĐ 42/2014, VPCP practice). A local
 * Quy chế may set both.
 */
export const ExtensionRules = z.object({
  /**
   * A request must reach the issuer at least this many working days before the deadline; `0`:
   * any time, even after the deadline (the request is then flagged late).
   */
  minWorkingDaysBeforeDeadline: z.number().int().nonnegative().default(0),
  /** How many extensions one task may be granted; `null`: no limit. */
  maxExtensions: z.number().int().nonnegative().nullable().default(null),
});
export type ExtensionRules = z.infer<typeof ExtensionRules>;

/**
 * Completion (báo cáo hoàn thành). `requiresAcceptance`: an officer's “done” waits for the
 * secretariat's acceptance (no national text asks for it).
 */
export const CompletionRules = z.object({
  requiresAcceptance: z.boolean().default(false),
});
export type CompletionRules = z.infer<typeof CompletionRules>;

/**
 * Decisions on long-overdue tasks: an extension granted, or a completion recorded, more than this
 * many working days after the deadline in force needs an explicit reason that the audit keeps
 * (`null`: never asked). A product rule, not a legal one: it stops a silent clean-up of old tasks.
 */
export const OverdueRules = z.object({
  reasonAfterWorkingDays: z.number().int().positive().nullable().default(20),
});
export type OverdueRules = z.infer<typeof OverdueRules>;

/** When reminders (nhắc việc, đôn đốc) go out. */
export const ReminderCadence = z.object({
  /** Working days before the deadline on which a reminder is sent, e.g. `[5, 1]`. */
  workingDaysBefore: z.array(z.number().int().positive()).default([3, 1]),
  /** Remind on the due date itself. */
  onTheDay: z.boolean().default(true),
  /** Once overdue, remind every N working days (`null`: no repeated reminders). */
  everyWorkingDaysAfter: z.number().int().positive().nullable().default(5),
});
export type ReminderCadence = z.infer<typeof ReminderCadence>;

/**
 * Which tasks reports count. `tasks-due`: the completion rate is completed tasks over the tasks
 * whose deadline has arrived (how the Government Office reports, e.g. “2.501/2.723 nhiệm vụ đến
 * hạn”); `all-tasks`: over every task in the period.
 */
export const ReportDenominators = z.object({
  completionRate: z.enum(["tasks-due", "all-tasks"]).default("tasks-due"),
  /** Count paused tasks (tạm dừng) in the totals. */
  includePaused: z.boolean().default(false),
  /** Count tasks without a deadline in the totals. */
  includeNoDeadline: z.boolean().default(true),
});
export type ReportDenominators = z.infer<typeof ReportDenominators>;

/** A versioned policy pack. */
export const PolicyPack = z.object({
  id: z.string().min(1).describe("Mã quy chế, ví dụ “national” hoặc “ba-ria-vung-tau”"),
  name: z.string().min(1),
  basedOn: z.string().describe("Văn bản làm căn cứ"),
  version: z.number().int().positive(),
  effectiveFrom: IsoDate,
  readingOfTruoc: ReadingOfTruoc.default("day-before"),
  /** Move a deadline that falls on a day off to the next working day (Civil Code 2015 art. 148(5)). */
  rollForward: z.boolean().default(true),
  /** An open task is “sắp đến hạn” when at most this many working days remain. */
  dueSoonWorkingDays: z.number().int().nonnegative().default(3),
  extension: ExtensionRules.default({ minWorkingDaysBeforeDeadline: 0, maxExtensions: null }),
  completion: CompletionRules.default({ requiresAcceptance: false }),
  overdue: OverdueRules.default({ reasonAfterWorkingDays: 20 }),
  reminders: ReminderCadence.default({ workingDaysBefore: [3, 1], onTheDay: true, everyWorkingDaysAfter: 5 }),
  reports: ReportDenominators.default({
    completionRate: "tasks-due",
    includePaused: false,
    includeNoDeadline: true,
  }),
  /**
   * Day of the period's last month a periodic report is due: Decree 09/2019/NĐ-CP art. 13(1),
   * “chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo”.
   */
  recurringReportDueDay: z.number().int().min(1).max(31).default(25),
  /**
   * `decree-09`: data cut-off on the 14th (Decree 09/2019 art. 12); `calendar`: whole months. The
   * default for new recurring rules: a rule's own `periods` wins.
   */
  reportingPeriods: z.enum(["decree-09", "calendar"]).default("decree-09"),
});
export type PolicyPack = z.infer<typeof PolicyPack>;
export type PolicyPackInput = z.input<typeof PolicyPack>;

/**
 * The national pack: QĐ 42/2014/QĐ-TTg as amended by QĐ 23/2018/QĐ-TTg (in force from
 * 01/07/2018), Civil Code 2015 for periods, Decree 09/2019/NĐ-CP for periodic reports.
 */
export const national: PolicyPack = PolicyPack.parse({
  id: "national",
  name: "Quy chế theo dõi, đôn đốc, kiểm tra việc thực hiện nhiệm vụ (mẫu quốc gia)",
  basedOn:
    "QĐ 42/2014/QĐ-TTg, sửa đổi bởi QĐ 23/2018/QĐ-TTg; BLDS 2015 (Điều 144–148); Nghị định 09/2019/NĐ-CP (Điều 12, 13)",
  version: 1,
  effectiveFrom: "2018-07-01",
});

/**
 * An example of a province's Quy chế (the values a local quy chế typically sets): one extension
 * per task, asked at least 5 working days before the deadline, and completion accepted by the
 * office. Derive your own from {@link national}; this one shows the knobs.
 */
export const provinceExample: PolicyPack = PolicyPack.parse({
  id: "province-example",
  name: "Quy chế theo dõi, đôn đốc (ví dụ cấp tỉnh)",
  basedOn: "Ví dụ: Quy chế của UBND tỉnh ban hành theo QĐ 42/2014/QĐ-TTg",
  version: 1,
  effectiveFrom: "2018-07-01",
  extension: { minWorkingDaysBeforeDeadline: 5, maxExtensions: 1 },
  completion: { requiresAcceptance: true },
});

/** No version of a policy pack was in force on the day asked. */
export class NoPolicyInForce extends Data.TaggedError("NoPolicyInForce")<{
  readonly on: string;
  readonly ids: ReadonlyArray<string>;
}> {
  override get message(): string {
    return this.ids.length === 0
      ? "Chưa có quy chế theo dõi, đôn đốc nào được cấu hình."
      : `Không có phiên bản quy chế (${this.ids.join(", ")}) nào có hiệu lực vào ngày ${this.on}: hãy kiểm tra ngày hiệu lực.`;
  }
}

/**
 * The version in force on `on`: the latest `effectiveFrom` not after `on` (the higher `version`
 * breaks ties). Fails with {@link NoPolicyInForce} when none has started yet (or `on` is not a date).
 */
export const inForce = (
  packs: ReadonlyArray<PolicyPack>,
  on: IsoDate,
): Result.Result<PolicyPack, NoPolicyInForce> => {
  const day = parseDay(on);
  let best: PolicyPack | undefined;
  let bestDay = Number.NEGATIVE_INFINITY;
  for (const pack of packs) {
    const from = parseDay(pack.effectiveFrom);
    if (!(from <= day)) continue;
    if (from > bestDay || (from === bestDay && best !== undefined && pack.version > best.version)) {
      best = pack;
      bestDay = from;
    }
  }
  return best === undefined
    ? Result.fail(new NoPolicyInForce({ on, ids: [...new Set(packs.map((p) => p.id))] }))
    : Result.succeed(best);
};

/** A policy pack that failed validation. */
export class InvalidPolicyPack extends Data.TaggedError("InvalidPolicyPack")<{
  readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }>;
}> {
  override get message(): string {
    return `Quy chế không hợp lệ: ${this.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`;
  }
}

/**
 * A local pack cloned from `base` with the given differences, as a new version effective from
 * `effectiveFrom`. The result is validated; invalid overrides fail with a zod error list.
 */
export const derive = (
  base: PolicyPack,
  changes: Partial<PolicyPackInput> & { effectiveFrom: IsoDate },
): Result.Result<PolicyPack, InvalidPolicyPack> => {
  const parsed = PolicyPack.safeParse({ ...base, version: base.version + 1, ...changes });
  return parsed.success
    ? Result.succeed(parsed.data)
    : Result.fail(
        new InvalidPolicyPack({
          issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
        }),
      );
};

/** One reminder (nhắc việc / đôn đốc) of a task. */
export const Reminder = z.object({
  on: IsoDate,
  kind: z.enum(["before", "on-the-day", "overdue"]),
  /** Working days from the reminder to the due date: positive before it, negative once overdue. */
  workingDaysToDue: z.number().int(),
  /** What the reminder says, in Vietnamese and English. */
  text: z.object({ vi: z.string(), en: z.string() }),
});
export type Reminder = z.infer<typeof Reminder>;

/** Overdue reminders listed when no end date is given. */
export const DEFAULT_OVERDUE_REMINDERS = 10;

/**
 * The reminders the pack's cadence gives a task due on `dueOn`: some working days before, on the
 * day, then every N working days once overdue — up to `until` (inclusive) or, without it,
 * {@link DEFAULT_OVERDUE_REMINDERS} overdue reminders. In date order; `[]` for an invalid date.
 */
export const remindersFor = (
  pack: PolicyPack,
  dueOn: IsoDate,
  calendar: CalendarEngine,
  until: IsoDate | null = null,
): Reminder[] => {
  const due = parseDay(dueOn);
  if (!Number.isFinite(due)) return [];
  const dueVi = viOf(due);
  const end = until === null ? Number.POSITIVE_INFINITY : parseDay(until);
  const out: Reminder[] = [];
  const before = [...new Set(pack.reminders.workingDaysBefore)].filter((k) => k > 0).sort((a, b) => b - a);
  for (const k of before) {
    const day = workingDayBefore(calendar, due, k);
    if (!Number.isFinite(day) || !(day <= end)) continue;
    out.push({
      on: isoOf(day),
      kind: "before",
      workingDaysToDue: k,
      text: {
        vi: `Còn ${k} ngày làm việc đến hạn ${dueVi}`,
        en: `${k} working day${k === 1 ? "" : "s"} left until the deadline ${dueVi}`,
      },
    });
  }
  if (pack.reminders.onTheDay && due <= end) {
    out.push({
      on: isoOf(due),
      kind: "on-the-day",
      workingDaysToDue: 0,
      text: { vi: `Hôm nay (${dueVi}) là hạn hoàn thành`, en: `The deadline is today (${dueVi})` },
    });
  }
  const every = pack.reminders.everyWorkingDaysAfter;
  if (every !== null && every > 0) {
    for (let j = 1; until !== null || j <= DEFAULT_OVERDUE_REMINDERS; j++) {
      const day = workingDayAfter(calendar, due, every * j);
      if (!Number.isFinite(day) || day > end) break;
      const late = every * j;
      out.push({
        on: isoOf(day),
        kind: "overdue",
        workingDaysToDue: -late,
        text: {
          vi: `Đã quá hạn ${dueVi} ${late} ngày làm việc`,
          en: `${late} working days past the deadline ${dueVi}`,
        },
      });
    }
  }
  return out.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
};
