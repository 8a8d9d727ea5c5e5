/** Row → view mappers of a task's reminders and comments, with the names of the people they name. */
import type { Kysely, Selectable } from "kysely";

import type { AttachmentTable, Database, TaskCommentTable, TaskReminderTable } from "../db/schema.js";
import { attachmentView } from "./follow-up.js";

/**
 * The display names of audit actors (`user:usr_…` → the account's name, `apikey:key_…` → the
 * key's name); an actor no longer found keeps a neutral label, never its id.
 */
export const actorNames = async (
  db: Kysely<Database>,
  actors: readonly string[],
): Promise<Map<string, string>> => {
  const userIds = [...new Set(actors.filter((a) => a.startsWith("user:")).map((a) => a.slice(5)))];
  const keyIds = [...new Set(actors.filter((a) => a.startsWith("apikey:")).map((a) => a.slice(7)))];
  const names = new Map<string, string>();
  if (userIds.length > 0)
    for (const u of await db
      .selectFrom("users")
      .select(["id", "display_name"])
      .where("id", "in", userIds)
      .execute())
      names.set(`user:${u.id}`, u.display_name);
  if (keyIds.length > 0)
    for (const k of await db
      .selectFrom("api_keys")
      .select(["id", "name"])
      .where("id", "in", keyIds)
      .execute())
      names.set(`apikey:${k.id}`, k.name);
  return names;
};

const person = (names: Map<string, string>, actor: string) => ({
  id: actor,
  name: names.get(actor) ?? (actor.startsWith("apikey:") ? "Khoá API" : "Người dùng"),
});

export const reminderView = (r: Selectable<TaskReminderTable>, names: Map<string, string>) => ({
  id: r.id,
  taskId: r.task_id,
  remindedBy: person(names, r.reminded_by),
  message: r.message,
  createdAt: r.created_at.toISOString(),
});

/** Views of `reminders`, naming who sent each. */
export const reminderViews = async (db: Kysely<Database>, reminders: Selectable<TaskReminderTable>[]) => {
  const names = await actorNames(
    db,
    reminders.map((r) => r.reminded_by),
  );
  return reminders.map((r) => reminderView(r, names));
};

/** Views of `comments` with their authors, mentioned users and attachments. */
export const commentViews = async (db: Kysely<Database>, comments: Selectable<TaskCommentTable>[]) => {
  if (comments.length === 0) return [];
  const names = await actorNames(
    db,
    comments.map((c) => c.author_id),
  );
  const mentioned = [...new Set(comments.flatMap((c) => c.mentions))];
  const users =
    mentioned.length === 0
      ? []
      : await db
          .selectFrom("users")
          .select(["id", "username", "display_name"])
          .where("id", "in", mentioned)
          .execute();
  const attachments: Selectable<AttachmentTable>[] = await db
    .selectFrom("attachments")
    .selectAll()
    .where(
      "comment_id",
      "in",
      comments.map((c) => c.id),
    )
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return comments.map((c) => ({
    id: c.id,
    taskId: c.task_id,
    author: person(names, c.author_id),
    body: c.body,
    mentions: c.mentions.flatMap((id) => {
      const u = users.find((x) => x.id === id);
      return u === undefined ? [] : [{ id: u.id, username: u.username, name: u.display_name }];
    }),
    attachments: attachments.filter((a) => a.comment_id === c.id).map(attachmentView),
    createdAt: c.created_at.toISOString(),
  }));
};

/** The view of one comment. */
export const commentView = async (db: Kysely<Database>, comment: Selectable<TaskCommentTable>) => {
  const [view] = await commentViews(db, [comment]);
  if (view === undefined) throw new Error(`comment ${comment.id} has no view`);
  return view;
};
