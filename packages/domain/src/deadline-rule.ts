/**
 * DeadlineRule — thời hạn. Every deadline phrase of a notice maps to exactly one rule that keeps the
 * verbatim phrase and says how to compute the due date from the notice date, the working-day
 * calendar and the policy pack in force (Civil Code 2015 art. 144–148; Decree 09/2019/NĐ-CP for
 * recurring reports).
 */
import { z } from "zod";

import { DeadlineWarning } from "./deadline-warning.js";
import { Derivation } from "./derivation.js";
import { Frequency } from "./frequency.js";
import { IsoDate } from "./iso-date.js";

/** A time of day, `HH:mm`, in Vietnam's time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving). */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Giờ phải có dạng HH:mm, ví dụ 14:00");
export type TimeOfDay = z.infer<typeof TimeOfDay>;

/** The kinds of deadline the parse contract names (`deadline.kind`). */
export const DeadlineKind = z.enum([
  "on-date",
  "end-of-period",
  "within",
  "recurring",
  "ongoing",
  "urgent",
  "follow-schedule",
  "none",
]);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

const phrase = z.string().nullable().describe("Cụm từ thời hạn đúng như trong văn bản");

/**
 * How “trước ngày X” is read. `by`: X itself is the last day (“chậm nhất ngày X”, and how many
 * offices read “trước”); `day-before`: the strict reading, the last day is X − 1.
 */
export const OnDateReading = z.enum(["by", "before"]);
export type OnDateReading = z.infer<typeof OnDateReading>;

/** “chậm nhất ngày 08/01/2024”, “trước ngày 15/3/2024”, “hoàn thành ngày …”. */
export const OnDate = z.object({
  kind: z.literal("on-date"),
  phrase,
  date: IsoDate,
  /** `by` for “chậm nhất/trong ngày/ngày”; `before` for “trước ngày” (read per the policy pack). */
  reading: OnDateReading,
  /**
   * A time of day written with the date, `HH:mm` (“trước 14 giờ, ngày 05/12/2017” → `14:00`): the
   * deadline is that hour of that very day, whatever the policy's reading of “trước”.
   */
  time: TimeOfDay.nullable().optional(),
});
export type OnDate = z.infer<typeof OnDate>;

/** A calendar period whose end is the deadline (Civil Code 2015 art. 146 for đầu/giữa/cuối). */
export const Period = z.discriminatedUnion("unit", [
  z.object({ unit: z.literal("month"), year: z.number().int(), month: z.number().int().min(1).max(12) }),
  z.object({ unit: z.literal("quarter"), year: z.number().int(), quarter: z.number().int().min(1).max(4) }),
  z.object({ unit: z.literal("half"), year: z.number().int(), half: z.union([z.literal(1), z.literal(2)]) }),
  z.object({ unit: z.literal("nine-months"), year: z.number().int() }),
  z.object({ unit: z.literal("year"), year: z.number().int() }),
  /** đầu tháng = day 1, giữa tháng = day 15, cuối tháng = last day (art. 146.2). */
  z.object({
    unit: z.literal("part-of-month"),
    year: z.number().int(),
    month: z.number().int().min(1).max(12),
    part: z.enum(["early", "mid", "late"]),
  }),
  /** đầu năm = 01/01, giữa năm = 30/06, cuối năm = 31/12 (art. 146.3). */
  z.object({
    unit: z.literal("part-of-year"),
    year: z.number().int(),
    part: z.enum(["early", "mid", "late"]),
  }),
  /** nửa đầu tháng = days 1–15, nửa cuối tháng = days 16 to the last (“nửa đầu tháng 8/2025” → 15/8). */
  z.object({
    unit: z.literal("half-of-month"),
    year: z.number().int(),
    month: z.number().int().min(1).max(12),
    half: z.union([z.literal(1), z.literal(2)]),
  }),
  /**
   * đầu quý = its first day, giữa quý = the 15th of its middle month, cuối quý = its last day:
   * art. 146 read for a quarter the way it reads a month and a year.
   */
  z.object({
    unit: z.literal("part-of-quarter"),
    year: z.number().int(),
    quarter: z.number().int().min(1).max(4),
    part: z.enum(["early", "mid", "late"]),
  }),
  /** “giai đoạn 2025 – 2026”, “năm 2025 – 2026”: a range of years ends with its last year. */
  z.object({ unit: z.literal("years"), from: z.number().int(), to: z.number().int() }),
]);
export type Period = z.infer<typeof Period>;

/** “trong tháng 01/2023”, “trong quý II/2024”, “6 tháng đầu năm”, “cuối tháng 3”. */
export const EndOfPeriod = z.object({ kind: z.literal("end-of-period"), phrase, period: Period });
export type EndOfPeriod = z.infer<typeof EndOfPeriod>;

export const DurationUnit = z.enum(["days", "working-days", "weeks", "months", "years"]);
export type DurationUnit = z.infer<typeof DurationUnit>;

/** The event a “within N …” deadline counts from; its day is not counted (art. 147). */
export const StartEvent = z.object({
  event: z.enum(["notice-issued", "received", "meeting", "other"]),
  /** The event as written (“kể từ ngày nhận được văn bản”), when the notice names it. */
  label: z.string().nullable(),
  /** The day of the event when known; `null` means: use the resolution context's anchor. */
  on: IsoDate.nullable(),
});
export type StartEvent = z.infer<typeof StartEvent>;

/** “trong vòng 10 ngày làm việc kể từ ngày …”, “trong 02 tuần”. */
export const Within = z.object({
  kind: z.literal("within"),
  phrase,
  amount: z.number().int().positive(),
  unit: DurationUnit,
  from: StartEvent,
});
export type Within = z.infer<typeof Within>;

/** “báo cáo định kỳ hàng tháng”, “định kỳ theo quý, 06 tháng và năm”: one occurrence per period. */
export const Recurring = z.object({
  kind: z.literal("recurring"),
  phrase,
  frequencies: z.array(Frequency).min(1),
  /** `decree-09`: data cut-off 15th → 14th (art. 12); `calendar`: whole calendar periods. */
  periods: z.enum(["decree-09", "calendar"]),
  /** Day of the period's last month the report is due; `null` = the policy pack's default. */
  dueDay: z.number().int().min(1).max(31).nullable(),
  /** First day the duty applies (usually the notice date). */
  startsOn: IsoDate.nullable(),
  /**
   * Which month `dueDay` lies in, counted from the period's last month: `0` = the last month
   * (“trước ngày 15 của tháng cuối quý”, “trước ngày 25/12 hằng năm”), `1` = the month after,
   * `-9` = March of a calendar year. Absent: the last month when `dueDay` falls after the data
   * cut-off, else the month after (Decree 09/2019/NĐ-CP art. 8(5)(b)).
   */
  dueMonthOffset: z.number().int().min(-11).max(12).optional(),
  /** `before` for “trước ngày 15 …”: read per the policy's `readingOfTruoc`, like an on-date rule. */
  reading: OnDateReading.optional(),
});
export type Recurring = z.infer<typeof Recurring>;

/** “thường xuyên”: a standing duty with no due date. */
export const Ongoing = z.object({ kind: z.literal("ongoing"), phrase });
/** “khẩn trương”, “ngay”: urgent, but no date was given. */
export const Urgent = z.object({ kind: z.literal("urgent"), phrase });
/** “đúng tiến độ”, “theo kế hoạch”: follows another schedule. */
export const FollowSchedule = z.object({ kind: z.literal("follow-schedule"), phrase });
/** No deadline phrase at all. */
export const NoDeadline = z.object({ kind: z.literal("none"), phrase: z.null() });

/** A deadline rule: one of the kinds above. */
export const DeadlineRule = z.discriminatedUnion("kind", [
  OnDate,
  EndOfPeriod,
  Within,
  Recurring,
  Ongoing,
  Urgent,
  FollowSchedule,
  NoDeadline,
]);
export type DeadlineRule = z.infer<typeof DeadlineRule>;

export { Derivation } from "./derivation.js";
export { Frequency } from "./frequency.js";

/**
 * A resolved deadline. `dueOn` is the date after the policy's roll-forward, `unrolledOn` the last
 * day of the period before it; both are `null` for kinds without a single date (recurring,
 * ongoing, urgent, follow-schedule, none), whose derivation says why.
 */
export const ResolvedDeadline = z.object({
  dueOn: IsoDate.nullable().describe("Hạn (sau khi chuyển sang ngày làm việc tiếp theo, nếu có)"),
  unrolledOn: IsoDate.nullable().describe("Ngày cuối cùng của thời hạn trước khi chuyển"),
  rolledForward: z.boolean().describe("Hạn rơi vào ngày nghỉ và đã chuyển sang ngày làm việc tiếp theo"),
  /**
   * “trước ngày X” whose day before is a day off: moved back to the last working day before X
   * (never onto or past X). Absent means `false`.
   */
  rolledBack: z
    .boolean()
    .optional()
    .describe("Hạn “trước ngày X” rơi vào ngày nghỉ và đã lùi về ngày làm việc liền trước"),
  /** The hour of the due day (“trước 17 giờ ngày 20/3/2025” → `17:00`), Asia/Ho_Chi_Minh; absent or `null`: the end of the day. */
  time: TimeOfDay.nullable().optional().describe("Giờ hết hạn trong ngày (giờ Việt Nam), nếu văn bản ghi"),
  /** What the clerk should check (a due date before the notice, a provisional calendar, …). */
  warnings: z.array(DeadlineWarning).optional(),
  /** For a recurring duty: its first occurrence due on or after the anchor. */
  nextOccurrence: z
    .object({ label: z.string(), dueOn: IsoDate, cutOff: IsoDate })
    .nullable()
    .optional()
    .describe("Kỳ báo cáo gần nhất đến hạn kể từ ngày mốc (nhiệm vụ định kỳ)"),
  derivation: Derivation,
});
export type ResolvedDeadline = z.infer<typeof ResolvedDeadline>;

export {
  type DeadlineError,
  DeadlineOutOfRange,
  InvalidDeadlineDate,
  InvalidDeadlineRule,
  MissingStartDate,
} from "./deadline-error.js";
export { type ResolveContext, resolve } from "./deadline-resolve.js";
export {
  DeadlineWarning,
  DeadlineWarningCode,
  FAR_FUTURE_YEARS,
} from "./deadline-warning.js";
