/**
 * Complete a task: the lead agency reports it done on a day (today by default). Load → the
 * domain's `Task.complete` under the policy in force → save, with the audit row `task.completed`.
 */
import { Task } from "@dondoc/domain";
import * as Result from "effect/Result";

import * as TaskRepository from "../../repositories/task-repository.js";
import { type CommandContext, decisionOf, policyOf } from "../command-context.js";
import type { TaskCommandError } from "./task-command-error.js";

export interface CompleteTask {
  readonly taskId: string;
  readonly expectedVersion: number;
  /** Defaults to today. */
  readonly completedOn?: string | undefined;
  readonly note?: string | undefined;
}

export const completeTask = async (
  ctx: CommandContext,
  cmd: CompleteTask,
): Promise<Result.Result<TaskRepository.Saved, TaskCommandError>> => {
  const loaded = await TaskRepository.loadForWrite(ctx.db, ctx.principal, cmd.taskId, cmd.expectedVersion);
  if (Result.isFailure(loaded)) return Result.fail(loaded.failure);
  const { task } = loaded.success;
  const decision = { ...decisionOf(ctx, { note: cmd.note }), on: cmd.completedOn ?? ctx.rules.today };
  const after = Task.complete(task, decision, policyOf(ctx));
  if (Result.isFailure(after)) return Result.fail(after.failure);
  return TaskRepository.save(ctx.db, ctx.who, loaded.success, after.success, {
    action: "task.completed",
    now: ctx.now,
    columns: { progress_percent: 100 },
  });
};
