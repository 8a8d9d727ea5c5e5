/**
 * The reach of accounts and keys becomes a set of issuing bodies (issue #14, items 5 and 18).
 *
 * - `users.issuer_ids`: the issuers a secretariat account follows up — an office serving both the
 *   People's Council and the People's Committee follows two. Filled from `users.agency_id`, which
 *   held the one issuer of a secretariat until now (and stays its first issuer).
 * - `api_keys.issuer_ids`: every key is bound to one or more issuers (and optionally an agency);
 *   an empty set reaches nothing. Keys issued before this migration saw every issuer's work: they
 *   are bound to the issuers that exist at migration time (those named on notices or followed by a
 *   secretariat), so integrations keep working on today's data but never see an issuer added
 *   later until an administrator issues a key for it. On an install with no issuer yet, old keys
 *   reach nothing — the safe side.
 * - The idempotency store is emptied: its rows held whole response bodies, secrets included, and
 *   from now on it keeps none (`http/idempotency.ts`). A retry of a request older than this
 *   migration runs again, as it would after the 24-hour expiry.
 */
import type { Kysely } from "kysely";
import { sql } from "kysely";

const statements = [
  `alter table users add column issuer_ids jsonb not null default '[]'`,
  `update users set issuer_ids = jsonb_build_array(agency_id)
    where role = 'secretariat' and agency_id is not null`,
  `alter table api_keys add column issuer_ids jsonb not null default '[]'`,
  `update api_keys set issuer_ids = coalesce((
     select jsonb_agg(issuer order by issuer) from (
       select issuer_agency_id as issuer from notices where issuer_agency_id is not null
       union
       select agency_id from users where role = 'secretariat' and agency_id is not null
     ) existing
   ), '[]')`,
  `delete from idempotency_records`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error("Migration 0400 cannot be reverted.");
}
