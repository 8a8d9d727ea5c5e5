/**
 * Rendered pages of GET /v1/tasks, kept per process: the inbox, the dashboard and an integrator's
 * poll ask for the same few pages again and again, and a page costs a query, fifty views with
 * derived timeliness and their JSON. A page is keyed by what decides its content — who may see
 * which tasks, the filter, today — and is dropped on any change of tasks, notices or the rules, in
 * this process or another (`db/live-cache.ts`).
 *
 * A page is kept as the bytes sent: UTF-8 JSON, its gzip (made the first time a client accepts it:
 * 26 KB of tasks become about 3 KB, which matters on provincial networks) and a weak ETag, so a
 * client revalidating an unchanged page gets 304 and no body at all.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";

import * as AccessPolicy from "../access/access-policy.js";
import type { Principal } from "../auth/principal.js";
import type { Deps } from "../context.js";
import * as LiveCache from "../db/live-cache.js";
import type { Rules } from "../services/rules.js";
import type { ListFilter } from "../services/tasks.js";
import * as Tasks from "../services/tasks.js";

type Bytes = Uint8Array<ArrayBuffer>;

export interface Page {
  readonly json: Bytes;
  /** `W/"…"`: the same for both encodings of the page. */
  readonly etag: string;
  readonly gzip: () => Bytes;
}

const encoder = new TextEncoder();

const make = (text: string): Page => {
  const json = encoder.encode(text);
  let gzipped: Bytes | undefined;
  return {
    json,
    etag: `W/"${createHash("sha1").update(json).digest("base64url").slice(0, 22)}"`,
    gzip: () => {
      gzipped ??= Uint8Array.from(gzipSync(json, { level: 6 }));
      return gzipped;
    },
  };
};

const cacheOf = LiveCache.perDatabase<Page, Deps>((deps) => ({
  topics: ["tasks", "notices", "rules"],
  max: 10_000,
  maxSize: deps.env.TASK_PAGE_CACHE_MB * 1024 * 1024,
  // The JSON and, once asked for, its gzip (a tenth of it or less).
  sizeOf: (page) => Math.ceil(page.json.length * 1.15),
}));

/** The page `f` for `p`, rendered or cached. */
export const render = (deps: Deps, p: Principal, f: ListFilter, rules: Rules): Promise<Page> => {
  const page = async () => {
    const { items, nextCursor } = await Tasks.list(deps.db.kysely, p, f, rules);
    return make(JSON.stringify({ items: items.map((r) => Tasks.view(r, rules)), nextCursor }));
  };
  if (deps.env.TASK_PAGE_CACHE_MB === 0) return page();
  return cacheOf(deps).through(JSON.stringify([AccessPolicy.reachKey(p), rules.today, f]), page);
};

/** One task as sent by GET /v1/tasks/{id}: its JSON and its version (the ETag writes send back). */
export interface One {
  readonly json: Bytes;
  readonly version: number;
}

/** A cached lookup: the task, or its absence for that caller (a 404 is as cacheable as a 200). */
interface Lookup {
  readonly one: One | null;
}

const oneCacheOf = LiveCache.perDatabase<Lookup, Deps>((deps) => ({
  topics: ["tasks", "notices", "rules"],
  max: 50_000,
  maxSize: deps.env.TASK_PAGE_CACHE_MB * 1024 * 1024,
  sizeOf: (l) => (l.one === null ? 64 : l.one.json.length + 64),
}));

/**
 * Task `id` as `p` may see it today, rendered or cached with the pages (dropped on the same
 * changes); `null` when it does not exist for `p`.
 */
export const renderOne = async (deps: Deps, p: Principal, id: string, rules: Rules): Promise<One | null> => {
  const lookup = async (): Promise<Lookup> => {
    const row = await Tasks.findVisible(deps.db.kysely, p, id);
    return {
      one:
        row === undefined
          ? null
          : { json: encoder.encode(JSON.stringify(Tasks.view(row, rules))), version: row.version },
    };
  };
  const found =
    deps.env.TASK_PAGE_CACHE_MB === 0
      ? await lookup()
      : await oneCacheOf(deps).through(JSON.stringify([AccessPolicy.reachKey(p), rules.today, id]), lookup);
  return found.one;
};
