/**
 * Complete a task: the lead agency reports it done on a day (today by default). Load → the
 * domain's transition under the policy in force → save. When the policy asks the office to accept
 * completions and the caller reports for the agency (`AccessPolicy.reporterOf`,
 * `DecisionPolicy.needsAcceptance`), the report is submitted (`CompletionReport.submit`, audit row
 * `task.completion_submitted`) and the task waits for the office; otherwise the task is done
 * (`Task.complete`, audit row `task.completed`). Evidence must be files of the task's own
 * progress reports.
 */
import { CompletionReport, DecisionPolicy, Task } from "@dondoc/domain";
import * as Result from "effect/Result";

import * as AccessPolicy from "../../access/access-policy.js";
import * as TaskRepository from "../../repositories/task-repository.js";
import { type CommandContext, decisionOf, policyOf } from "../command-context.js";
import { UnknownReference } from "../use-case-error.js";
import type { TaskCommandError } from "./task-command-error.js";

export interface CompleteTask {
  readonly taskId: string;
  readonly expectedVersion: number;
  /** Defaults to today. */
  readonly completedOn?: string | undefined;
  readonly note?: string | undefined;
  /** Evidence: files attached to the task's progress reports. */
  readonly attachmentIds?: ReadonlyArray<string> | undefined;
}

export const completeTask = async (
  ctx: CommandContext,
  cmd: CompleteTask,
): Promise<Result.Result<TaskRepository.Saved, TaskCommandError>> => {
  const loaded = await TaskRepository.loadForWrite(ctx.db, ctx.principal, cmd.taskId, cmd.expectedVersion);
  if (Result.isFailure(loaded)) return Result.fail(loaded.failure);
  const { task } = loaded.success;
  const decision = { ...decisionOf(ctx, { note: cmd.note }), on: cmd.completedOn ?? ctx.rules.today };
  const policy = policyOf(ctx);
  const attachmentIds = [...new Set(cmd.attachmentIds ?? [])];
  if (attachmentIds.length > 0) {
    const found = await ctx.db
      .selectFrom("attachments")
      .innerJoin("progress_reports", "progress_reports.id", "attachments.report_id")
      .select("attachments.id")
      .where("progress_reports.task_id", "=", task.id)
      .where("attachments.id", "in", attachmentIds)
      .execute();
    const missing = attachmentIds.find((id) => !found.some((f) => f.id === id));
    if (missing !== undefined)
      return Result.fail(
        new UnknownReference({ field: "attachmentIds", what: "tệp của nhiệm vụ", id: missing }),
      );
  }
  if (DecisionPolicy.needsAcceptance(policy, AccessPolicy.reporterOf(ctx.principal))) {
    const after = CompletionReport.submit(task, { ...decision, attachmentIds }, policy);
    if (Result.isFailure(after)) return Result.fail(after.failure);
    return TaskRepository.save(ctx.db, ctx.who, loaded.success, after.success, {
      action: "task.completion_submitted",
      now: ctx.now,
      columns: { progress_percent: 100 },
    });
  }
  const after = Task.complete(task, decision, policy);
  if (Result.isFailure(after)) return Result.fail(after.failure);
  return TaskRepository.save(ctx.db, ctx.who, loaded.success, after.success, {
    action: "task.completed",
    now: ctx.now,
    columns: { progress_percent: 100 },
  });
};
