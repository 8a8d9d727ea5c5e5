/**
 * ExplanationRequest — yêu cầu giải trình. When a task is overdue (or was done late) the issuer
 * may ask the lead agency to explain why, by a date; the agency answers. Requests and answers stay
 * on the task, each with its authorising document.
 */
import * as Result from "effect/Result";
import { z } from "zod";

import * as Extension from "./extension.js";
import * as IsoDate from "./iso-date.js";
import type { Task } from "./task.js";
import {
  checkDecision,
  type DecisionInput,
  Instant,
  isText,
  record,
  show,
  type TaskError,
  TaskRuleError,
  TaskTransitionError,
} from "./task-event.js";

export const ExplanationAnswer = z.object({
  on: IsoDate.IsoDate,
  at: Instant,
  by: z.string().min(1),
  text: z.string().min(1),
  reference: z.string().nullable().describe("Văn bản giải trình, ví dụ “Báo cáo 15/BC-STTTT”"),
});
export type ExplanationAnswer = z.infer<typeof ExplanationAnswer>;

export const ExplanationRequest = z.object({
  id: z.string().min(1),
  requestedOn: IsoDate.IsoDate,
  at: Instant,
  by: z.string().min(1),
  reason: z.string().min(1).describe("Nội dung yêu cầu giải trình"),
  /** The day the explanation is due, if set. */
  answerBy: IsoDate.IsoDate.nullable(),
  /** The deadline that was missed. */
  missedDueOn: IsoDate.IsoDate,
  reference: z.string().nullable(),
  answer: ExplanationAnswer.nullable(),
});
export type ExplanationRequest = z.infer<typeof ExplanationRequest>;

/** Input of {@link request}. */
export interface RequestInput extends DecisionInput {
  readonly reason: string;
  readonly answerBy?: IsoDate.IsoDate | null;
  /** Defaults to `<task id>/explanation-<n>`. */
  readonly id?: string;
}

/**
 * Asks the lead agency to explain a missed deadline. Allowed on an open or paused task whose
 * deadline in force is before `on`, and on a task done after its deadline. Fails with
 * `TaskTransitionError` on a draft or cancelled task, and `TaskRuleError` when the task is not
 * overdue (`not-overdue`), the reason is empty (`reason-missing`) or the answer date is before the
 * request (`answer-before-request`).
 */
export const request = (task: Task, input: RequestInput): Result.Result<Task, TaskError> => {
  const action = "request-explanation" as const;
  if (task.lifecycle === "draft" || task.lifecycle === "cancelled")
    return Result.fail(new TaskTransitionError({ taskId: task.id, action, from: task.lifecycle }));
  const fail = (code: string, problem: string) =>
    Result.fail(new TaskRuleError({ taskId: task.id, action, code, problem }));
  const bad = checkDecision(input);
  if (bad !== null) return fail(bad.code, bad.problem);
  if (!isText(input.reason) || input.reason.trim().length === 0)
    return fail("reason-missing", "cần ghi nội dung yêu cầu giải trình.");
  const due = Extension.currentDueOn(task);
  if (due === null) return fail("not-overdue", "nhiệm vụ không có thời hạn cụ thể nên không thể quá hạn.");
  const late =
    task.lifecycle === "done" ? task.completedOn !== null && task.completedOn > due : input.on > due;
  if (!late)
    return fail(
      "not-overdue",
      task.lifecycle === "done"
        ? `nhiệm vụ đã hoàn thành đúng hạn (thời hạn ${IsoDate.formatVi(due)}).`
        : `nhiệm vụ chưa quá hạn vào ngày ${IsoDate.formatVi(input.on)} (thời hạn ${IsoDate.formatVi(due)}).`,
    );
  const answerBy = input.answerBy ?? null;
  if (answerBy !== null && (!IsoDate.IsoDate.safeParse(answerBy).success || answerBy < input.on))
    return fail(
      "answer-before-request",
      `hạn giải trình “${show(answerBy)}” phải là một ngày từ ngày yêu cầu trở đi.`,
    );
  const entry: ExplanationRequest = {
    id: input.id ?? `${task.id}/explanation-${task.explanationRequests.length + 1}`,
    requestedOn: input.on,
    at: input.at ?? `${input.on}T00:00:00+07:00`,
    by: input.by.trim(),
    reason: input.reason.trim(),
    answerBy,
    missedDueOn: due,
    reference: input.reference?.trim() || null,
    answer: null,
  };
  return Result.succeed(
    record(
      task,
      action,
      { ...input, note: input.reason },
      {
        explanationRequests: [...task.explanationRequests, entry],
      },
    ),
  );
};

/** Input of {@link answer}. */
export interface AnswerInput extends DecisionInput {
  readonly text: string;
}

/**
 * Records the agency's explanation. `TaskRuleError` when the request is unknown (`not-found`),
 * already answered (`already-answered`), the text is empty (`text-missing`) or the answer predates
 * the request (`before-request`).
 */
export const answer = (task: Task, id: string, input: AnswerInput): Result.Result<Task, TaskError> => {
  const action = "answer-explanation" as const;
  const fail = (code: string, problem: string) =>
    Result.fail(new TaskRuleError({ taskId: task.id, action, code, problem }));
  const bad = checkDecision(input);
  if (bad !== null) return fail(bad.code, bad.problem);
  const req = task.explanationRequests.find((r) => r.id === id);
  if (req === undefined) return fail("not-found", `không có yêu cầu giải trình “${show(id)}”.`);
  if (req.answer !== null)
    return fail("already-answered", `yêu cầu giải trình “${show(id)}” đã được trả lời.`);
  if (!isText(input.text) || input.text.trim().length === 0)
    return fail("text-missing", "nội dung giải trình để trống.");
  if (input.on < req.requestedOn)
    return fail("before-request", `ngày giải trình ${IsoDate.formatVi(input.on)} trước ngày yêu cầu.`);
  const done: ExplanationRequest = {
    ...req,
    answer: {
      on: input.on,
      at: input.at ?? `${input.on}T00:00:00+07:00`,
      by: input.by.trim(),
      text: input.text.trim(),
      reference: input.reference?.trim() || null,
    },
  };
  return Result.succeed(
    record(task, action, input, {
      explanationRequests: task.explanationRequests.map((r) => (r === req ? done : r)),
    }),
  );
};

/** Requests still waiting for an answer. */
export const unanswered = (task: Task): ExplanationRequest[] =>
  task.explanationRequests.filter((r) => r.answer === null);
