/**
 * CompletionReport — báo cáo hoàn thành chờ xác nhận. When the policy pack asks for the office's
 * acceptance of completion (`completion.requiresAcceptance`, set by a province's Quy chế; the
 * national texts have no such step), an agency's “done” does not complete the task: it submits a
 * report — the day the agency says the work was completed, a note and evidence (attachment ids) —
 * and the task waits in `submitted` until the office (the issuer's secretariat) accepts it (the task
 * is done) or returns it with a reason (the task is open again, the reason kept for the agency).
 *
 * Which day counts for timeliness: the day the agency states, not the day of acceptance. The
 * completion date of a task is the date of the assignee's result (the report, the submission, the
 * decision issued) — a task is “soạn thảo và trình … hoặc ban hành, phê duyệt” a document
 * (QĐ 23/2018/QĐ-TTg) and the assignee answers for the accuracy of the results it reports
 * (QĐ 42/2014/QĐ-TTg); the office's check only confirms that day, so a slow acceptance never makes
 * an agency's on-time work late. Until the acceptance, a submitted task is still being carried out
 * for timeliness (in time, due soon or overdue: see `timeliness.ts`).
 */
import * as Result from "effect/Result";
import { z } from "zod";

import * as DecisionPolicy from "./decision-policy.js";
import { currentDueOn } from "./extension.js";
import * as IsoDate from "./iso-date.js";
import type { Task } from "./task.js";
import {
  checkDecision,
  type DecisionInput,
  Instant,
  isText,
  record,
  type TaskAction,
  type TaskError,
  TaskRuleError,
  TaskTransitionError,
} from "./task-event.js";

/** The office's decision on a completion report: who, when, and the reason of a return. */
export const CompletionDecision = z.object({
  on: IsoDate.IsoDate,
  at: Instant,
  by: z.string().min(1).describe("Người xác nhận hoặc trả lại"),
  reason: z.string().nullable().describe("Lý do trả lại (bắt buộc khi trả lại)"),
});
export type CompletionDecision = z.infer<typeof CompletionDecision>;

/** Where a completion report stands. */
export const CompletionStatus = z.enum(["pending", "accepted", "returned"]);
export type CompletionStatus = z.infer<typeof CompletionStatus>;

export const CompletionReport = z.object({
  /** The day the agency states the work was completed: the task's completion day once accepted. */
  completedOn: IsoDate.IsoDate.describe("Ngày hoàn thành do cơ quan báo cáo"),
  at: Instant,
  by: z.string().min(1).describe("Người báo cáo"),
  note: z.string().nullable().describe("Kết quả, văn bản đã ban hành"),
  attachmentIds: z.array(z.string().min(1)).describe("Tệp minh chứng"),
  status: CompletionStatus,
  decision: CompletionDecision.nullable(),
});
export type CompletionReport = z.infer<typeof CompletionReport>;

/**
 * The rules on a completion day shared by a direct completion (`Task.complete`) and a submitted
 * report: not after the instant it is recorded at (`in-the-future`), and — with a policy — a task
 * long overdue when the completion is recorded needs a reason in `note` (`overdue-reason-missing`).
 * Returns the refusal's `code` and `problem`, or `null`. (`before-creation` is the transition's.)
 */
export const completionDateProblem = (
  task: Task,
  input: DecisionInput,
  policy: DecisionPolicy.DecisionPolicy | undefined,
): { code: string; problem: string } | null => {
  const recordedOn = input.at === undefined ? null : localDayOf(input.at);
  if (recordedOn !== null && typeof input.on === "string" && input.on > recordedOn)
    return {
      code: "in-the-future",
      problem: `ngày hoàn thành ${IsoDate.formatVi(input.on)} sau ngày ghi nhận ${IsoDate.formatVi(recordedOn)}.`,
    };
  if (task.lifecycle === "open" && typeof input.on === "string") {
    const due = currentDueOn(task);
    const late = DecisionPolicy.overdueBeyondLimit(policy, due, recordedOn ?? input.on);
    if (late !== null && (input.note ?? "").trim().length === 0)
      return {
        code: "overdue-reason-missing",
        problem: `nhiệm vụ đã quá hạn ${IsoDate.formatVi(due ?? "")} ${late} ngày làm việc; cần ghi lý do/kết quả khi báo cáo hoàn thành (trường note).`,
      };
  }
  return null;
};

/** The local day (Asia/Ho_Chi_Minh, UTC+7) of an instant with an offset; `null` if unreadable. */
const localDayOf = (at: Instant): IsoDate.IsoDate | null => {
  // Bad input from outside the types (an object, a number) is no instant, and must not throw.
  if (typeof at !== "string") return null;
  const ms = Date.parse(at);
  return Number.isFinite(ms) ? IsoDate.ofInstant(new Date(ms)) : null;
};

/** Input of {@link submit}: `on` is the day the agency states the work was completed. */
export interface SubmitInput extends DecisionInput {
  /** Evidence: ids of files uploaded to the task. */
  readonly attachmentIds?: ReadonlyArray<string>;
}

const refuse = (task: Task, action: TaskAction, code: string, problem: string) =>
  Result.fail(new TaskRuleError({ taskId: task.id, action, code, problem }));

/**
 * The agency reports an open task done, for the office to accept: open → submitted, with the
 * report (its day `on`, `note`, evidence). The day obeys the rules of `Task.complete`: not before
 * the task was created (`before-creation`), not after the instant it is recorded at
 * (`in-the-future`), a reason when the task is long overdue (`overdue-reason-missing`). Fails with
 * `TaskTransitionError` from any state but `open` (a report already waiting included).
 */
export const submit = (
  task: Task,
  input: SubmitInput,
  policy?: DecisionPolicy.DecisionPolicy,
): Result.Result<Task, TaskError> => {
  const action = "submit-completion" as const;
  if (task.lifecycle !== "open")
    return Result.fail(new TaskTransitionError({ taskId: task.id, action, from: task.lifecycle }));
  const bad = checkDecision(input);
  if (bad !== null) return refuse(task, action, bad.code, bad.problem);
  const ids = input.attachmentIds ?? [];
  if (!Array.isArray(ids) || !ids.every((id) => isText(id) && id.trim().length > 0))
    return refuse(task, action, "attachments-invalid", "tệp minh chứng phải là mã tệp đã tải lên.");
  if (input.on < task.createdAt.slice(0, 10))
    return refuse(
      task,
      action,
      "before-creation",
      `ngày ${IsoDate.formatVi(input.on)} trước ngày tạo nhiệm vụ.`,
    );
  const date = completionDateProblem(task, input, policy);
  if (date !== null) return refuse(task, action, date.code, date.problem);
  const note = input.note?.trim() || null;
  const report: CompletionReport = {
    completedOn: input.on,
    at: input.at ?? `${input.on}T00:00:00+07:00`,
    by: input.by.trim(),
    note,
    attachmentIds: [...new Set(ids.map((id) => id.trim()))],
    status: "pending",
    decision: null,
  };
  return Result.succeed(record(task, action, input, { lifecycle: "submitted", completionReport: report }));
};

/** The report waiting for the office's decision, or `null`. */
export const pending = (task: Task): CompletionReport | null =>
  task.lifecycle === "submitted" && task.completionReport?.status === "pending"
    ? task.completionReport
    : null;

/** Checks a decision on the waiting report; the report, or the refusal. */
const decide = (
  task: Task,
  action: "accept-completion" | "return-completion",
  input: DecisionInput,
): Result.Result<CompletionReport, TaskError> => {
  const report = pending(task);
  // Only a waiting report is decided: a second decision finds the task done or open again.
  if (report === null)
    return Result.fail(new TaskTransitionError({ taskId: task.id, action, from: task.lifecycle }));
  const bad = checkDecision(input);
  if (bad !== null) return refuse(task, action, bad.code, bad.problem);
  const reportedOn = localDayOf(report.at);
  if (reportedOn !== null && input.on < reportedOn)
    return refuse(
      task,
      action,
      "before-report",
      `ngày quyết định ${IsoDate.formatVi(input.on)} trước ngày báo cáo hoàn thành.`,
    );
  return Result.succeed(report);
};

/**
 * The office accepts the waiting report: submitted → done, completed on the day the agency stated
 * (see the module's note on which day counts). Fails with `TaskTransitionError` when no report
 * waits (never reported, already accepted, returned).
 */
export const accept = (task: Task, input: DecisionInput): Result.Result<Task, TaskError> => {
  const action = "accept-completion" as const;
  const report = decide(task, action, input);
  if (Result.isFailure(report)) return Result.fail(report.failure);
  const at = input.at ?? `${input.on}T00:00:00+07:00`;
  const decision: CompletionDecision = { on: input.on, at, by: input.by.trim(), reason: null };
  return Result.succeed(
    record(task, action, input, {
      lifecycle: "done",
      completedOn: report.success.completedOn,
      completionReport: { ...report.success, status: "accepted", decision },
    }),
  );
};

/**
 * The office returns the waiting report with a reason (`note`, required: `reason-missing`):
 * submitted → open. The reason stays on the task ({@link lastReturn}) for the agency to read, and
 * in its history. Fails with `TaskTransitionError` when no report waits.
 */
export const giveBack = (task: Task, input: DecisionInput): Result.Result<Task, TaskError> => {
  const action = "return-completion" as const;
  const report = decide(task, action, input);
  if (Result.isFailure(report)) return Result.fail(report.failure);
  const reason = isText(input.note) ? input.note.trim() : "";
  if (reason.length === 0)
    return refuse(
      task,
      action,
      "reason-missing",
      "cần ghi lý do trả lại để cơ quan thực hiện biết cần làm gì thêm.",
    );
  const at = input.at ?? `${input.on}T00:00:00+07:00`;
  const decision: CompletionDecision = { on: input.on, at, by: input.by.trim(), reason };
  return Result.succeed(
    record(task, action, input, {
      lifecycle: "open",
      completionReport: { ...report.success, status: "returned", decision },
      completionReturn: decision,
    }),
  );
};

/** The office's last return of a completion report (kept after a new report), or `null`. */
export const lastReturn = (task: Task): CompletionDecision | null => task.completionReturn ?? null;
