/**
 * Rendered pages of GET /v1/tasks, kept per process: the inbox, the dashboard and an integrator's
 * poll ask for the same few pages again and again, and a page costs a query, fifty views with
 * derived timeliness and their JSON. A page is keyed by what decides its content — who may see
 * which tasks, the filter, today — and is dropped on any change of tasks, notices or the rules, in
 * this process or another (`db/live-cache.ts`).
 */
import type { Principal } from "../auth/principal.js";
import type { Deps } from "../context.js";
import type { Db } from "../db/connect.js";
import * as LiveCache from "../db/live-cache.js";
import type { Rules } from "../services/rules.js";
import type { ListFilter } from "../services/tasks.js";
import * as Tasks from "../services/tasks.js";

const caches = new WeakMap<Db, LiveCache.LiveCache<string>>();

const cacheOf = (deps: Deps): LiveCache.LiveCache<string> => {
  let cache = caches.get(deps.db);
  if (cache === undefined) {
    cache = LiveCache.create<string>(deps.db.changes, {
      topics: ["tasks", "notices", "rules"],
      max: 10_000,
      maxSize: deps.env.TASK_PAGE_CACHE_MB * 1024 * 1024,
      // UTF-16 code units: close to the bytes the strings take.
      sizeOf: (body) => 2 * body.length,
    });
    caches.set(deps.db, cache);
  }
  return cache;
};

/** The JSON body of the page `f` for `p`, rendered or cached. */
export const render = (deps: Deps, p: Principal, f: ListFilter, rules: Rules): Promise<string> => {
  const page = async () => {
    const { items, nextCursor } = await Tasks.list(deps.db.kysely, p, f, rules);
    return JSON.stringify({ items: items.map((r) => Tasks.view(r, rules)), nextCursor });
  };
  if (deps.env.TASK_PAGE_CACHE_MB === 0) return page();
  return cacheOf(deps).through(JSON.stringify([Tasks.visibilityKey(p), rules.today, f]), page);
};
