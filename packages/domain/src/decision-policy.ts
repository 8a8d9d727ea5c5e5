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
  /**
   * Whether an agency's report that a task is done waits for the office's acceptance
   * (`PolicyPack.completion.requiresAcceptance`); absent: no acceptance step.
   */
  readonly completion?: { readonly requiresAcceptance: boolean };
  /** Working days past the deadline after which a decision needs a reason (`null`: never). */
  readonly overdueReasonAfterWorkingDays?: number | null;
  /** Working days in `(from, to]` (negative when `to` is earlier). */
  readonly workingDaysBetween: (from: IsoDate, to: IsoDate) => number;
}

/** The decision policy of a policy pack on a working-day calendar. */
export const of = (pack: PolicyPack, calendar: WorkingCalendar.WorkingCalendar): DecisionPolicy => ({
  extension: pack.extension,
  completion: { requiresAcceptance: pack.completion.requiresAcceptance },
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

/**
 * Who reports a task done: the agency carrying it out (its officer, an agency-bound key), or the
 * office that follows it up (the issuer's secretariat, an administrator).
 */
export type Reporter = "agency" | "office";

/**
 * Whether a report that a task is done, made by `reporter`, waits for the office's acceptance
 * (báo cáo hoàn thành chờ xác nhận): only when the policy asks for acceptance, and only for the
 * agency — the office completing a task itself needs no one to accept it.
 */
export const needsAcceptance = (policy: DecisionPolicy | undefined, reporter: Reporter): boolean =>
  reporter === "agency" && policy?.completion?.requiresAcceptance === true;
