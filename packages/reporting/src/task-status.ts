/**
 * TaskStatus — the official report category of one task at the report's instant, and how late it
 * is. The four categories are those of the Government Office's reports (Báo cáo 1270/BC-TCTTTg):
 * đã hoàn thành đúng hạn / quá hạn, chưa hoàn thành trong hạn / quá hạn. A due date ends at the end
 * of its local day (Civil Code 2015 art. 148.6) and already carries approved extensions, so an
 * extension can turn a late task into an on-time one. Timeliness is derived, never stored.
 */
import { Lateness as DomainLateness, type IsoDate, PolicyPack, Timeliness } from "@dondoc/domain";
import * as Result from "effect/Result";

import type { ReportTask } from "./report-data.js";
import type * as WorkingDays from "./working-days.js";

/** The report categories; `paused` (tạm dừng) is counted apart and never judged late. */
export type Category = "done-on-time" | "done-late" | "open-in-time" | "open-overdue" | "paused";

export const CATEGORIES: readonly Category[] = [
  "done-on-time",
  "done-late",
  "open-in-time",
  "open-overdue",
  "paused",
];

/** How late a task is, in working days (ngày làm việc) and calendar days: the domain's `Lateness`. */
export type Lateness = DomainLateness.Lateness;

export interface TaskStatus {
  readonly category: Category;
  /** Set for `done-late` (due → completion) and `open-overdue` (due → the instant); else `null`. */
  readonly late: Lateness | null;
}

/** Whether the task is counted in reports at all: drafts and cancelled tasks are not. */
export const isReported = (task: Pick<ReportTask, "lifecycle">): boolean =>
  task.lifecycle !== "draft" && task.lifecycle !== "cancelled";

/** Whether the task was completed on or before `asOf`. */
export const isDoneBy = (task: ReportTask, asOf: IsoDate.IsoDate): boolean =>
  task.lifecycle === "done" && task.completedOn !== null && task.completedOn <= asOf;

const CATEGORY_OF: Record<Timeliness.ReportCategory, Category> = {
  "hoan-thanh-dung-han": "done-on-time",
  "hoan-thanh-qua-han": "done-late",
  "dang-thuc-hien-trong-han": "open-in-time",
  "dang-thuc-hien-qua-han": "open-overdue",
};

/**
 * The category of a reported task at the end of day `asOf`, as the domain's `Timeliness` judges
 * it. A task completed after `asOf` is still open at `asOf`; a task with no deadline is never
 * late; a paused task is `paused`.
 */
export const of = (task: ReportTask, asOf: IsoDate.IsoDate, cal: WorkingDays.WorkingDays): TaskStatus => {
  const done = isDoneBy(task, asOf);
  const times: Timeliness.TaskTimes = {
    lifecycle: done ? "done" : task.lifecycle === "done" ? "open" : task.lifecycle,
    dueOn: task.currentDueOn,
    completedOn: done ? task.completedOn : null,
  };
  const judged = Timeliness.of(times, asOf, cal, PolicyPack.national);
  // The report's data passed `ReportData` validation, so a malformed date cannot reach here; were
  // one to, the task counts as without a deadline rather than as overdue.
  const timeliness = Result.isSuccess(judged) ? judged.success : "no-deadline";
  const reported = Timeliness.reportCategory(timeliness);
  const category: Category = reported === null ? "paused" : CATEGORY_OF[reported];
  const late = DomainLateness.of(times, asOf, cal, PolicyPack.national);
  return { category, late };
};

/** Overdue age bands leaders ask for (Quảng Nam 2020: “quá hạn trên 120 ngày”), in calendar days. */
export type AgeBucket = "1-30" | "31-60" | "61-120" | "over-120";
export const AGE_BUCKETS: readonly AgeBucket[] = ["1-30", "31-60", "61-120", "over-120"];

export const ageBucketOf = (calendarDays: number): AgeBucket =>
  calendarDays <= 30 ? "1-30" : calendarDays <= 60 ? "31-60" : calendarDays <= 120 ? "61-120" : "over-120";
