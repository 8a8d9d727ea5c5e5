/**
 * The issuing body of a notice (`notices.issuer_agency_id`, e.g. `brvt.ubnd` for UBND tỉnh): a
 * secretariat account belongs to one (`users.agency_id`) and follows up only that body's notices
 * and their tasks. Import jobs remember whose notices they write. Existing notices take the issuer
 * of the secretariat account that created them; the others wait for an administrator.
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
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error("Migration 0300 cannot be reverted.");
}
