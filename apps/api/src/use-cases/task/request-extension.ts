/**
 * Request an extension (đề nghị gia hạn): the lead agency asks for a later deadline with a
 * reason. The domain's `Extension.request` applies the policy in force (cap, lead time, one
 * pending request, a date after the current deadline and after today); the request is saved with
 * its audit row `extension.requested`.
 */
import { Extension } from "@dondoc/domain";
import * as Result from "effect/Result";

import * as TaskRepository from "../../repositories/task-repository.js";
import { type CommandContext, decisionOf, policyOf } from "../command-context.js";
import type { TaskCommandError } from "./task-command-error.js";

export interface RequestExtension {
  readonly taskId: string;
  readonly reason: string;
  readonly proposedDueOn: string;
}

export const requestExtension = async (
  ctx: CommandContext,
  cmd: RequestExtension,
): Promise<Result.Result<TaskRepository.ExtensionRow, TaskCommandError>> => {
  const loaded = await TaskRepository.load(ctx.db, ctx.principal, cmd.taskId, { lock: true });
  if (Result.isFailure(loaded)) return Result.fail(loaded.failure);
  const d = decisionOf(ctx);
  const id = TaskRepository.newExtensionId();
  const after = Extension.request(
    loaded.success.task,
    {
      id,
      reason: cmd.reason,
      proposedDueOn: cmd.proposedDueOn,
      requestedOn: d.on,
      by: d.by,
      ...(d.at === undefined ? {} : { at: d.at }),
    },
    policyOf(ctx),
  );
  if (Result.isFailure(after)) return Result.fail(after.failure);
  const saved = await TaskRepository.save(ctx.db, ctx.who, loaded.success, after.success, {
    action: "task.extension_requested",
    now: ctx.now,
  });
  if (Result.isFailure(saved)) return Result.fail(saved.failure);
  const row = saved.success.extensions.find((e) => e.id === id);
  // The domain added exactly this request and the repository wrote it: anything else is a defect.
  if (row === undefined) throw new Error(`extension request ${id} was not saved`);
  return Result.succeed(row);
};
