/**
 * The rules in force for a request (calendar, policy, today). The calendar and the policy are
 * built from the database once and kept until either changes (`db/live-cache.ts`); “today” is taken
 * from the clock on every request.
 */
import type { Deps } from "../context.js";
import type { Db } from "../db/connect.js";
import * as LiveCache from "../db/live-cache.js";
import * as Rules from "../services/rules.js";

interface Stored {
  readonly calendar: Rules.Rules["calendar"];
  readonly policy: Rules.Rules["policy"];
}

const caches = new WeakMap<Db, LiveCache.LiveCache<Stored>>();

const cacheOf = (db: Db): LiveCache.LiveCache<Stored> => {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = LiveCache.create<Stored>(db.changes, { topics: ["rules"], max: 1, ttlMs: 60_000 });
    caches.set(db, cache);
  }
  return cache;
};

export const forRequest = async (deps: Deps): Promise<Rules.Rules> => {
  const now = deps.now();
  const { calendar, policy } = await cacheOf(deps.db).through("rules", async () => {
    const r = await Rules.load(deps.db.kysely, now);
    return { calendar: r.calendar, policy: r.policy };
  });
  return Rules.at(calendar, policy, now);
};

/** For a calendar or policy this process just stored: used at once, before the notification. */
export const invalidate = (deps: Deps): void => {
  deps.db.changes.touch("rules");
};
