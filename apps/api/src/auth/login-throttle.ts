/**
 * LoginThrottle — the sign-in limiter, shared by every process on the database (`login_throttle`,
 * migration 0600). Three counters, each with exponential back-off once it passes its threshold:
 *
 * - the client address (`addr:`): 20 failures, whatever the usernames (password spraying);
 * - the pair username × address (`pair:`): 5 failures;
 * - the username (`user:`): 5 failures from any addresses — but it refuses only addresses that have
 *   already failed for that username. An address that has not failed is always let through to the
 *   password check, so a burst of wrong passwords from elsewhere never locks the owner out; each
 *   such address gets one guess while the username is locked, after which its pair counts.
 *
 * An attempt is charged *before* the password is checked, by one atomic upsert that refuses while
 * the key is locked: N parallel attempts see N different counts, so they cannot race past the
 * limit. A correct password takes its charge back (and clears the username and the pair); an
 * attempt refused by a later counter gives back the earlier ones, so only checked passwords count.
 * Counts are forgotten an hour after the last failure.
 */
import type { Kysely, RawBuilder } from "kysely";
import { sql } from "kysely";

import type { Database } from "../db/schema.js";

interface Limit {
  /** Failures allowed before the key locks. */
  readonly threshold: number;
}

const perAddress: Limit = { threshold: 20 };
const perPair: Limit = { threshold: 5 };
const perUser: Limit = { threshold: 5 };

/** The first lock lasts 30 s and doubles with every further failure, up to 15 minutes. */
export const BASE_SECONDS = 30;
export const MAX_SECONDS = 900;
const FORGET_SECONDS = 3600;

/** Seconds a key stays locked after its `failures`-th failure (0 below the threshold). */
export const backoffSeconds = (failures: number, threshold: number): number =>
  failures < threshold ? 0 : Math.min(MAX_SECONDS, BASE_SECONDS * 2 ** Math.min(failures - threshold, 20));

const lockSql = (failures: RawBuilder<unknown>, threshold: number, now: Date) =>
  sql`case when ${failures} >= ${threshold}::int
        then ${now}::timestamptz + make_interval(secs => least(${MAX_SECONDS}::float8, ${BASE_SECONDS}::float8 * power(2::float8, least(${failures} - ${threshold}::int, 20))))
      end`;

type Charge =
  | { readonly ok: true; readonly failures: number }
  | { readonly ok: false; readonly retryAfter: number };

/** Counts one attempt on `key` unless it is locked; returns the count including this attempt. */
const charge = async (db: Kysely<Database>, key: string, limit: Limit, now: Date): Promise<Charge> => {
  const forget = new Date(now.getTime() - FORGET_SECONDS * 1000);
  const next = sql`(case when login_throttle.last_at < ${forget}::timestamptz then 1 else login_throttle.failures + 1 end)`;
  const row = await sql<{ failures: number }>`
    insert into login_throttle (key, failures, last_at, locked_until)
    values (${key}, 1, ${now}::timestamptz, ${lockSql(sql`1`, limit.threshold, now)})
    on conflict (key) do update set
      failures = ${next},
      last_at = ${now}::timestamptz,
      locked_until = ${lockSql(next, limit.threshold, now)}
    where login_throttle.locked_until is null or login_throttle.locked_until <= ${now}::timestamptz
    returning failures`.execute(db);
  const failures = row.rows[0]?.failures;
  if (failures !== undefined) return { ok: true, failures: Number(failures) };
  const locked = await db
    .selectFrom("login_throttle")
    .select("locked_until")
    .where("key", "=", key)
    .executeTakeFirst();
  const until = locked?.locked_until?.getTime() ?? now.getTime();
  return { ok: false, retryAfter: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
};

/** Takes back one charge of `key` (the attempt was not a failed guess). */
const refund = async (db: Kysely<Database>, key: string, limit: Limit): Promise<void> => {
  await sql`
    update login_throttle set
      failures = greatest(failures - 1, 0),
      locked_until = case when failures - 1 >= ${limit.threshold}::int then locked_until end
    where key = ${key}`.execute(db);
};

const keys = (username: string, address: string) => ({
  address: `addr:${address}`,
  pair: `pair:${username}|${address}`,
  user: `user:${username}`,
});

/** May this attempt check a password? If so, `settle` must be called with the outcome. */
export type Admission =
  | { readonly ok: true; readonly settle: (isCorrect: boolean) => Promise<void> }
  | { readonly ok: false; readonly retryAfter: number };

/**
 * Charges an attempt to sign in as `username` (normalised) from `address`. Refused (with the
 * seconds to wait) when the address, the pair or — for an address that has failed for this
 * username — the username is locked.
 */
export const admit = async (
  db: Kysely<Database>,
  username: string,
  address: string,
  now: Date,
): Promise<Admission> => {
  const k = keys(username, address);
  const byAddress = await charge(db, k.address, perAddress, now);
  if (!byAddress.ok) return byAddress;
  const byPair = await charge(db, k.pair, perPair, now);
  if (!byPair.ok) {
    await refund(db, k.address, perAddress);
    return byPair;
  }
  const byUser = await charge(db, k.user, perUser, now);
  // A locked username still lets through an address with no failure for it (its first charge).
  const isBypass = !byUser.ok && byPair.failures === 1;
  if (!byUser.ok && !isBypass) {
    await refund(db, k.pair, perPair);
    await refund(db, k.address, perAddress);
    return byUser;
  }
  return {
    ok: true,
    settle: async (isCorrect) => {
      if (isCorrect) {
        await db.deleteFrom("login_throttle").where("key", "in", [k.user, k.pair]).execute();
        await refund(db, k.address, perAddress);
        return;
      }
      if (isBypass) {
        // The username was locked and not charged: count this failure and lengthen its lock.
        const next = sql`(login_throttle.failures + 1)`;
        await sql`
          update login_throttle set
            failures = ${next},
            last_at = ${now}::timestamptz,
            locked_until = greatest(locked_until, ${lockSql(next, perUser.threshold, now)})
          where key = ${k.user}`.execute(db);
      }
      // Rows nobody has failed on for a day (unknown usernames, old addresses) are dropped.
      await db
        .deleteFrom("login_throttle")
        .where("last_at", "<", new Date(now.getTime() - 24 * 3_600_000))
        .execute();
    },
  };
};
