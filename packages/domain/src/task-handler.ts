/**
 * TaskHandler — chuyên viên xử lý. Inside the lead agency a task can be given to one named officer
 * who handles it (and finds it in “my tasks”); the agency stays accountable. The rule: the handler
 * is an active officer of the task's lead agency, and a task is given only while it is being
 * carried out (open or paused) — not while a draft, nor once done or cancelled. Taking the task
 * back (`officer: null`) follows the same lifecycle rule.
 */
import * as Result from "effect/Result";

import type { Task } from "./task.js";
import {
  checkDecision,
  type DecisionInput,
  record,
  type TaskError,
  TaskRuleError,
  TaskTransitionError,
} from "./task-event.js";

/** The officer as the caller loaded them: their account's agency, role and whether it is active. */
export interface Officer {
  readonly userId: string;
  readonly name: string;
  /** `true` for an agency officer's account (not a secretariat, leader or administrator). */
  readonly isOfficer: boolean;
  readonly agencyId: string | null;
  readonly active: boolean;
}

/** Input of {@link assign}: the officer, or `null` to take the task back. */
export interface AssignInput extends DecisionInput {
  readonly officer: Officer | null;
}

/**
 * Names `input.officer` the handler of `task` (or clears the handler for `null`). Fails with
 * `TaskTransitionError` unless the task is open or paused, and with `TaskRuleError`
 * `handler-not-officer` (not an officer's account), `handler-inactive` (a disabled account) or
 * `handler-outside-lead` (an officer of another agency than the task's lead).
 */
export const assign = (task: Task, input: AssignInput): Result.Result<Task, TaskError> => {
  const action = input.officer === null ? ("unassign-handler" as const) : ("assign-handler" as const);
  if (task.lifecycle !== "open" && task.lifecycle !== "paused")
    return Result.fail(new TaskTransitionError({ taskId: task.id, action, from: task.lifecycle }));
  const bad = checkDecision(input);
  if (bad !== null) return Result.fail(new TaskRuleError({ taskId: task.id, action, ...bad }));
  const fail = (code: string, problem: string) =>
    Result.fail(new TaskRuleError({ taskId: task.id, action, code, problem }));
  const o = input.officer;
  if (o === null) {
    if ((task.handler ?? null) === null) return Result.succeed(task);
    return Result.succeed(
      record(task, action, { ...input, note: input.note ?? task.handler?.name ?? null }, { handler: null }),
    );
  }
  if (!o.isOfficer)
    return fail("handler-not-officer", `${o.name} không phải cán bộ của một cơ quan, đơn vị.`);
  if (!o.active) return fail("handler-inactive", `tài khoản của ${o.name} đã bị khóa.`);
  if (task.lead.agencyId === null || o.agencyId !== task.lead.agencyId)
    return fail(
      "handler-outside-lead",
      `${o.name} không phải cán bộ của cơ quan chủ trì (${task.lead.name}); chỉ giao cho cán bộ của cơ quan chủ trì.`,
    );
  if (task.handler?.userId === o.userId) return Result.succeed(task);
  return Result.succeed(
    record(
      task,
      action,
      { ...input, note: input.note ?? o.name },
      { handler: { userId: o.userId, name: o.name } },
    ),
  );
};
