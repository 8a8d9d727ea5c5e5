/**
 * A per-process cache that is never staler than the database's change notifications: it empties
 * on every change of its topics (from this process or another), serves nothing while the
 * notifications are not arriving, and drops a value whose load overlapped a change — a load that
 * read the old state must not outlive the change that made it old. Callers asking for a key that
 * is being loaded wait for that load instead of starting their own (after a change, sixteen
 * requests for the same page run one query).
 */
import { LRUCache } from "lru-cache";

import type { Changes, Topic } from "./changes.js";
import type { Db } from "./connect.js";

export interface LiveCache<V extends {}> {
  /** The cached value, or `load()` (stored when no change of the topics arrived meanwhile). */
  readonly through: (key: string, load: () => Promise<V>) => Promise<V>;
  readonly size: () => number;
}

export interface Options<V> {
  readonly topics: readonly Topic[];
  readonly max: number;
  /** Total size limit in the unit of `sizeOf` (for instance bytes of a body). */
  readonly maxSize?: number;
  readonly sizeOf?: (value: V) => number;
  /** A backstop for a listening connection that stays open but no longer hears anything. */
  readonly ttlMs?: number;
}

export const create = <V extends {}>(changes: Changes, options: Options<V>): LiveCache<V> => {
  const { sizeOf, maxSize, ttlMs } = options;
  const lru = new LRUCache<string, V>({
    max: options.max,
    ...(maxSize !== undefined && sizeOf !== undefined
      ? { maxSize, sizeCalculation: (v: V) => Math.max(1, sizeOf(v)) }
      : {}),
    ...(ttlMs !== undefined ? { ttl: ttlMs, ttlAutopurge: false } : {}),
  });
  let generation = 0;
  /** Loads under way, by generation and key: shared only within the generation they started in. */
  const loading = new Map<string, Promise<V>>();
  const clear = () => {
    generation++;
    lru.clear();
    loading.clear();
  };
  for (const topic of options.topics) changes.on(topic, clear);
  return {
    through: async (key, load) => {
      if (!changes.live()) return load();
      const hit = lru.get(key);
      if (hit !== undefined) return hit;
      const started = generation;
      const flight = `${started}\u0000${key}`;
      const pending = loading.get(flight);
      if (pending !== undefined) return pending;
      const promise = load().then((value) => {
        if (generation === started && changes.live()) lru.set(key, value);
        return value;
      });
      loading.set(flight, promise);
      try {
        return await promise;
      } finally {
        if (loading.get(flight) === promise) loading.delete(flight);
      }
    },
    size: () => lru.size,
  };
};

/**
 * A cache per database, made on first use from the context that asks (tests open several
 * databases in one process, each with its own change notifications).
 */
export const perDatabase = <V extends {}, C extends { readonly db: Db }>(
  options: (context: C) => Options<V>,
): ((context: C) => LiveCache<V>) => {
  const caches = new WeakMap<Db, LiveCache<V>>();
  return (context) => {
    let cache = caches.get(context.db);
    if (cache === undefined) {
      cache = create(context.db.changes, options(context));
      caches.set(context.db, cache);
    }
    return cache;
  };
};
