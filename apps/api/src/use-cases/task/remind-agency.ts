/**
 * Remind an agency of its whole list (đôn đốc hàng loạt): every task the caller reaches that the
 * agency leads and whose timeliness calls for a reminder (`Reminder.CALLS_FOR_REMINDER`: overdue
 * or due soon), optionally within one issuer or one notice, each reminded as by `remindTask` with
 * the same message — one history event, audit row and outbox event per task.
 */
import { Reminder } from "@dondoc/domain";
import { Result } from "effect";

import * as TaskRepository from "../../repositories/task-repository.js";
import * as Tasks from "../../services/tasks.js";
import type { CommandContext } from "../command-context.js";
import { NotFound } from "../use-case-error.js";
import { type Reminded, remindLoaded } from "./remind-task.js";
import type { TaskCommandError } from "./task-command-error.js";

export interface RemindAgency {
  readonly agencyId: string;
  readonly message?: string | null | undefined;
  /** Only the tasks of this issuer's notices. */
  readonly issuerId?: string | undefined;
  /** Only the tasks of this notice. */
  readonly noticeId?: string | undefined;
}

export const remindAgency = async (
  ctx: CommandContext,
  cmd: RemindAgency,
): Promise<Result.Result<Reminded[], TaskCommandError>> => {
  const agency = await ctx.db
    .selectFrom("agencies")
    .select("id")
    .where("id", "=", cmd.agencyId)
    .executeTakeFirst();
  if (agency === undefined) return Result.fail(new NotFound({ what: "cơ quan", id: cmd.agencyId }));
  let q = ctx.db
    .selectFrom("tasks")
    .select("id")
    .where(Tasks.listedFor(ctx.principal))
    .where("lead_agency_id", "=", cmd.agencyId)
    .where((eb) => eb.or(Reminder.CALLS_FOR_REMINDER.map((t) => Tasks.inTimeliness(t, ctx.rules)(eb))));
  if (cmd.issuerId !== undefined) q = q.where("issuer_agency_id", "=", cmd.issuerId);
  if (cmd.noticeId !== undefined) q = q.where("notice_id", "=", cmd.noticeId);
  const ids = await q.orderBy("due_on").orderBy("id").execute();
  const reminded: Reminded[] = [];
  for (const { id } of ids) {
    const loaded = await TaskRepository.load(ctx.db, ctx.principal, id, { lock: true });
    if (Result.isFailure(loaded)) continue;
    const done = await remindLoaded(ctx, loaded.success, cmd.message);
    if (Result.isFailure(done)) return Result.fail(done.failure);
    reminded.push(done.success);
  }
  return Result.succeed(reminded);
};
