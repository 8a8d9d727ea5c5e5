/**
 * DecisionPolicy — the rules of the policy pack in force that judge a decision on a task
 * (extension requests and decisions, completion), bound to a working-day calendar. The
 * transitions in `extension.ts` and `task.ts` take it; built once per request with {@link of}.
 */

import type { IsoDate } from "./iso-date.js";
import type { PolicyPack } from "./policy-pack.js";
import * as WorkingCalendar from "./working-calendar.js";

/** The pack's decision rules plus a working-day count. */
export interface DecisionPolicy {
  readonly extension: {
    readonly minWorkingDaysBeforeDeadline: number;
    /** `null`: no limit. */
    readonly maxExtensions: number | null;
  };
  /** Working days past the deadline after which a decision needs a reason (`null`: never). */
  readonly overdueReasonAfterWorkingDays?: number | null;
  /** Working days in `(from, to]` (negative when `to` is earlier). */
  readonly workingDaysBetween: (from: IsoDate, to: IsoDate) => number;
}

/** The decision policy of a policy pack on a working-day calendar. */
export const of = (pack: PolicyPack, calendar: WorkingCalendar.WorkingCalendar): DecisionPolicy => ({
  extension: pack.extension,
  overdueReasonAfterWorkingDays: pack.overdue.reasonAfterWorkingDays,
  workingDaysBetween: (from, to) => WorkingCalendar.workingDaysBetween(calendar, from, to),
});

/**
 * Working days a decision taken on `on` comes after the deadline `dueOn` when that is more than
 * the policy allows without a reason; `null` otherwise (no deadline, not overdue, or no limit).
 */
export const overdueBeyondLimit = (
  policy: DecisionPolicy | undefined,
  dueOn: IsoDate | null,
  on: IsoDate,
): number | null => {
  const limit = policy?.overdueReasonAfterWorkingDays ?? null;
  if (policy === undefined || limit === null || dueOn === null || !(on > dueOn)) return null;
  const late = policy.workingDaysBetween(dueOn, on);
  return late > limit ? late : null;
};
