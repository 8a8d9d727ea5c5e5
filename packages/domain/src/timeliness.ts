/**
 * Timeliness — tình trạng thực hiện so với thời hạn, derived (never stored) from a task's
 * lifecycle, its current (latest approved) due date, its completion date, an instant passed in by
 * the caller, the working-day calendar and the policy pack. A due date ends at the end of its
 * local day (Civil Code 2015 art. 148(6)), or at its hour when the notice gives one (“trước 17 giờ
 * ngày …”), in Vietnam's time (Asia/Ho_Chi_Minh, UTC+7): done at 18:00 on the day of a 17:00
 * deadline is late. The values map onto the four categories of the Vietnamese follow-up reports:
 * hoàn thành đúng hạn / quá hạn, đang thực hiện trong hạn / quá hạn.
 */
import * as Data from "effect/Data";
import * as Result from "effect/Result";
import { z } from "zod";

import { between, type CalendarEngine } from "./calendar-engine.js";
import { parseDay } from "./day-number.js";
import type { DayNumber } from "./iso-date.js";
import type { PolicyPack } from "./policy-pack.js";
import type { TaskLifecycle } from "./task-lifecycle.js";

/**
 * The closed set of timeliness values:
 * - `draft`, `cancelled`, `paused`: the lifecycle says it all; not judged against a deadline;
 * - `no-deadline`: open, with no due date;
 * - a `submitted` task (done by the agency's report, not yet accepted by the office) is judged as
 *   an open one — `no-deadline`, `not-due`, `due-soon` or `overdue` — until the office accepts
 *   it: the office may still return it, and a report waiting past its due date is still a task
 *   not completed (chưa hoàn thành quá hạn). Once accepted it is done on the day the agency stated
 *   (see `completion-report.ts`), so the wait never makes on-time work late;
 * - `not-due`: open, more than `policy.dueSoonWorkingDays` working days left;
 * - `due-soon`: open, at most that many working days left (including the due day itself);
 * - `overdue`: open, the due day has passed;
 * - `done-on-time` / `done-late`: completed on/before or after the due date;
 * - `done`: completed, but there was no due date or no completion date to judge by.
 */
export const Timeliness = z.enum([
  "draft",
  "cancelled",
  "paused",
  "no-deadline",
  "not-due",
  "due-soon",
  "overdue",
  "done-on-time",
  "done-late",
  "done",
]);
export type Timeliness = z.infer<typeof Timeliness>;

/** What timeliness needs to know about a task. */
export interface TaskTimes {
  readonly lifecycle: TaskLifecycle;
  /** The current deadline: the latest approved one (after extensions), already rolled forward. */
  readonly dueOn: string | null;
  readonly completedOn: string | null;
  /** The hour the due day ends at, `HH:mm` in Vietnam's time; absent or `null`: the end of the day. */
  readonly dueTime?: string | null;
  /**
   * The instant the task was completed, ISO 8601 with its offset (`2025-03-20T18:00:00+07:00`,
   * `…Z`): judged against `dueTime` to the minute. Absent: `completedOn` is judged by the day.
   */
  readonly completedAt?: string | null;
}

/** A malformed input to {@link of}: which field, and the value given. */
export class InvalidTimelinessInput extends Data.TaggedError("InvalidTimelinessInput")<{
  /** `when`, `task.lifecycle`, `task.dueOn`, `task.completedOn`, `task.dueTime`, `task.completedAt`, `policy.dueSoonWorkingDays`. */
  readonly field: string;
  readonly value: string;
}> {
  override get message(): string {
    const expected =
      this.field === "task.dueTime"
        ? "một giờ dạng HH:mm, ví dụ 17:00"
        : this.field === "task.completedAt"
          ? "một thời điểm ISO 8601 có múi giờ, ví dụ 2025-03-20T18:00:00+07:00"
          : this.field === "task.lifecycle"
            ? "một trong draft, open, submitted, done, paused, cancelled"
            : this.field === "policy.dueSoonWorkingDays"
              ? "một số nguyên không âm"
              : "một ngày có thật dạng YYYY-MM-DD, ví dụ 2024-01-08 (không phải một thời điểm có giờ)";
    return `Giá trị “${this.value}” của ${this.field} không hợp lệ: cần ${expected}.`;
  }
}

const MINUTES_PER_DAY = 1440;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const INSTANT =
  /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Minutes since 1970-01-01 00:00 in Vietnam's time of a `HH:mm` on day `day`, or `NaN`. */
const minuteOf = (day: DayNumber, time: string | null | undefined): number => {
  if (time === null || time === undefined) return day * MINUTES_PER_DAY + MINUTES_PER_DAY - 1;
  const m = TIME.exec(time);
  return m === null ? Number.NaN : day * MINUTES_PER_DAY + Number(m[1]) * 60 + Number(m[2]);
};

/** Minutes since 1970-01-01 00:00 in Vietnam's time of an ISO instant with offset, or `NaN`. */
const instantMinute = (instant: string): number => {
  if (
    typeof instant !== "string" ||
    !INSTANT.test(instant) ||
    !Number.isFinite(parseDay(instant.slice(0, 10)))
  )
    return Number.NaN;
  const ms = Date.parse(instant);
  return Number.isFinite(ms) ? Math.floor((ms + VIETNAM_OFFSET_MS) / 60_000) : Number.NaN;
};

/** A judge for one instant: precomputes the instant once, then classifies tasks in O(1). */
export type Judge = (task: TaskTimes) => Timeliness;

const judgeOpen = (cal: CalendarEngine, at: DayNumber, due: DayNumber, soon: number): Timeliness => {
  if (at > due) return "overdue";
  // Calendar days bound working days from above: a short gap needs no calendar lookup.
  if (due - at <= soon) return "due-soon";
  return between(cal, at, due) <= soon ? "due-soon" : "not-due";
};

const classify = (task: TaskTimes, now: DayNumber, calendar: CalendarEngine, soon: number): Timeliness => {
  switch (task.lifecycle) {
    case "done": {
      const due = parseDay(task.dueOn);
      if (!Number.isFinite(due)) return "done";
      const at = task.completedAt;
      if (typeof at === "string") {
        // To the minute, in Vietnam's time: done at 18:00 on a 17:00 deadline is late.
        const doneAt = instantMinute(at);
        const dueAt = minuteOf(due, task.dueTime);
        if (Number.isFinite(doneAt) && Number.isFinite(dueAt))
          return doneAt <= dueAt ? "done-on-time" : "done-late";
      }
      const completed = parseDay(task.completedOn);
      // No completion date: there is nothing to judge by, whatever the instant.
      if (!Number.isFinite(completed)) return "done";
      return completed <= due ? "done-on-time" : "done-late";
    }
    case "open":
    case "submitted": {
      const due = parseDay(task.dueOn);
      if (!Number.isFinite(due)) return "no-deadline";
      return Number.isFinite(now) ? judgeOpen(calendar, now, due, soon) : "not-due";
    }
    case "paused":
      return "paused";
    case "cancelled":
      return "cancelled";
    default:
      // `draft`, or a lifecycle value this version does not know: not yet a task to judge.
      return "draft";
  }
};

const LIFECYCLES: ReadonlySet<string> = new Set([
  "draft",
  "open",
  "submitted",
  "done",
  "paused",
  "cancelled",
]);

const isDateOrNull = (v: unknown): boolean => v === null || v === undefined || Number.isFinite(parseDay(v));

/** A value as text for an error message; never throws (an object without `toString`, a symbol…). */
const shown = (value: unknown): string => {
  try {
    return typeof value === "symbol" ? value.toString() : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
};

/** The first malformed field of a timeliness question, or `null` when all are well formed. */
const invalidField = (task: TaskTimes, when: unknown, policy: PolicyPack): InvalidTimelinessInput | null => {
  const bad = (field: string, value: unknown) => new InvalidTimelinessInput({ field, value: shown(value) });
  if (!Number.isFinite(parseDay(when))) return bad("when", when);
  if (task === null || typeof task !== "object") return bad("task", task);
  if (!LIFECYCLES.has(task.lifecycle)) return bad("task.lifecycle", task.lifecycle);
  if (!isDateOrNull(task.dueOn)) return bad("task.dueOn", task.dueOn);
  if (!isDateOrNull(task.completedOn)) return bad("task.completedOn", task.completedOn);
  const time = task.dueTime;
  if (time !== null && time !== undefined && (typeof time !== "string" || !TIME.test(time)))
    return bad("task.dueTime", time);
  const at = task.completedAt;
  if (at !== null && at !== undefined && (typeof at !== "string" || !Number.isFinite(instantMinute(at))))
    return bad("task.completedAt", at);
  const d = policy?.dueSoonWorkingDays;
  if (!(typeof d === "number" && Number.isInteger(d) && d >= 0)) return bad("policy.dueSoonWorkingDays", d);
  return null;
};

const soonOf = (policy: PolicyPack): number => {
  const d = policy.dueSoonWorkingDays;
  return Number.isFinite(d) && d > 0 ? d : 0;
};

/**
 * A timeliness function for instant `when` (a local date), for classifying many tasks at once:
 * the instant and policy are read once. An invalid instant never makes a task overdue or due soon
 * (open tasks with a deadline are `not-due`).
 */
export const at = (when: string, calendar: CalendarEngine, policy: PolicyPack): Judge => {
  const now = parseDay(when);
  const soon = soonOf(policy);
  return (task) => classify(task, now, calendar, soon);
};

/**
 * The timeliness of a task on day `when` (a local date, `YYYY-MM-DD`). Every input is checked:
 * an ISO instant where a date is expected (`2024-01-09T10:00:00Z`), a date that does not exist, an
 * unknown lifecycle, a malformed `dueTime` or `completedAt` fail with
 * {@link InvalidTimelinessInput} naming the field, never a silent “not due”.
 *
 * @example
 * Timeliness.of({ lifecycle: "open", dueOn: "2024-01-08", completedOn: null }, "2024-01-09", cal, PolicyPack.national);
 * // Success: "overdue"
 */
export const of = (
  task: TaskTimes,
  when: string,
  calendar: CalendarEngine,
  policy: PolicyPack,
): Result.Result<Timeliness, InvalidTimelinessInput> => {
  const invalid = invalidField(task, when, policy);
  if (invalid !== null) return Result.fail(invalid);
  return Result.succeed(classify(task, parseDay(when), calendar, soonOf(policy)));
};

/** The report categories of the Vietnamese follow-up reports. */
export const ReportCategory = z.enum([
  "hoan-thanh-dung-han",
  "hoan-thanh-qua-han",
  "dang-thuc-hien-trong-han",
  "dang-thuc-hien-qua-han",
]);
export type ReportCategory = z.infer<typeof ReportCategory>;

const CATEGORY: Record<Timeliness, ReportCategory | null> = {
  draft: null,
  cancelled: null,
  paused: null,
  "no-deadline": "dang-thuc-hien-trong-han",
  "not-due": "dang-thuc-hien-trong-han",
  "due-soon": "dang-thuc-hien-trong-han",
  overdue: "dang-thuc-hien-qua-han",
  "done-on-time": "hoan-thanh-dung-han",
  "done-late": "hoan-thanh-qua-han",
  // A task with no deadline cannot be late.
  done: "hoan-thanh-dung-han",
};

/**
 * The report category a timeliness value is counted in; `null` for drafts, cancelled and paused
 * tasks (whether a report counts paused tasks is the policy's `reports.includePaused`).
 */
export const reportCategory = (t: Timeliness): ReportCategory | null => CATEGORY[t] ?? null;

const LABEL: Record<Timeliness, { vi: string; en: string }> = {
  draft: { vi: "Dự thảo", en: "Draft" },
  cancelled: { vi: "Đã hủy", en: "Cancelled" },
  paused: { vi: "Tạm dừng", en: "Paused" },
  "no-deadline": { vi: "Không có thời hạn", en: "No deadline" },
  "not-due": { vi: "Trong hạn", en: "Not due" },
  "due-soon": { vi: "Sắp đến hạn", en: "Due soon" },
  overdue: { vi: "Quá hạn", en: "Overdue" },
  "done-on-time": { vi: "Hoàn thành đúng hạn", en: "Done on time" },
  "done-late": { vi: "Hoàn thành quá hạn", en: "Done late" },
  done: { vi: "Đã hoàn thành", en: "Done" },
};

/** Vietnamese and English labels of a timeliness value. */
export const label = (t: Timeliness): { vi: string; en: string } => LABEL[t] ?? LABEL.draft;

const CATEGORY_LABEL: Record<ReportCategory, { vi: string; en: string }> = {
  "hoan-thanh-dung-han": { vi: "Hoàn thành đúng hạn", en: "Completed on time" },
  "hoan-thanh-qua-han": { vi: "Hoàn thành quá hạn", en: "Completed late" },
  "dang-thuc-hien-trong-han": { vi: "Đang thực hiện trong hạn", en: "In progress, within the deadline" },
  "dang-thuc-hien-qua-han": { vi: "Đang thực hiện quá hạn", en: "In progress, overdue" },
};

/** Vietnamese and English labels of a report category. */
export const categoryLabel = (c: ReportCategory): { vi: string; en: string } =>
  CATEGORY_LABEL[c] ?? CATEGORY_LABEL["dang-thuc-hien-trong-han"];
