/**
 * What changed in the database, as it happens: triggers (migration 0200) send `NOTIFY
 * dondoc_changes` with a topic when sessions, users, tasks, notices, the calendar or the policy
 * change, and every process LISTENs. Caches of this process (sessions, rules, task pages) are
 * correct only while they hear every notification, so they ask `live()` and bypass themselves
 * while delivery is not proven; regaining it counts as a change of everything.
 *
 * Payloads are `tasks`, `notices`, `rules` or `session:<user id>`.
 */
import { randomUUID } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export const CHANNEL = "dondoc_changes";

export type Topic = "tasks" | "notices" | "rules" | "session";

export interface Change {
  readonly topic: Topic;
  /** The user id of a `session` change; `null` when everything in the topic may have changed. */
  readonly key: string | null;
}

export interface Changes {
  /** `true` while notifications arrive: a cache may serve what it holds only then. */
  readonly live: () => boolean;
  /** Calls `listener` on every change of `topic`; returns the unsubscribe function. */
  readonly on: (topic: Topic, listener: (change: Change) => void) => () => void;
  /** Records a change this process made, before its notification comes back. */
  readonly touch: (topic: Topic, key?: string | null) => void;
  readonly close: () => Promise<void>;
}

const topics: readonly Topic[] = ["tasks", "notices", "rules", "session"];

const parse = (payload: string): Change | null => {
  const colon = payload.indexOf(":");
  const topic = colon < 0 ? payload : payload.slice(0, colon);
  const key = colon < 0 ? null : payload.slice(colon + 1);
  return (topics as readonly string[]).includes(topic) ? { topic: topic as Topic, key } : null;
};

/** The bookkeeping both engines share; `connected` is set by whoever listens. */
const hub = () => {
  const listeners = new Map<Topic, Set<(change: Change) => void>>(topics.map((t) => [t, new Set()]));
  let connected = false;
  const emit = (change: Change) => {
    for (const l of listeners.get(change.topic) ?? []) l(change);
  };
  return {
    emit,
    receive: (payload: string) => {
      const change = parse(payload);
      if (change !== null) emit(change);
    },
    everything: () => {
      for (const topic of topics) emit({ topic, key: null });
    },
    setConnected: (value: boolean) => {
      connected = value;
    },
    api: {
      live: () => connected,
      on: (topic: Topic, listener: (change: Change) => void) => {
        listeners.get(topic)?.add(listener);
        return () => {
          listeners.get(topic)?.delete(listener);
        };
      },
      touch: (topic: Topic, key: string | null = null) => emit({ topic, key }),
    },
  };
};

/** PGlite is this process's own database: its notifications come back on the same instance. */
export const fromPGlite = async (pglite: PGlite): Promise<Changes> => {
  const h = hub();
  const unlisten = await pglite.listen(CHANNEL, h.receive);
  h.setConnected(true);
  return {
    ...h.api,
    close: async () => {
      h.setConnected(false);
      if (!pglite.closed) await unlisten();
    },
  };
};

/**
 * A PostgreSQL server: one dedicated connection LISTENs, outside the pool. Delivery is proven, not
 * assumed: every `heartbeatMs` a ping is sent through the pool (`ping`) and must come back on the
 * listening connection — a dropped or half-open connection, or a pooler such as PgBouncer in
 * transaction mode that loses LISTEN, shows as a ping that does not return. Until one returns the
 * caches are not trusted, and a loss or a recovery counts as a change of everything.
 */
export const fromPostgres = async (
  url: string,
  ping: (payload: string) => Promise<void>,
  options: { retryMs?: number; heartbeatMs?: number } = {},
): Promise<Changes> => {
  const retryMs = options.retryMs ?? 1_000;
  const heartbeatMs = options.heartbeatMs ?? 5_000;
  const h = hub();
  let client: pg.Client | null = null;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;
  /** The ping awaited, and since when. */
  let pending: { nonce: string; since: number } | null = null;

  const distrust = () => {
    if (!h.api.live()) return;
    h.setConnected(false);
    h.everything();
  };
  const sendPing = () => {
    if (closed || client === null) return;
    if (pending !== null && performance.now() - pending.since > heartbeatMs) distrust();
    if (pending !== null && h.api.live()) return;
    const nonce = randomUUID();
    pending = { nonce, since: pending?.since ?? performance.now() };
    ping(`ping:${nonce}`).catch(distrust);
  };
  const heard = (payload: string) => {
    if (!payload.startsWith("ping:")) {
      h.receive(payload);
      return;
    }
    if (pending === null || payload !== `ping:${pending.nonce}`) return;
    pending = null;
    if (!h.api.live()) {
      // Whatever happened while delivery was not proven is unknown: a change of everything.
      h.everything();
      h.setConnected(true);
    }
  };
  const heartbeat = setInterval(sendPing, heartbeatMs);
  heartbeat.unref();

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, keepAlive: true });
    const lost = () => {
      if (client !== c) return;
      client = null;
      pending = null;
      distrust();
      c.end().catch(() => {});
      retry();
    };
    c.on("error", lost);
    c.on("end", lost);
    c.on("notification", (m) => {
      if (m.channel === CHANNEL && m.payload !== undefined) heard(m.payload);
    });
    await c.connect();
    await c.query(`listen ${CHANNEL}`);
    if (closed) {
      await c.end();
      return;
    }
    client = c;
    sendPing();
  };
  const retry = () => {
    if (!closed) retryTimer = setTimeout(() => void connect().catch(retry), retryMs);
  };

  await connect();
  return {
    ...h.api,
    close: async () => {
      closed = true;
      clearInterval(heartbeat);
      clearTimeout(retryTimer);
      h.setConnected(false);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
};
