/**
 * The rules in force for a request (calendar, policy, today). Built from the database and cached
 * briefly per process; writes to the calendar or the policy clear the cache at once.
 */
import type { Deps } from "../context.js";
import * as Rules from "../services/rules.js";

const ttlMs = 5_000;
const cache = new WeakMap<
  Deps,
  { at: number; data: Promise<{ calendar: Rules.Rules["calendar"]; policy: Rules.Rules["policy"] }> }
>();

export const forRequest = async (deps: Deps): Promise<Rules.Rules> => {
  const now = deps.now();
  const hit = cache.get(deps);
  const fresh = hit !== undefined && Date.now() - hit.at < ttlMs;
  const entry = fresh
    ? hit
    : {
        at: Date.now(),
        data: Rules.load(deps.db.kysely, now).then((r) => ({ calendar: r.calendar, policy: r.policy })),
      };
  if (!fresh) cache.set(deps, entry);
  const { calendar, policy } = await entry.data.catch((error: unknown) => {
    cache.delete(deps);
    throw error;
  });
  return Rules.at(calendar, policy, now);
};

export const invalidate = (deps: Deps): void => {
  cache.delete(deps);
};
