/**
 * The change feed on a PostgreSQL server trusts a listening connection only while its own pings,
 * sent through another connection, come back on it: a listener that hears nothing (a dropped
 * connection, a pooler that loses LISTEN) turns the caches off instead of leaving them stale.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Changes } from "../src/db/changes.js";
import * as ChangeFeed from "../src/db/changes.js";
import { freshPostgres } from "./harness.js";

const within = async (ms: number, probe: () => boolean): Promise<boolean> => {
  const until = performance.now() + ms;
  while (!probe() && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
  return probe();
};

describe("the change feed on PostgreSQL", () => {
  let url = "";
  let drop: () => Promise<void>;
  let sender: pg.Client;
  const feeds: Changes[] = [];

  beforeAll(async () => {
    ({ url, drop } = await freshPostgres());
    sender = new pg.Client({ connectionString: url });
    await sender.connect();
  });
  afterAll(async () => {
    for (const f of feeds) await f.close();
    await sender.end();
    await drop();
  });

  const feed = async (ping: (payload: string) => Promise<void>) => {
    const f = await ChangeFeed.fromPostgres(url, ping, { heartbeatMs: 50, retryMs: 50 });
    feeds.push(f);
    return f;
  };
  const notify = async (payload: string) => {
    await sender.query("select pg_notify($1, $2)", [ChangeFeed.CHANNEL, payload]);
  };

  it("trusts its listener once a ping comes back, and hears the changes of other connections", async () => {
    const f = await feed(notify);
    expect(await within(1_000, f.live)).toBe(true);
    const heard: string[] = [];
    f.on("session", (c) => heard.push(c.key ?? ""));
    await notify("session:usr_1");
    expect(await within(1_000, () => heard.length > 0)).toBe(true);
    expect(heard).toEqual(["usr_1"]);
  });

  it("never trusts a listener that does not hear its pings", async () => {
    const f = await feed(async () => {});
    await new Promise((r) => setTimeout(r, 300));
    expect(f.live()).toBe(false);
  });

  it("stops trusting its listener when the pings stop coming back, and starts again when they return", async () => {
    let deliver = true;
    const f = await feed(async (payload) => {
      if (deliver) await notify(payload);
    });
    expect(await within(1_000, f.live)).toBe(true);
    let cleared = 0;
    f.on("tasks", () => cleared++);
    deliver = false;
    expect(await within(1_000, () => !f.live())).toBe(true);
    expect(cleared).toBeGreaterThan(0);
    deliver = true;
    expect(await within(1_000, f.live)).toBe(true);
  });
});
