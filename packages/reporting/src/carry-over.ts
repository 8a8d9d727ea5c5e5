/**
 * CarryOver — tasks of earlier notices still open at an instant (nhiệm vụ chuyển tiếp), as a new
 * notice of conclusions lists them (12/TB-UBND re-listing the unfinished work of 923/TB-UBND), with
 * the later tasks that took them over.
 */
import type { IsoDate } from "@dondoc/domain";

import * as PeriodicReport from "./periodic-report.js";
import type { ReportData, ReportNotice } from "./report-data.js";
import * as ReportScope from "./report-scope.js";
import * as TaskStatus from "./task-status.js";
import type * as WorkingDays from "./working-days.js";

export interface CarriedTask {
  readonly task: PeriodicReport.TaskLine;
  /** Later tasks that carry this one over (by task link, or by notice link without a task). */
  readonly carriedInto: readonly { readonly taskId: string; readonly noticeCode: string }[];
}

export interface CarryOverGroup {
  readonly notice: ReportNotice;
  readonly open: readonly CarriedTask[];
}

export interface CarryOver {
  readonly kind: "carry-over";
  readonly asOf: IsoDate.IsoDate;
  readonly notices: readonly CarryOverGroup[];
}

export interface Options {
  readonly at: IsoDate.IsoDate;
  readonly calendar: WorkingDays.WorkingDays;
  /** The earlier notices to list; default: every notice with open tasks. */
  readonly from?: readonly string[];
  /** Only the notices whose tasks this (later) notice carries over. */
  readonly into?: string;
  /** Only notices issued before this day (e.g. the first day of a report's period). */
  readonly issuedBefore?: IsoDate.IsoDate;
  /** Only tasks in this scope. */
  readonly scope?: ReportScope.ReportScope;
}

/** Builds the list, judged at the end of day `at`. Notices come oldest first. */
export const build = (data: ReportData, options: Options): CarryOver => {
  const notices = new Map(data.notices.map((n) => [n.id, n]));
  const links = new Map<string, { taskId: string; noticeCode: string }[]>();
  const intoSources = new Set<string>();
  for (const t of data.tasks) {
    const from = t.carriedOverFrom;
    if (from === null || !TaskStatus.isReported(t)) continue;
    if (options.into !== undefined && t.noticeId === options.into) intoSources.add(from.noticeId);
    const key = from.taskId ?? `notice:${from.noticeId}`;
    links.set(key, [
      ...(links.get(key) ?? []),
      { taskId: t.id, noticeCode: notices.get(t.noticeId)?.code ?? t.noticeId },
    ]);
  }
  const before = options.issuedBefore;
  const wanted = (id: string): boolean =>
    (options.from === undefined || options.from.includes(id)) &&
    (options.into === undefined || intoSources.has(id)) &&
    (before === undefined || (notices.get(id)?.issuedOn ?? before) < before);
  const scope = options.scope ?? ReportScope.all;
  const issuedBy = ReportScope.noticesOf(scope, data);
  const groups = new Map<string, CarriedTask[]>();
  for (const t of data.tasks) {
    if (!wanted(t.noticeId) || !ReportScope.includes(scope, t, issuedBy)) continue;
    if (!TaskStatus.isReported(t) || t.assignedOn > options.at) continue;
    if (TaskStatus.isDoneBy(t, options.at)) continue;
    const task = PeriodicReport.lineOf(t, notices.get(t.noticeId), options.at, options.calendar);
    const carriedInto = [...(links.get(t.id) ?? []), ...(links.get(`notice:${t.noticeId}`) ?? [])];
    groups.set(t.noticeId, [...(groups.get(t.noticeId) ?? []), { task, carriedInto }]);
  }
  const list = [...groups.entries()].flatMap(([id, open]) => {
    const notice = notices.get(id);
    return notice ? [{ notice, open }] : [];
  });
  list.sort((a, b) =>
    a.notice.issuedOn < b.notice.issuedOn ? -1 : a.notice.issuedOn > b.notice.issuedOn ? 1 : 0,
  );
  return { kind: "carry-over", asOf: options.at, notices: list };
};
