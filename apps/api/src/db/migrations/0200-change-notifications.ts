/**
 * Change notifications (see `db/changes.ts`): every write to the tables that processes cache —
 * sessions and users (the signed-in principal), tasks and notices (task pages), the calendar and
 * the policy (the rules) — sends `NOTIFY dondoc_changes`, delivered to every listening process
 * when the transaction commits. Triggers rather than calls in the code, so no write path can forget.
 */
import type { Kysely } from "kysely";
import { sql } from "kysely";

const statements = [
  `create function dondoc_notify_topic() returns trigger language plpgsql as $$
    begin
      perform pg_notify('dondoc_changes', tg_argv[0]);
      return null;
    end
  $$`,
  `create function dondoc_notify_session() returns trigger language plpgsql as $$
    begin
      -- tg_argv[0] names the column that holds the user id.
      perform pg_notify('dondoc_changes', 'session:' || (to_jsonb(old) ->> tg_argv[0]));
      return null;
    end
  $$`,
  ...["tasks", "notices"].map(
    (table) => `create trigger ${table}_notify after insert or update or delete or truncate on ${table}
      for each statement execute function dondoc_notify_topic('${table}')`,
  ),
  ...["calendar_years", "calendar_days", "policy_settings"].map(
    (table) => `create trigger ${table}_notify after insert or update or delete or truncate on ${table}
      for each statement execute function dondoc_notify_topic('rules')`,
  ),
  `create trigger users_notify after update or delete on users
    for each row execute function dondoc_notify_session('id')`,
  `create trigger sessions_notify after delete on sessions
    for each row execute function dondoc_notify_session('user_id')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error("Migration 0200 cannot be reverted.");
}
