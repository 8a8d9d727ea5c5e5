import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { engines, openDb, type TestDb, testSecrets } from "../../test/harness.js";
import * as Seed from "../../test/integrations/seed.js";
import * as Directory from "../services/directory.js";
import * as Ids from "../services/ids.js";
import * as Retention from "./retention.js";

const now = new Date("2026-06-01T00:00:00Z");
const old = new Date("2026-01-01T00:00:00Z");

describe.each(engines)("retention on %s", (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openDb(engine);
    await t.db.kysely.transaction().execute((tx) => Directory.seed(tx));
  });
  afterAll(() => t.dispose());

  it("prunes old finished rows and keeps pending deliveries, unread notifications and recent rows", async () => {
    const db = t.db.kysely;
    const user = await Seed.user(db, "agency_officer", "brvt.so-tc");
    const sub = Ids.make("whk");
    await db
      .insertInto("webhook_subscriptions")
      .values({
        id: sub,
        url: "http://127.0.0.1:9/x",
        secret: testSecrets.seal("s", sub),
        event_types: JSON.stringify(["*"]),
      })
      .execute();
    const event = async (name: string, at: Date) => {
      const row = await db
        .insertInto("outbox_events")
        .values({ event_id: name, type: "task.created", payload: "{}", occurred_at: at, dispatched_at: at })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    };
    const delivered = await event("evt_old_delivered", old);
    const pending = await event("evt_old_pending", old);
    const unread = await event("evt_old_unread", old);
    const read = await event("evt_old_read", old);
    const recent = await event("evt_recent", now);
    const delivery = (outbox: string, status: "delivered" | "pending") =>
      db
        .insertInto("webhook_deliveries")
        .values({ id: Ids.make("dlv"), subscription_id: sub, outbox_id: outbox, status, created_at: old })
        .returning("id")
        .executeTakeFirstOrThrow();
    const d = await delivery(delivered, "delivered");
    await db
      .insertInto("webhook_attempts")
      .values({ delivery_id: d.id, attempt: 1, status_code: 200, duration_ms: 3 })
      .execute();
    await delivery(pending, "pending");
    const note = (outbox: string, readAt: Date | null) =>
      db
        .insertInto("notifications")
        .values({
          id: Ids.make("ntf"),
          user_id: user,
          outbox_id: outbox,
          type: "task.created",
          title: "x",
          created_at: old,
          read_at: readAt,
        })
        .execute();
    await note(unread, null);
    await note(read, old);
    await db
      .insertInto("scheduled_sends")
      .values({ subject: "tsk_x", kind: "task.overdue", day: "2025-12-01" })
      .execute();

    const pruned = await Retention.prune(db, now);
    expect(pruned).toEqual({ notifications: 1, deliveries: 1, events: 2, sends: 1 });
    const left = await db.selectFrom("outbox_events").select("event_id").orderBy("event_id").execute();
    expect(left.map((e) => e.event_id)).toEqual(["evt_old_pending", "evt_old_unread", "evt_recent"]);
    const attempts = await db.selectFrom("webhook_attempts").selectAll().execute();
    expect(attempts).toHaveLength(0);
    expect(recent).toBeDefined();
  });
});
