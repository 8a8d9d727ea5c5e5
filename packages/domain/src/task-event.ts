/**
 * TaskEvent — nhật ký nhiệm vụ. The vocabulary every task change shares: the actions, the event
 * appended to a task's history (who, when, the authorising document such as “Công văn
 * 123/UBND-TH ngày 10/01/2024”), and the two tagged errors a change can fail with. Kept apart from
 * `task.ts` so that the modules acting on a task (extension, delegation, explanation) can use it
 * without an import cycle.
 */
import * as Data from "effect/Data";
import { z } from "zod";

import * as IsoDate from "./iso-date.js";
import type { Task } from "./task.js";
import { TaskLifecycle } from "./task-lifecycle.js";

/** An instant, ISO 8601 with offset (`2024-01-05T09:30:00+07:00`), always passed in by the caller. */
export const Instant = z.iso.datetime({ offset: true }).describe("Thời điểm (ISO 8601, có múi giờ)");
export type Instant = z.infer<typeof Instant>;

/** Everything that can happen to a task. */
export const TaskAction = z.enum([
  "create",
  "publish",
  "complete",
  "submit-completion",
  "accept-completion",
  "return-completion",
  "pause",
  "resume",
  "reopen",
  "cancel",
  "report-progress",
  "request-extension",
  "approve-extension",
  "reject-extension",
  "withdraw-extension",
  "delegate",
  "recall-delegation",
  "watch",
  "unwatch",
  "request-explanation",
  "answer-explanation",
  "reassign",
  "revise",
  "assign-handler",
  "unassign-handler",
  "remind",
  "comment",
]);
export type TaskAction = z.infer<typeof TaskAction>;

/** The reference of an authorising document (“Công văn 123/UBND-TH ngày 10/01/2024”), if any. */
export const DecisionReference = z
  .string()
  .trim()
  .min(1)
  .nullable()
  .describe("Văn bản làm căn cứ, ví dụ “Công văn 123/UBND-TH ngày 10/01/2024”");
export type DecisionReference = z.infer<typeof DecisionReference>;

/** One entry of a task's history. */
export const TaskEvent = z.object({
  action: TaskAction,
  at: Instant,
  /** The local day the decision or report takes effect. */
  on: IsoDate.IsoDate,
  by: z.string().min(1).describe("Người thực hiện (mã hoặc tên)"),
  from: TaskLifecycle,
  to: TaskLifecycle,
  note: z.string().nullable(),
  reference: DecisionReference,
});
export type TaskEvent = z.infer<typeof TaskEvent>;

const verbs: Record<TaskAction, { vi: string; en: string }> = {
  create: { vi: "tạo", en: "create" },
  publish: { vi: "ban hành (giao)", en: "publish" },
  complete: { vi: "đánh dấu hoàn thành", en: "mark as done" },
  "submit-completion": { vi: "báo cáo hoàn thành", en: "report as done" },
  "accept-completion": { vi: "xác nhận hoàn thành", en: "accept the completion of" },
  "return-completion": { vi: "trả lại báo cáo hoàn thành của", en: "return the completion report of" },
  pause: { vi: "tạm dừng", en: "pause" },
  resume: { vi: "cho tiếp tục", en: "resume" },
  reopen: { vi: "mở lại", en: "reopen" },
  cancel: { vi: "hủy", en: "cancel" },
  "report-progress": { vi: "báo cáo tiến độ cho", en: "report progress on" },
  "request-extension": { vi: "đề nghị gia hạn", en: "request an extension of" },
  "approve-extension": { vi: "chấp thuận gia hạn", en: "approve an extension of" },
  "reject-extension": { vi: "từ chối gia hạn", en: "reject an extension of" },
  "withdraw-extension": { vi: "rút đề nghị gia hạn", en: "withdraw an extension of" },
  delegate: { vi: "giao lại", en: "delegate" },
  "recall-delegation": { vi: "thu hồi việc giao lại", en: "recall the delegation of" },
  watch: { vi: "theo dõi", en: "watch" },
  unwatch: { vi: "bỏ theo dõi", en: "unwatch" },
  "request-explanation": { vi: "yêu cầu giải trình về", en: "request an explanation on" },
  "answer-explanation": { vi: "giải trình về", en: "answer an explanation request on" },
  reassign: { vi: "chuyển cơ quan chủ trì của", en: "reassign" },
  revise: { vi: "sửa", en: "edit" },
  "assign-handler": { vi: "giao chuyên viên xử lý", en: "name the handling officer of" },
  "unassign-handler": { vi: "thôi giao chuyên viên xử lý", en: "remove the handling officer of" },
  remind: { vi: "đôn đốc", en: "remind the lead agency of" },
  comment: { vi: "trao đổi về", en: "comment on" },
};

const states: Record<TaskLifecycle, { vi: string; en: string }> = {
  draft: { vi: "còn là dự thảo", en: "still a draft" },
  open: { vi: "đang thực hiện", en: "open" },
  submitted: { vi: "đang chờ xác nhận hoàn thành", en: "awaiting acceptance of its completion" },
  done: { vi: "đã hoàn thành", en: "done" },
  paused: { vi: "đang tạm dừng", en: "paused" },
  cancelled: { vi: "đã bị hủy", en: "cancelled" },
};

/** The action is not allowed in the task's current lifecycle state. */
export class TaskTransitionError extends Data.TaggedError("TaskTransitionError")<{
  readonly taskId: string;
  readonly action: TaskAction;
  readonly from: TaskLifecycle;
}> {
  override get message(): string {
    return `Không thể ${verbs[this.action].vi} nhiệm vụ ${states[this.from].vi} (nhiệm vụ ${this.taskId}).`;
  }
  get messageEn(): string {
    return `Cannot ${verbs[this.action].en} a task that is ${states[this.from].en} (task ${this.taskId}).`;
  }
}

/**
 * The action is allowed, but its input breaks a rule: a missing reason, a date before the task
 * was created, an extension that does not move the deadline, a delegation upwards… `code` is
 * stable for programs; `problem` explains it in Vietnamese.
 */
export class TaskRuleError extends Data.TaggedError("TaskRuleError")<{
  readonly taskId: string;
  readonly action: TaskAction;
  readonly code: string;
  readonly problem: string;
}> {
  override get message(): string {
    return `Không thể ${verbs[this.action].vi} nhiệm vụ ${this.taskId}: ${this.problem}`;
  }
}

/** The errors of every task change. */
export type TaskError = TaskTransitionError | TaskRuleError;

/** Fields every decision input shares. */
export interface DecisionInput {
  /** The local day the decision takes effect. */
  readonly on: IsoDate.IsoDate;
  /** Who decides (user id or name). */
  readonly by: string;
  readonly note?: string | null;
  /** The authorising document, e.g. “Công văn 123/UBND-TH ngày 10/01/2024”. */
  readonly reference?: string | null;
  /** The instant of the change; defaults to the start of `on` in Asia/Ho_Chi_Minh. */
  readonly at?: Instant;
}

/** Checks the shared decision fields; returns the error's `code` and `problem`, or `null`. */
export const checkDecision = (input: DecisionInput): { code: string; problem: string } | null => {
  // Callers in plain JavaScript (or behind a loose API) may pass anything: never throw on it.
  if (typeof input !== "object" || input === null)
    return { code: "input-missing", problem: "thiếu thông tin quyết định (ngày, người thực hiện)." };
  if (!IsoDate.IsoDate.safeParse(input.on).success)
    return { code: "invalid-date", problem: `ngày “${show(input.on)}” không đúng định dạng YYYY-MM-DD.` };
  if (!isText(input.by) || input.by.trim().length === 0)
    return { code: "actor-missing", problem: "chưa ghi người thực hiện." };
  if (input.at !== undefined && !Instant.safeParse(input.at).success)
    return {
      code: "invalid-instant",
      problem: `thời điểm “${show(input.at)}” không đúng định dạng ISO 8601.`,
    };
  if (input.note != null && !isText(input.note))
    return { code: "note-invalid", problem: "ghi chú phải là văn bản." };
  if (input.reference != null && (!isText(input.reference) || input.reference.trim().length === 0))
    return {
      code: "reference-empty",
      problem: "văn bản làm căn cứ để trống; bỏ trường này hoặc ghi số, ký hiệu.",
    };
  return null;
};

/** A value for an error message: strings as they are, anything else by its type. */
export const show = (x: unknown): string => (typeof x === "string" ? x : `(${typeof x})`);

/** Whether a value is a string (inputs may come from untyped callers). */
export const isText = (x: unknown): x is string => typeof x === "string";

const blankToNull = (s: string | null | undefined): string | null =>
  s == null || s.trim().length === 0 ? null : s.trim();

/**
 * The task after a change: `changes` applied, the version bumped, `updatedAt` set and the event
 * appended to the history.
 */
export const record = (
  task: Task,
  action: TaskAction,
  input: DecisionInput,
  changes: Partial<Task>,
): Task => {
  const at = input.at ?? `${input.on}T00:00:00+07:00`;
  const to = changes.lifecycle ?? task.lifecycle;
  const event: TaskEvent = {
    action,
    at,
    on: input.on,
    by: input.by.trim(),
    from: task.lifecycle,
    to,
    note: blankToNull(input.note),
    reference: blankToNull(input.reference),
  };
  return { ...task, ...changes, version: task.version + 1, updatedAt: at, history: [...task.history, event] };
};
