/**
 * Issue 14, items 10 and 17. `login_throttle` replaces `login_failures`: one row per throttled key
 * (a username, a client address, or the pair) with its failure count and the instant it is locked
 * until, updated by one atomic upsert so that parallel attempts — on every process sharing the
 * database — cannot slip past the limit.
 *
 * `audit_chain` makes the audit log tamper-evident: one row per audit row, in commit order, holding
 * the SHA-256 of the previous link's hash and the audit row's canonical content. A deferred
 * constraint trigger writes it at commit, under one advisory lock, so concurrent writers form one
 * chain; taking the lock last (at commit, after every row lock) keeps it out of deadlock cycles.
 * Existing rows are chained in id order here.
 */
import type { Kysely } from "kysely";
import { sql } from "kysely";

/**
 * The canonical content of an audit row `r`, as text: built-in functions only, so a verifier can
 * recompute it with the same expression without trusting a function stored in the database.
 */
export const canonicalOf = (r: string): string =>
  `jsonb_build_array(${r}.id::text, to_char(${r}.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), ${r}.actor, ${r}.action, ${r}.entity, ${r}.entity_id, ${r}.before, ${r}.after, ${r}.request_id)::text`;

/** The advisory lock that serialises the chain's tail. */
export const CHAIN_LOCK = 4242017;

const statements = [
  `drop table login_failures`,
  `create table login_throttle (
    key text primary key,
    failures integer not null,
    last_at timestamptz not null,
    locked_until timestamptz
  )`,
  `create index login_throttle_last_at on login_throttle (last_at)`,
  `create table audit_chain (
    seq bigint primary key,
    audit_id bigint not null unique,
    prev_hash text not null,
    hash text not null
  )`,
  `create function audit_chain_link() returns trigger language plpgsql as $$
    declare
      tail audit_chain%rowtype;
      prev text;
    begin
      perform pg_advisory_xact_lock(${CHAIN_LOCK});
      select * into tail from audit_chain order by seq desc limit 1;
      prev := coalesce(tail.hash, '');
      insert into audit_chain (seq, audit_id, prev_hash, hash)
        values (coalesce(tail.seq, 0) + 1, new.id, prev,
                encode(sha256(convert_to(prev || ${canonicalOf("new")}, 'UTF8')), 'hex'));
      return null;
    end
  $$`,
  `create constraint trigger audit_log_chain after insert on audit_log
    deferrable initially deferred for each row execute function audit_chain_link()`,
  `create trigger audit_chain_no_update before update or delete on audit_chain
    for each row execute function audit_log_is_append_only()`,
  `create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function audit_log_is_append_only()`,
  `do $$
    declare
      r audit_log%rowtype;
      prev text := '';
      n bigint := 0;
      h text;
    begin
      for r in select * from audit_log order by id loop
        n := n + 1;
        h := encode(sha256(convert_to(prev || ${canonicalOf("r")}, 'UTF8')), 'hex');
        insert into audit_chain (seq, audit_id, prev_hash, hash) values (n, r.id, prev, h);
        prev := h;
      end loop;
    end
  $$`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error("Migration 0600 cannot be reverted.");
}
