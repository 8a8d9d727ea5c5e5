/**
 * Reminder — đôn đốc. The issuer's secretariat reminds the lead agency of an open task, with an
 * optional message; each reminder is an event of the task's history (who, when, the message). Only
 * an open task can be reminded: a draft is not given yet, a paused task is suspended by a
 * decision, a done or cancelled one is over. A whole agency's list is reminded of the tasks whose
 * timeliness is in {@link CALLS_FOR_REMINDER} (overdue or due soon).
 */
import * as Result from "effect/Result";

import type { Task } from "./task.js";
import {
  checkDecision,
  type DecisionInput,
  isText,
  record,
  type TaskError,
  TaskRuleError,
  TaskTransitionError,
} from "./task-event.js";
import type { Timeliness } from "./timeliness.js";

/** The longest message a reminder carries (characters). */
export const MESSAGE_MAX = 2000;

/** The timeliness values a reminder of a whole list covers: what is late, and what is about to be. */
export const CALLS_FOR_REMINDER: readonly Timeliness[] = ["overdue", "due-soon"];

/** Whether a task of timeliness `t` is reminded when its agency's whole list is. */
export const callsForReminder = (t: Timeliness): boolean => CALLS_FOR_REMINDER.includes(t);

/** Input of {@link remind}: who reminds, when, and the message (`note`), if any. */
export type RemindInput = DecisionInput;

/**
 * Reminds the lead agency of `task`. Fails with `TaskTransitionError` unless the task is open, and
 * with `TaskRuleError` on a bad decision input or a message longer than {@link MESSAGE_MAX}
 * (`message-too-long`). The message is the history event's `note`.
 */
export const remind = (task: Task, input: RemindInput): Result.Result<Task, TaskError> => {
  const action = "remind" as const;
  if (task.lifecycle !== "open")
    return Result.fail(new TaskTransitionError({ taskId: task.id, action, from: task.lifecycle }));
  const bad = checkDecision(input);
  if (bad !== null) return Result.fail(new TaskRuleError({ taskId: task.id, action, ...bad }));
  if (isText(input.note) && input.note.trim().length > MESSAGE_MAX)
    return Result.fail(
      new TaskRuleError({
        taskId: task.id,
        action,
        code: "message-too-long",
        problem: `lời nhắn dài quá ${MESSAGE_MAX} ký tự.`,
      }),
    );
  return Result.succeed(record(task, action, input, {}));
};

/** How many times a task was reminded, and the last time, from its history. */
export const countOf = (task: Task): { readonly count: number; readonly lastAt: string | null } => {
  const events = task.history.filter((e) => e.action === "remind");
  return { count: events.length, lastAt: events[events.length - 1]?.at ?? null };
};
