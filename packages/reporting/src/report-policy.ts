/**
 * ReportPolicy — the part of a Quy chế (the domain's `PolicyPack`) that changes what reports
 * count: which denominator the completion rate uses, whether paused tasks and tasks without a
 * deadline are counted, the day periodic reports are due and how periods are cut. A domain
 * `PolicyPack` satisfies this interface as it is.
 */
import type { PeriodMode } from "./report-period.js";

export interface ReportPolicy {
  readonly reports: {
    /** `tasks-due`: done ÷ (done + overdue), as the Government Office reports; `all-tasks`: done ÷ all. */
    readonly completionRate: "tasks-due" | "all-tasks";
    /** Count paused tasks (tạm dừng) in the totals. */
    readonly includePaused: boolean;
    /** Count tasks without a deadline in the totals. */
    readonly includeNoDeadline: boolean;
  };
  /** Day of the period's last month a periodic report is due (Decree 09/2019 art. 13.1: 25). */
  readonly recurringReportDueDay: number;
  /** How reporting periods are cut. */
  readonly reportingPeriods: PeriodMode;
}

/** The national defaults (QĐ 42/2014/QĐ-TTg as amended; Decree 09/2019/NĐ-CP art. 12–13). */
export const national: ReportPolicy = {
  reports: { completionRate: "tasks-due", includePaused: false, includeNoDeadline: true },
  recurringReportDueDay: 25,
  reportingPeriods: "decree-09",
};
