/**
 * Comment on a task: anyone who may see the task and report on it (the issuer's secretariat, the
 * agency's officers, an administrator) writes on its thread. Load → the domain's
 * `TaskComment.write` (text, mentions) → every mentioned username must name an active account
 * who may see the task (`access/task-audience.ts`; otherwise `mention-not-allowed`, naming no one
 * who exists elsewhere) → save the comment with the audit row `comment.added`, whose outbox event
 * `task.commented` gives each mentioned person a tin báo.
 */
import { Task, TaskComment } from "@dondoc/domain";
import { Result } from "effect";
import type { Selectable } from "kysely";

import * as TaskAudience from "../../access/task-audience.js";
import type { TaskCommentTable } from "../../db/schema.js";
import * as TaskRepository from "../../repositories/task-repository.js";
import * as Audit from "../../services/audit.js";
import * as Ids from "../../services/ids.js";
import type { CommandContext } from "../command-context.js";
import type { TaskCommandError } from "./task-command-error.js";

export type CommentRow = Selectable<TaskCommentTable>;

export interface AddComment {
  readonly taskId: string;
  readonly body: string;
}

export const addComment = async (
  ctx: CommandContext,
  cmd: AddComment,
): Promise<Result.Result<CommentRow, TaskCommandError>> => {
  const loaded = await TaskRepository.load(ctx.db, ctx.principal, cmd.taskId);
  if (Result.isFailure(loaded)) return Result.fail(loaded.failure);
  const task = loaded.success.task;
  const written = TaskComment.write(task, {
    id: Ids.make("cmt"),
    by: ctx.who.actor,
    at: TaskRepository.instantOf(ctx.now),
    body: cmd.body,
  });
  if (Result.isFailure(written)) return Result.fail(written.failure);
  const comment = written.success;
  const named = await TaskAudience.usersNamed(ctx.db, comment.mentions);
  const audience = await TaskAudience.among(ctx.db, task.id, named);
  const refused = comment.mentions.filter((name) => !audience.some((m) => m.username === name));
  if (refused.length > 0)
    return Result.fail(
      new Task.TaskRuleError({
        taskId: task.id,
        action: "comment",
        code: "mention-not-allowed",
        problem: `không thể nhắc tên ${refused.map((n) => `@${n}`).join(", ")}: không có người dùng này trong số những người xem được nhiệm vụ.`,
      }),
    );
  const row = await ctx.db
    .insertInto("task_comments")
    .values({
      id: comment.id,
      task_id: task.id,
      author_id: comment.by,
      body: comment.body,
      mentions: JSON.stringify(comment.mentions.map((name) => audience.find((m) => m.username === name)?.id)),
      created_at: ctx.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await Audit.record(ctx.db, ctx.who, {
    action: "comment.added",
    entity: "task_comment",
    entityId: row.id,
    after: row,
  });
  return Result.succeed(row);
};
