/**
 * Name the handler (chuyên viên xử lý) of a task inside its lead agency, or take the task back
 * (`userId: null`). Load the task (for a caller who may name its handler, `AccessPolicy`) and the
 * officer's account → the domain's `TaskHandler.assign` (an active officer of the lead agency, a
 * task being carried out) → save, with the audit row and the task's history.
 */
import { TaskHandler } from "@dondoc/domain";
import { Result } from "effect";

import * as AccessPolicy from "../../access/access-policy.js";
import * as TaskRepository from "../../repositories/task-repository.js";
import { type CommandContext, decisionOf } from "../command-context.js";
import { Forbidden, UnknownReference } from "../use-case-error.js";
import type { TaskCommandError } from "./task-command-error.js";

export interface AssignHandler {
  readonly taskId: string;
  readonly expectedVersion: number;
  readonly userId: string | null;
}

export const assignHandler = async (
  ctx: CommandContext,
  cmd: AssignHandler,
): Promise<Result.Result<TaskRepository.Saved, TaskCommandError>> => {
  const loaded = await TaskRepository.loadForWrite(ctx.db, ctx.principal, cmd.taskId, cmd.expectedVersion);
  if (Result.isFailure(loaded)) return Result.fail(loaded.failure);
  if (!AccessPolicy.mayAssignHandler(ctx.principal, loaded.success.row))
    return Result.fail(
      new Forbidden({
        reason:
          "Chỉ cơ quan chủ trì hoặc Văn phòng được giao chuyên viên xử lý / Only the lead agency or the secretariat names the handler",
      }),
    );
  let officer: TaskHandler.Officer | null = null;
  if (cmd.userId !== null) {
    const user = await ctx.db
      .selectFrom("users")
      .select(["id", "display_name", "username", "role", "agency_id", "disabled"])
      .where("id", "=", cmd.userId)
      .executeTakeFirst();
    if (user === undefined)
      return Result.fail(new UnknownReference({ field: "userId", what: "tài khoản", id: cmd.userId }));
    officer = {
      userId: user.id,
      name: user.display_name.trim() || user.username,
      isOfficer: user.role === "agency_officer",
      agencyId: user.agency_id,
      active: !user.disabled,
    };
  }
  const after = TaskHandler.assign(loaded.success.task, { ...decisionOf(ctx), officer });
  if (Result.isFailure(after)) return Result.fail(after.failure);
  return TaskRepository.save(ctx.db, ctx.who, loaded.success, after.success, {
    action: cmd.userId === null ? "task.handler_unassigned" : "task.handler_assigned",
    now: ctx.now,
  });
};
