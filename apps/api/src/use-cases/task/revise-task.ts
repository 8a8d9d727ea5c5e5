/**
 * Revise a task (PATCH): its text, lead and coordinating agencies, due date (a draft's only),
 * resolution link. The domain's `Task.revise` decides what may change in the task's state and its
 * notice's (a published task's deadline moves only by an extension; done, cancelled and archived
 * tasks stay as they are); agencies are looked up in the directory.
 */
import { Task } from "@dondoc/domain";
import * as Result from "effect/Result";
import type { Coordinator } from "../../db/schema.js";
import * as TaskRepository from "../../repositories/task-repository.js";
import { type CommandContext, decisionOf } from "../command-context.js";
import { UnknownReference } from "../use-case-error.js";
import type { TaskCommandError } from "./task-command-error.js";

export interface ReviseTask {
  readonly taskId: string;
  readonly expectedVersion: number;
  readonly action?: string | undefined;
  readonly leadAgencyId?: string | undefined;
  readonly coordinators?: ReadonlyArray<Coordinator> | undefined;
  readonly dueOn?: string | null | undefined;
  readonly resolutionId?: string | null | undefined;
  readonly decisionRef?: string | undefined;
}

export const reviseTask = async (
  ctx: CommandContext,
  cmd: ReviseTask,
): Promise<Result.Result<TaskRepository.Saved, TaskCommandError>> => {
  const loaded = await TaskRepository.loadForWrite(ctx.db, ctx.principal, cmd.taskId, cmd.expectedVersion);
  if (Result.isFailure(loaded)) return Result.fail(loaded.failure);
  const { task } = loaded.success;
  let lead: Task.Assignee | undefined;
  if (cmd.leadAgencyId !== undefined) {
    const agency = await ctx.db
      .selectFrom("agencies")
      .select(["id", "name"])
      .where("id", "=", cmd.leadAgencyId)
      .executeTakeFirst();
    if (agency === undefined)
      return Result.fail(
        new UnknownReference({ field: "leadAgencyId", what: "cơ quan", id: cmd.leadAgencyId }),
      );
    lead = { agencyId: agency.id, name: agency.name };
  }
  const after = Task.revise(task, {
    ...decisionOf(ctx, { reference: cmd.decisionRef }),
    noticeLifecycle: loaded.success.noticeLifecycle,
    ...(cmd.action === undefined ? {} : { action: cmd.action }),
    ...(lead === undefined ? {} : { lead }),
    ...(cmd.coordinators === undefined ? {} : { coordinators: cmd.coordinators }),
    ...(cmd.dueOn === undefined ? {} : { dueOn: cmd.dueOn }),
  });
  if (Result.isFailure(after)) return Result.fail(after.failure);
  return TaskRepository.save(ctx.db, ctx.who, loaded.success, after.success, {
    action: "task.updated",
    now: ctx.now,
    columns: {
      ...(cmd.resolutionId === undefined ? {} : { resolution_id: cmd.resolutionId }),
      ...(cmd.decisionRef === undefined ? {} : { decision_ref: cmd.decisionRef }),
    },
  });
};
