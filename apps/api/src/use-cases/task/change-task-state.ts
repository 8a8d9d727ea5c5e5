/**
 * Pause, resume, cancel or reopen a task by a decision of the issuing side. Each goes through the
 * domain's lifecycle (a cancelled task stays cancelled; pause, cancel and reopen need a reason),
 * and the authorising document, when given, becomes the task's decision reference.
 */
import { Task } from "@dondoc/domain";
import * as Result from "effect/Result";

import * as TaskRepository from "../../repositories/task-repository.js";
import { type CommandContext, decisionOf } from "../command-context.js";
import type { TaskCommandError } from "./task-command-error.js";

export type StateChange = "pause" | "resume" | "cancel" | "reopen";

export interface ChangeTaskState {
  readonly taskId: string;
  readonly expectedVersion: number;
  readonly action: StateChange;
  readonly note?: string | undefined;
  readonly decisionRef?: string | undefined;
}

const transition: Record<
  StateChange,
  (t: Task.Task, d: Task.DecisionInput) => Result.Result<Task.Task, Task.TaskError>
> = {
  pause: Task.pause,
  resume: Task.resume,
  cancel: Task.cancel,
  reopen: Task.reopen,
};

export const changeTaskState = async (
  ctx: CommandContext,
  cmd: ChangeTaskState,
): Promise<Result.Result<TaskRepository.Saved, TaskCommandError>> => {
  const loaded = await TaskRepository.loadForWrite(ctx.db, ctx.principal, cmd.taskId, cmd.expectedVersion);
  if (Result.isFailure(loaded)) return Result.fail(loaded.failure);
  const { task } = loaded.success;
  const after = transition[cmd.action](task, decisionOf(ctx, { note: cmd.note, reference: cmd.decisionRef }));
  if (Result.isFailure(after)) return Result.fail(after.failure);
  return TaskRepository.save(ctx.db, ctx.who, loaded.success, after.success, {
    action: `task.${cmd.action}`,
    now: ctx.now,
    columns: cmd.decisionRef === undefined ? {} : { decision_ref: cmd.decisionRef },
  });
};
