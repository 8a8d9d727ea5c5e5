/**
 * Extension — gia hạn / điều chỉnh thời hạn. The lead agency asks for a later deadline with a
 * reason and a proposed date; the issuing side approves (possibly with another date) or rejects;
 * the requester may withdraw a pending request. Every request stays on the task with its
 * decision, and timeliness is judged against {@link currentDueOn}: the latest approved deadline,
 * else the original one. The policy pack in force may limit how many extensions a task gets and
 * how many working days before the deadline a request must come.
 */
import * as Result from "effect/Result";
import { z } from "zod";

import * as DecisionPolicy from "./decision-policy.js";
import * as IsoDate from "./iso-date.js";
import type { PolicyPack } from "./policy-pack.js";
import type { Task } from "./task.js";
import {
  checkDecision,
  type DecisionInput,
  Instant,
  isText,
  record,
  show,
  type TaskAction,
  type TaskError,
  TaskRuleError,
  TaskTransitionError,
} from "./task-event.js";
import type * as WorkingCalendar from "./working-calendar.js";

export const ExtensionStatus = z.enum(["pending", "approved", "rejected", "withdrawn"]);
export type ExtensionStatus = z.infer<typeof ExtensionStatus>;

/** The issuer's answer to a request. */
export const ExtensionDecision = z.object({
  decidedOn: IsoDate.IsoDate,
  at: Instant,
  by: z.string().min(1),
  /** The deadline granted (approved requests only; may differ from the proposal). */
  dueOn: IsoDate.IsoDate.nullable(),
  note: z.string().nullable(),
  reference: z.string().nullable().describe("Văn bản chấp thuận/từ chối, ví dụ “Công văn 123/UBND-TH”"),
});
export type ExtensionDecision = z.infer<typeof ExtensionDecision>;

export const Extension = z.object({
  id: z.string().min(1),
  reason: z.string().min(1).describe("Lý do đề nghị gia hạn"),
  proposedDueOn: IsoDate.IsoDate.describe("Thời hạn đề xuất"),
  requestedOn: IsoDate.IsoDate,
  requestedAt: Instant,
  requestedBy: z.string().min(1),
  /** The deadline in force when the request was made. */
  previousDueOn: IsoDate.IsoDate.nullable(),
  reference: z.string().nullable().describe("Văn bản đề nghị, ví dụ “Tờ trình 12/TTr-STTTT”"),
  status: ExtensionStatus,
  decision: ExtensionDecision.nullable(),
  /** Asked after the deadline in force had passed (allowed, but reports flag it). */
  isLate: z.boolean().default(false).describe("Đề nghị gửi sau khi đã quá hạn"),
});
export type Extension = z.infer<typeof Extension>;

/** The policy rules extension decisions follow (see `DecisionPolicy`). */
export type ExtensionPolicy = DecisionPolicy.DecisionPolicy;

/** The extension policy of a policy pack on a working-day calendar (`DecisionPolicy.of`). */
export const policyOf = (pack: PolicyPack, calendar: WorkingCalendar.WorkingCalendar): ExtensionPolicy =>
  DecisionPolicy.of(pack, calendar);

/**
 * The deadline in force: the due date of the latest approved extension (by decision day, then by
 * order), else the task's original due date; `null` when the task has no dated deadline.
 */
export const currentDueOn = (task: Pick<Task, "extensions" | "originalDueOn">): IsoDate.IsoDate | null => {
  let best: ExtensionDecision | null = null;
  for (const e of task.extensions)
    if (e.status === "approved" && e.decision !== null && e.decision.dueOn !== null)
      if (best === null || e.decision.decidedOn >= best.decidedOn) best = e.decision;
  return best?.dueOn ?? task.originalDueOn;
};

/** The request awaiting a decision, if any (a task has at most one). */
export const pendingOf = (task: Task): Extension | null =>
  task.extensions.find((e) => e.status === "pending") ?? null;

/** How many extensions the task has been granted. */
export const approvedCount = (task: Task): number =>
  task.extensions.filter((e) => e.status === "approved").length;

/** Input of {@link request}. */
export interface RequestInput {
  readonly reason: string;
  readonly proposedDueOn: IsoDate.IsoDate;
  readonly requestedOn: IsoDate.IsoDate;
  readonly by: string;
  readonly reference?: string | null;
  readonly at?: Instant;
  /** Defaults to `<task id>/extension-<n>`. */
  readonly id?: string;
}

const ruleError = (task: Task, action: TaskAction, code: string, problem: string) =>
  Result.fail(new TaskRuleError({ taskId: task.id, action, code, problem }));

/**
 * Whether a request made on `requestedOn` comes after the deadline then in force (allowed, but
 * flagged: “yêu cầu sau hạn”).
 */
export const isLateRequest = (requestedOn: IsoDate.IsoDate, previousDueOn: IsoDate.IsoDate | null): boolean =>
  previousDueOn !== null && requestedOn > previousDueOn;

/** The policy's cap and the extensions granted when the cap is used up; `null` while one is left. */
export const capReached = (
  task: Pick<Task, "extensions">,
  policy: ExtensionPolicy,
): { readonly max: number; readonly granted: number } | null => {
  const max = policy.extension.maxExtensions;
  const granted = task.extensions.filter((e) => e.status === "approved").length;
  return max !== null && granted >= max ? { max, granted } : null;
};

/** The `limit-reached` error when the policy's number of extensions is used up. */
const limitReached = (task: Task, policy: ExtensionPolicy, action: TaskAction) => {
  const cap = capReached(task, policy);
  return cap !== null
    ? ruleError(
        task,
        action,
        "limit-reached",
        `quy chế chỉ cho phép gia hạn tối đa ${cap.max} lần và nhiệm vụ đã được gia hạn ${cap.granted} lần.`,
      )
    : null;
};

const vi = IsoDate.formatVi;

/**
 * Records a request for a later deadline on an open task. Fails with `TaskTransitionError` unless
 * the task is open, and with `TaskRuleError` when: the reason is empty (`reason-missing`), a
 * request is already pending (`pending-exists`), the proposed date is not after the deadline in
 * force or the request day (`not-later`), the policy's limit is reached (`limit-reached`) or the
 * request comes too close to the deadline (`too-late`).
 */
export const request = (
  task: Task,
  input: RequestInput,
  policy?: ExtensionPolicy,
): Result.Result<Task, TaskError> => {
  const action = "request-extension" as const;
  if (task.lifecycle !== "open")
    return Result.fail(new TaskTransitionError({ taskId: task.id, action, from: task.lifecycle }));
  const decision: DecisionInput = {
    on: input.requestedOn,
    by: input.by,
    note: input.reason,
    reference: input.reference ?? null,
    ...(input.at === undefined ? {} : { at: input.at }),
  };
  const bad = checkDecision(decision);
  if (bad !== null) return ruleError(task, action, bad.code, bad.problem);
  if (!IsoDate.IsoDate.safeParse(input.proposedDueOn).success)
    return ruleError(
      task,
      action,
      "invalid-date",
      `thời hạn đề xuất “${show(input.proposedDueOn)}” không đúng định dạng.`,
    );
  if (!isText(input.reason) || input.reason.trim().length === 0)
    return ruleError(task, action, "reason-missing", "cần nêu lý do đề nghị gia hạn.");
  const pending = pendingOf(task);
  if (pending !== null)
    return ruleError(
      task,
      action,
      "pending-exists",
      `đề nghị gia hạn ngày ${vi(pending.requestedOn)} đang chờ xử lý; hãy xử lý hoặc rút đề nghị đó trước.`,
    );
  const current = currentDueOn(task);
  if (current !== null && input.proposedDueOn <= current)
    return ruleError(
      task,
      action,
      "not-later",
      `thời hạn đề xuất ${vi(input.proposedDueOn)} không sau thời hạn hiện tại ${vi(current)}.`,
    );
  if (input.proposedDueOn <= input.requestedOn)
    return ruleError(
      task,
      action,
      "not-later",
      `thời hạn đề xuất ${vi(input.proposedDueOn)} phải sau ngày đề nghị ${vi(input.requestedOn)}.`,
    );
  if (policy !== undefined) {
    const { minWorkingDaysBeforeDeadline } = policy.extension;
    const limit = limitReached(task, policy, action);
    if (limit !== null) return limit;
    if (current !== null && minWorkingDaysBeforeDeadline > 0) {
      const left = policy.workingDaysBetween(input.requestedOn, current);
      if (left < minWorkingDaysBeforeDeadline)
        return ruleError(
          task,
          action,
          "too-late",
          `quy chế yêu cầu gửi đề nghị trước thời hạn ${vi(current)} ít nhất ${minWorkingDaysBeforeDeadline} ngày làm việc (ngày ${vi(input.requestedOn)} chỉ còn ${left} ngày làm việc).`,
        );
    }
  }
  const extension: Extension = {
    id: input.id ?? `${task.id}/extension-${task.extensions.length + 1}`,
    reason: input.reason.trim(),
    proposedDueOn: input.proposedDueOn,
    requestedOn: input.requestedOn,
    requestedAt: input.at ?? `${input.requestedOn}T00:00:00+07:00`,
    requestedBy: input.by.trim(),
    previousDueOn: current,
    reference: input.reference?.trim() || null,
    status: "pending",
    decision: null,
    isLate: isLateRequest(input.requestedOn, current),
  };
  return Result.succeed(record(task, action, decision, { extensions: [...task.extensions, extension] }));
};

/** Input of {@link approve} and {@link reject}. */
export interface DecideInput {
  /** The deadline granted (approve only); defaults to the proposed date. */
  readonly dueOn?: IsoDate.IsoDate;
  readonly decidedOn: IsoDate.IsoDate;
  readonly by: string;
  readonly reference?: string | null;
  readonly note?: string | null;
  readonly at?: Instant;
}

const decide = (
  task: Task,
  id: string,
  input: DecideInput,
  action: "approve-extension" | "reject-extension" | "withdraw-extension",
  policy?: ExtensionPolicy,
): Result.Result<Task, TaskError> => {
  if (task.lifecycle !== "open" && task.lifecycle !== "paused")
    return Result.fail(new TaskTransitionError({ taskId: task.id, action, from: task.lifecycle }));
  const decision: DecisionInput = {
    on: input.decidedOn,
    by: input.by,
    note: input.note ?? null,
    reference: input.reference ?? null,
    ...(input.at === undefined ? {} : { at: input.at }),
  };
  const bad = checkDecision(decision);
  if (bad !== null) return ruleError(task, action, bad.code, bad.problem);
  const ext = task.extensions.find((e) => e.id === id);
  if (ext === undefined)
    return ruleError(task, action, "not-found", `không có đề nghị gia hạn “${show(id)}”.`);
  if (ext.status !== "pending")
    return ruleError(
      task,
      action,
      "already-decided",
      `đề nghị gia hạn “${show(id)}” đã được xử lý (${ext.status}).`,
    );
  if (input.decidedOn < ext.requestedOn)
    return ruleError(
      task,
      action,
      "before-request",
      `ngày quyết định ${vi(input.decidedOn)} trước ngày đề nghị ${vi(ext.requestedOn)}.`,
    );
  let dueOn: IsoDate.IsoDate | null = null;
  let status: ExtensionStatus = "rejected";
  if (action === "approve-extension") {
    dueOn = input.dueOn ?? ext.proposedDueOn;
    status = "approved";
    if (!IsoDate.IsoDate.safeParse(dueOn).success)
      return ruleError(task, action, "invalid-date", `thời hạn “${show(dueOn)}” không đúng định dạng.`);
    const current = currentDueOn(task);
    if (current !== null && dueOn <= current)
      return ruleError(
        task,
        action,
        "not-later",
        `thời hạn mới ${vi(dueOn)} không sau thời hạn hiện tại ${vi(current)}.`,
      );
    if (dueOn <= input.decidedOn)
      return ruleError(
        task,
        action,
        "in-the-past",
        `thời hạn mới ${vi(dueOn)} phải sau ngày quyết định ${vi(input.decidedOn)}.`,
      );
    if (policy !== undefined) {
      const limit = limitReached(task, policy, action);
      if (limit !== null) return limit;
      const late = DecisionPolicy.overdueBeyondLimit(policy, current, input.decidedOn);
      if (late !== null && (input.note ?? "").trim().length === 0)
        return ruleError(
          task,
          action,
          "overdue-reason-missing",
          `nhiệm vụ đã quá hạn ${vi(current ?? "")} ${late} ngày làm việc; cần ghi lý do chấp thuận gia hạn (trường note).`,
        );
    }
  } else if (action === "reject-extension") {
    if ((input.note ?? "").trim().length === 0)
      return ruleError(task, action, "reason-missing", "cần ghi lý do từ chối gia hạn.");
  } else status = "withdrawn";
  const updated: Extension = {
    ...ext,
    status,
    decision: {
      decidedOn: input.decidedOn,
      at: input.at ?? `${input.decidedOn}T00:00:00+07:00`,
      by: input.by.trim(),
      dueOn,
      note: input.note?.trim() || null,
      reference: input.reference?.trim() || null,
    },
  };
  return Result.succeed(
    record(task, action, decision, { extensions: task.extensions.map((e) => (e === ext ? updated : e)) }),
  );
};

/**
 * Approves a pending request, with the proposed date or another one (`dueOn`). Fails with
 * `TaskTransitionError` unless the task is open or paused, and `TaskRuleError` when the request
 * is unknown (`not-found`) or decided (`already-decided`), the decision predates the request
 * (`before-request`), the new date is not after the deadline in force (`not-later`) or not after
 * the decision day (`in-the-past`); with a policy, when its number of extensions is used up
 * (`limit-reached`) or the task is long overdue and no reason is given (`overdue-reason-missing`).
 */
export const approve = (
  task: Task,
  id: string,
  input: DecideInput,
  policy?: ExtensionPolicy,
): Result.Result<Task, TaskError> => decide(task, id, input, "approve-extension", policy);

/** Rejects a pending request; the reason goes in `note` (required). Errors as {@link approve}. */
export const reject = (task: Task, id: string, input: DecideInput): Result.Result<Task, TaskError> =>
  decide(task, id, input, "reject-extension");

/** The requester withdraws a pending request. Errors as {@link approve}. */
export const withdraw = (
  task: Task,
  id: string,
  input: Omit<DecideInput, "dueOn">,
): Result.Result<Task, TaskError> => decide(task, id, input, "withdraw-extension");
