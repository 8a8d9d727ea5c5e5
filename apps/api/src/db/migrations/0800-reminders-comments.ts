/**
 * Issue 17, points 7 and 8. Reminders (đôn đốc): one row per reminder of a task (who, when, the
 * message), and on the task the count and the instant of the last one, so that lists show them
 * without a join. Comments: a task's thread between the secretariat and the agency, each with the
 * users it mentions (both in the order written: `seq`, as one transaction stamps one instant); attachments belong to a progress report or to a comment (one of the two).
 */
import type { Kysely } from "kysely";
import { sql } from "kysely";

const statements = [
  `alter table tasks add column reminder_count integer not null default 0`,
  `alter table tasks add column last_reminded_at timestamptz`,
  `create table task_reminders (
    id text primary key,
    seq bigint generated always as identity,
    task_id text not null references tasks(id) on delete cascade,
    reminded_by text not null,
    message text,
    created_at timestamptz not null default now()
  )`,
  `create index task_reminders_task on task_reminders (task_id, created_at, seq)`,
  `create table task_comments (
    id text primary key,
    seq bigint generated always as identity,
    task_id text not null references tasks(id) on delete cascade,
    author_id text not null,
    body text not null,
    mentions jsonb not null default '[]',
    created_at timestamptz not null default now()
  )`,
  `create index task_comments_task on task_comments (task_id, created_at, seq)`,
  `alter table attachments alter column report_id drop not null`,
  `alter table attachments add column comment_id text references task_comments(id) on delete cascade`,
  `alter table attachments add constraint attachments_one_owner
    check ((report_id is null) <> (comment_id is null))`,
  `create index attachments_comment on attachments (comment_id) where comment_id is not null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error("Migration 0800 cannot be reverted.");
}
