/**
 * Issue 17, point 9: the named handler (chuyên viên xử lý) of a task inside its lead agency.
 * `handler_id` is the officer's account; `handler_name` their display name when they were given
 * the task (shown in lists without a join, as `lead_name` is). An index serves “my tasks”.
 */
import type { Kysely } from "kysely";
import { sql } from "kysely";

const statements = [
  `alter table tasks add column handler_id text references users(id)`,
  `alter table tasks add column handler_name text`,
  `create index tasks_handler on tasks (handler_id) where handler_id is not null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error("Migration 0900 cannot be reverted.");
}
