/**
 * Decide an extension request: the issuing side approves (the proposed date or another) or
 * rejects it, citing the authorising document. The domain's `Extension.approve`/`reject` decide
 * what is allowed (a pending request only, a date after the current deadline and after today,
 * the policy's cap, a reason on a long-overdue task or a rejection); approval moves the task's
 * deadline in force (`task.deadline_extended`), the original stays recorded.
 */
import { Extension } from "@dondoc/domain";
import * as Result from "effect/Result";

import * as TaskRepository from "../../repositories/task-repository.js";
import { type CommandContext, decisionOf, policyOf } from "../command-context.js";
import { StaleVersion } from "../use-case-error.js";
import type { TaskCommandError } from "./task-command-error.js";

export interface DecideExtension {
  readonly extensionId: string;
  /** The request's version the caller read. */
  readonly expectedVersion: number;
  readonly approve: boolean;
  readonly approvedDueOn?: string | undefined;
  readonly note?: string | undefined;
  readonly decisionRef?: string | undefined;
}

export const decideExtension = async (
  ctx: CommandContext,
  cmd: DecideExtension,
): Promise<Result.Result<TaskRepository.ExtensionRow, TaskCommandError>> => {
  const loaded = await TaskRepository.loadByExtension(ctx.db, ctx.principal, cmd.extensionId, { lock: true });
  if (Result.isFailure(loaded)) return Result.fail(loaded.failure);
  const ext = loaded.success.extensions.find((e) => e.id === cmd.extensionId);
  if (ext !== undefined && ext.version !== cmd.expectedVersion)
    return Result.fail(new StaleVersion({ what: "Đề nghị gia hạn", id: ext.id, current: ext.version }));
  const d = decisionOf(ctx, { note: cmd.note, reference: cmd.decisionRef });
  const input = {
    decidedOn: d.on,
    by: d.by,
    note: d.note ?? null,
    reference: d.reference ?? null,
    ...(d.at === undefined ? {} : { at: d.at }),
    ...(cmd.approvedDueOn === undefined ? {} : { dueOn: cmd.approvedDueOn }),
  };
  const after = cmd.approve
    ? Extension.approve(loaded.success.task, cmd.extensionId, input, policyOf(ctx))
    : Extension.reject(loaded.success.task, cmd.extensionId, input);
  if (Result.isFailure(after)) return Result.fail(after.failure);
  const saved = await TaskRepository.save(ctx.db, ctx.who, loaded.success, after.success, {
    action: "task.deadline_extended",
    now: ctx.now,
    columns: cmd.approve && cmd.decisionRef !== undefined ? { decision_ref: cmd.decisionRef } : {},
  });
  if (Result.isFailure(saved)) return Result.fail(saved.failure);
  const row = saved.success.extensions.find((e) => e.id === cmd.extensionId);
  if (row === undefined) throw new Error(`extension request ${cmd.extensionId} was not saved`);
  return Result.succeed(row);
};
