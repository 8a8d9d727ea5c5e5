/**
 * Several processes on one PostgreSQL database: two worker instances, each with its own connection
 * pool, dispatch and deliver the same outbox concurrently, and two schedulers race for the same
 * day. Every event must reach the receiver exactly once and every reminder be emitted once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Db } from "../../src/db/connect.js";
import { open } from "../../src/db/connect.js";
import * as Outbox from "../../src/integrations/outbox.js";
import * as Scheduler from "../../src/integrations/scheduler.js";
import * as Worker from "../../src/integrations/worker.js";
import * as Directory from "../../src/services/directory.js";
import * as Ids from "../../src/services/ids.js";
import { freshPostgres, testSecrets } from "../harness.js";
import type { Receiver } from "./receiver.js";
import * as Receivers from "./receiver.js";
import * as Seed from "./seed.js";

describe("two API processes on one PostgreSQL database", () => {
  let a: Db;
  let b: Db;
  let drop: () => Promise<void>;
  let receiver: Receiver;

  beforeAll(async () => {
    const fresh = await freshPostgres();
    drop = fresh.drop;
    [a, b] = await Promise.all([
      open({ kind: "postgres", url: fresh.url, poolSize: 4 }, { secrets: testSecrets }),
      open({ kind: "postgres", url: fresh.url, poolSize: 4 }, { secrets: testSecrets }),
    ]);
    await a.kysely.transaction().execute((tx) => Directory.seed(tx));
    receiver = await Receivers.start();
  });
  afterAll(async () => {
    await receiver.close();
    await a.close();
    await b.close();
    await drop();
  });

  it("delivers every event exactly once while both workers run, through failures", async () => {
    const id = Ids.make("whk");
    await a.kysely
      .insertInto("webhook_subscriptions")
      .values({
        id,
        url: receiver.url,
        secret: testSecrets.seal("whsec_czNjcmV0", id),
        event_types: JSON.stringify(["*"]),
        created_at: new Date(0),
      })
      .execute();
    const total = 300;
    for (let i = 0; i < total; i += 50) {
      await a.kysely.transaction().execute(async (tx) => {
        for (let j = i; j < i + 50; j++) {
          await Outbox.append(tx, { type: "task.created", agencyIds: ["brvt.so-tc"], data: { n: j } });
        }
      });
    }
    // Every fifth event fails once, so retries run on both workers too.
    receiver.respond = (eventId, n) =>
      n === 0 && eventId.charCodeAt(eventId.length - 1) % 5 === 0 ? 503 : 200;
    const options = { batch: 7, baseBackoffMs: 20, secrets: testSecrets, allowPrivateHosts: ["127.0.0.1"] };
    await Receivers.until(
      () => receiver.received.length >= total,
      () =>
        Promise.all([
          Worker.round({ db: a, ...options }),
          Worker.round({ db: b, ...options }),
          Worker.round({ db: a, ...options }),
          Worker.round({ db: b, ...options }),
        ]),
      60_000,
    );
    await new Promise((r) => setTimeout(r, 100));
    await Promise.all([Worker.round({ db: a, ...options }), Worker.round({ db: b, ...options })]);
    const ids = receiver.received.map((r) => JSON.parse(r.body).id as string);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    const attempts = await a.kysely
      .selectFrom("webhook_attempts")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("status_code", "=", 200)
      .executeTakeFirstOrThrow();
    expect(Number(attempts.n)).toBe(total);
  });

  it("emits every reminder once when both schedulers run the same days", async () => {
    const n = await Seed.notice(a.kysely);
    for (let i = 0; i < 40; i++) await Seed.task(a.kysely, n, i % 2 === 0 ? "2024-03-07" : "2024-02-26");
    const days = ["2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07"];
    for (const day of days) {
      const at = new Date(`${day}T01:00:00Z`);
      const results = await Promise.all([
        Scheduler.runDue(a.kysely, at),
        Scheduler.runDue(b.kysely, at),
        Scheduler.runDue(a.kysely, at),
        Scheduler.runDue(b.kysely, at),
      ]);
      expect(results.filter((r) => r !== null)).toHaveLength(1);
    }
    const rows = await a.kysely
      .selectFrom("outbox_events")
      .select(["type", "task_id", "payload"])
      .where("type", "in", ["task.due_soon", "task.overdue"])
      .execute();
    const keys = rows.map((r) => `${r.type}|${r.task_id}|${(r.payload as { day: string }).day}`);
    expect(new Set(keys).size).toBe(keys.length);
    // 20 tasks due 07/03: reminders on 04/03, 06/03, 07/03; 20 due 26/02: overdue on 04/03.
    expect(keys).toHaveLength(20 * 3 + 20);
  });
});
