/**
 * The rules in force for a request (calendar, policy, today). Building the calendar is the costly
 * part, so it is kept: while the change notifications are proven, until the calendar or the
 * policy changes (`db/live-cache.ts`); while they are not, for as long as a one-row fingerprint
 * of the stored years and policy stays the same. “Today” is taken from the clock every time.
 */
import { sql } from "kysely";

import type { Deps } from "../context.js";
import type { Db } from "../db/connect.js";
import * as LiveCache from "../db/live-cache.js";
import * as Rules from "../services/rules.js";

interface Stored {
  readonly calendar: Rules.Rules["calendar"];
  readonly policy: Rules.Rules["policy"];
}

const cacheOf = LiveCache.perDatabase<Stored, Deps>(() => ({ topics: ["rules"], max: 1, ttlMs: 60_000 }));
/** What was built last while notifications were not proven, with the fingerprint it was built at. */
const fingerprinted = new WeakMap<Db, { readonly fingerprint: string; readonly stored: Stored }>();

const build = async (deps: Deps): Promise<Stored> => {
  const r = await Rules.load(deps.db.kysely, deps.now());
  return { calendar: r.calendar, policy: r.policy };
};

/** Changes whenever an administrator stores a calendar year (its version moves) or the policy. */
const fingerprintOf = async (db: Db): Promise<string> => {
  const { rows } = await sql<{ f: string }>`
    select (select count(*) || '.' || coalesce(sum(version), 0) from calendar_years)
      || '/' || coalesce((select version from policy_settings where id = 1), 0) as f
  `.execute(db.kysely);
  return rows[0]?.f ?? "";
};

const unproven = async (deps: Deps): Promise<Stored> => {
  const fingerprint = await fingerprintOf(deps.db);
  const last = fingerprinted.get(deps.db);
  if (last !== undefined && last.fingerprint === fingerprint) return last.stored;
  const stored = await build(deps);
  fingerprinted.set(deps.db, { fingerprint, stored });
  return stored;
};

/** The rules of the day last asked for, per stored calendar and policy (most requests share a day). */
const ofDay = new WeakMap<Stored, Rules.Rules>();

export const forRequest = async (deps: Deps): Promise<Rules.Rules> => {
  const stored = deps.db.changes.live()
    ? await cacheOf(deps).through("rules", () => build(deps))
    : await unproven(deps);
  const now = deps.now();
  const last = ofDay.get(stored);
  if (last !== undefined && last.today === Rules.localDate(now)) return last;
  const rules = Rules.at(stored.calendar, stored.policy, now);
  ofDay.set(stored, rules);
  return rules;
};

/** For a calendar or policy this process just stored: used at once, before the notification. */
export const invalidate = (deps: Deps): void => {
  deps.db.changes.touch("rules");
};
