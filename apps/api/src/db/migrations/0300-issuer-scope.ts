/**
 * The issuing body of a notice (`notices.issuer_agency_id`, e.g. `brvt.ubnd` for UBND tỉnh): a
 * secretariat account belongs to one (`users.agency_id`) and follows up only that body's notices
 * and their tasks. Import jobs remember whose notices they write. Existing notices take the issuer
 * of the secretariat account that created them; the others wait for an administrator.
 *
 * Each task carries its notice's issuer too, kept by triggers (set from the notice on insert,
 * followed when the notice's issuer changes), so a secretariat's lists are index range scans on
 * (issuer, due date) like everyone else's rather than a join whose plan depends on statistics.
 */
import type { Kysely } from "kysely";
import { sql } from "kysely";

const statements = [
  `alter table notices add column issuer_agency_id text references agencies(id)`,
  `create index notices_issuer on notices (issuer_agency_id, id)`,
  `alter table import_jobs add column issuer_agency_id text references agencies(id)`,
  `update notices set issuer_agency_id = users.agency_id
     from users
    where users.id = notices.created_by and users.role = 'secretariat' and users.agency_id is not null`,
  `alter table tasks add column issuer_agency_id text`,
  `update tasks set issuer_agency_id = notices.issuer_agency_id
     from notices
    where notices.id = tasks.notice_id and notices.issuer_agency_id is not null`,
  `create function dondoc_task_issuer() returns trigger language plpgsql as $$
    begin
      new.issuer_agency_id := (select issuer_agency_id from notices where id = new.notice_id);
      return new;
    end
  $$`,
  `create trigger tasks_issuer before insert or update of notice_id, issuer_agency_id on tasks
    for each row execute function dondoc_task_issuer()`,
  `create function dondoc_notice_issuer() returns trigger language plpgsql as $$
    begin
      update tasks set issuer_agency_id = new.issuer_agency_id where notice_id = new.id;
      return null;
    end
  $$`,
  `create trigger notices_issuer after update of issuer_agency_id on notices
    for each row when (old.issuer_agency_id is distinct from new.issuer_agency_id)
    execute function dondoc_notice_issuer()`,
  `create index tasks_issuer_due on tasks (issuer_agency_id, due_on, id)`,
  `create index tasks_issuer_open_due on tasks (issuer_agency_id, due_on, id) where lifecycle = 'open'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error("Migration 0300 cannot be reverted.");
}
