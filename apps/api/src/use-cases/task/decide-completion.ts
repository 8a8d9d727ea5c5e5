/**
 * Decide an agency's completion report: the office (the issuer's secretariat, an administrator:
 * the route's permission and the task's reach) accepts it — the task is done on the day the agency
 * stated, audit row `task.completion_accepted` — or returns it with a reason — the task is open
 * again, audit row `task.completion_returned`. Load → `CompletionReport.accept` / `giveBack` →
 * save.
 */
import { CompletionReport } from "@dondoc/domain";
import { Result } from "effect";

import * as TaskRepository from "../../repositories/task-repository.js";
import { type CommandContext, decisionOf } from "../command-context.js";
import type { TaskCommandError } from "./task-command-error.js";

export interface DecideCompletion {
  readonly taskId: string;
  readonly expectedVersion: number;
  readonly decision: "accept" | "return";
  /** The reason of a return (required then); a remark on an acceptance. */
  readonly reason?: string | undefined;
}

export const decideCompletion = async (
  ctx: CommandContext,
  cmd: DecideCompletion,
): Promise<Result.Result<TaskRepository.Saved, TaskCommandError>> => {
  const loaded = await TaskRepository.loadForWrite(ctx.db, ctx.principal, cmd.taskId, cmd.expectedVersion);
  if (Result.isFailure(loaded)) return Result.fail(loaded.failure);
  const decision = decisionOf(ctx, { note: cmd.reason });
  const accepting = cmd.decision === "accept";
  const after = accepting
    ? CompletionReport.accept(loaded.success.task, decision)
    : CompletionReport.giveBack(loaded.success.task, decision);
  if (Result.isFailure(after)) return Result.fail(after.failure);
  return TaskRepository.save(ctx.db, ctx.who, loaded.success, after.success, {
    action: accepting ? "task.completion_accepted" : "task.completion_returned",
    now: ctx.now,
  });
};
