/**
 * Remind a task (đôn đốc): the issuer's secretariat reminds the lead agency, with an optional
 * message. Load (locked) → the domain's `Reminder.remind` → save: the reminder row (who, when,
 * the message), then the task's count and last instant with the audit row `task.reminded`, whose
 * outbox event `task.reminded` carries the reminder to webhooks and to the agency's officers (tin
 * báo). Who may remind is the route's permission (`tasks.manage`) within the caller's reach.
 */
import { Reminder } from "@dondoc/domain";
import { Result } from "effect";
import type { Selectable } from "kysely";

import type { TaskReminderTable } from "../../db/schema.js";
import * as TaskRepository from "../../repositories/task-repository.js";
import * as Ids from "../../services/ids.js";
import { type CommandContext, decisionOf } from "../command-context.js";
import type { TaskCommandError } from "./task-command-error.js";

export type ReminderRow = Selectable<TaskReminderTable>;

export interface RemindTask {
  readonly taskId: string;
  readonly message?: string | null | undefined;
}

export interface Reminded extends TaskRepository.Saved {
  readonly reminder: ReminderRow;
}

/** Reminds a task already loaded (and locked) in `ctx`'s transaction. */
export const remindLoaded = async (
  ctx: CommandContext,
  loaded: TaskRepository.Loaded,
  message: string | null | undefined,
): Promise<Result.Result<Reminded, TaskCommandError>> => {
  const after = Reminder.remind(loaded.task, decisionOf(ctx, { note: message }));
  if (Result.isFailure(after)) return Result.fail(after.failure);
  const event = after.success.history[after.success.history.length - 1];
  const reminder = await ctx.db
    .insertInto("task_reminders")
    .values({
      id: Ids.make("rmd"),
      task_id: loaded.task.id,
      reminded_by: ctx.who.actor,
      message: event?.note ?? null,
      created_at: ctx.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const saved = await TaskRepository.save(ctx.db, ctx.who, loaded, after.success, {
    action: "task.reminded",
    now: ctx.now,
    columns: { reminder_count: loaded.row.reminder_count + 1, last_reminded_at: ctx.now },
    eventData: {
      reminder: {
        id: reminder.id,
        by: reminder.reminded_by,
        message: reminder.message,
        at: reminder.created_at.toISOString(),
      },
    },
  });
  if (Result.isFailure(saved)) return Result.fail(saved.failure);
  return Result.succeed({ ...saved.success, reminder });
};

export const remindTask = async (
  ctx: CommandContext,
  cmd: RemindTask,
): Promise<Result.Result<Reminded, TaskCommandError>> => {
  const loaded = await TaskRepository.load(ctx.db, ctx.principal, cmd.taskId, { lock: true });
  if (Result.isFailure(loaded)) return Result.fail(loaded.failure);
  return remindLoaded(ctx, loaded.success, cmd.message);
};
