import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as Dispatch from "../../src/integrations/dispatch.js";
import * as Scheduler from "../../src/integrations/scheduler.js";
import * as Directory from "../../src/services/directory.js";
import type { TestDb } from "../harness.js";
import { engines, openDb } from "../harness.js";
import * as Seed from "./seed.js";

/** 08:00 in Hà Nội on `day`. */
const morning = (day: string) => new Date(`${day}T01:00:00Z`);

describe.each(engines)("reminder scheduler on %s", (engine) => {
  let t: TestDb;
  const ids: Record<string, string> = {};
  let leader = "";
  let officer = "";

  const sent = async () =>
    t.db.kysely
      .selectFrom("outbox_events")
      .select(["type", "task_id", "payload"])
      .where("type", "in", ["task.due_soon", "task.overdue"])
      .orderBy("id")
      .execute();

  beforeAll(async () => {
    t = await openDb(engine);
    const db = t.db.kysely;
    await db.transaction().execute((tx) => Directory.seed(tx));
    const n = await Seed.notice(db);
    // National cadence: 3 and 1 working days before, on the day, every 5 working days after.
    ids.inThree = await Seed.task(db, n, "2024-03-07");
    ids.today = await Seed.task(db, n, "2024-03-04");
    ids.lateFive = await Seed.task(db, n, "2024-02-26", "brvt.so-tttt");
    ids.later = await Seed.task(db, n, "2024-03-29");
    ids.none = await Seed.task(db, n, null);
    leader = await Seed.user(db, "leader");
    officer = await Seed.user(db, "agency_officer", "brvt.so-tc");
  });
  afterAll(() => t.dispose());

  it("emits today's due-soon and overdue reminders on the first run", async () => {
    const run = await Scheduler.runDue(t.db.kysely, morning("2024-03-04"));
    expect(run?.days).toEqual(["2024-03-04"]);
    const events = await sent();
    expect(events.map((e) => [e.type, e.task_id])).toEqual(
      expect.arrayContaining([
        ["task.due_soon", ids.inThree],
        ["task.due_soon", ids.today],
        ["task.overdue", ids.lateFive],
      ]),
    );
    expect(events).toHaveLength(3);
  });

  it("never sends twice on the same day, even when asked again", async () => {
    expect(await Scheduler.runDue(t.db.kysely, morning("2024-03-04"))).toBeNull();
    expect(await Scheduler.runDue(t.db.kysely, new Date("2024-03-04T16:00:00Z"))).toBeNull();
    expect(await sent()).toHaveLength(3);
  });

  it("catches up the days it missed after a restart without skipping one", async () => {
    const run = await Scheduler.runDue(t.db.kysely, morning("2024-03-08"));
    expect(run?.days).toEqual(["2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08"]);
    const events = await sent();
    const inThree = events
      .filter((e) => e.task_id === ids.inThree)
      .map((e) => (e.payload as { day: string }).day);
    expect(inThree).toEqual(["2024-03-04", "2024-03-06", "2024-03-07"]);
    expect(events.filter((e) => e.task_id === ids.later)).toHaveLength(0);
    expect(events.filter((e) => e.task_id === ids.none)).toHaveLength(0);
  });

  it("sends the next overdue reminder five working days later", async () => {
    await Scheduler.runDue(t.db.kysely, morning("2024-03-11"));
    const events = await sent();
    const late = events
      .filter((e) => e.task_id === ids.lateFive)
      .map((e) => (e.payload as { day: string }).day);
    expect(late).toEqual(["2024-03-04", "2024-03-11"]);
  });

  it("writes one digest per agency and per leader each working day, none at the weekend", async () => {
    const digests = await t.db.kysely
      .selectFrom("outbox_events")
      .select(["type", "payload"])
      .where("type", "in", ["digest.agency", "digest.leader"])
      .execute();
    const days = (type: string) =>
      digests
        .filter((d) => d.type === type)
        .map((d) => (d.payload as { day: string; agencyId?: string }).day)
        .sort();
    const leaderDays = days("digest.leader");
    expect(leaderDays).toEqual([
      "2024-03-04",
      "2024-03-05",
      "2024-03-06",
      "2024-03-07",
      "2024-03-08",
      "2024-03-11",
    ]);
    const first = digests.find(
      (d) =>
        d.type === "digest.agency" &&
        (d.payload as { day: string; agencyId: string }).agencyId === "brvt.so-tc",
    );
    expect(first?.payload).toMatchObject({
      day: "2024-03-04",
      agencyId: "brvt.so-tc",
      overdue: 0,
      dueSoon: 2,
    });
  });

  it("notifies the agency's officer of reminders and the leader of their digest", async () => {
    while ((await Dispatch.dispatch(t.db.kysely)) > 0) {
      // dispatch every pending event
    }
    const mine = await t.db.kysely
      .selectFrom("notifications")
      .selectAll()
      .where("user_id", "=", officer)
      .execute();
    expect(mine.filter((n) => n.type === "task.due_soon").map((n) => n.task_id)).toEqual(
      expect.arrayContaining([ids.inThree, ids.today]),
    );
    expect(mine.some((n) => n.task_id === ids.lateFive)).toBe(false);
    const theirs = await t.db.kysely
      .selectFrom("notifications")
      .selectAll()
      .where("user_id", "=", leader)
      .execute();
    expect(theirs.every((n) => n.type === "digest.leader")).toBe(true);
    expect(theirs).toHaveLength(6);
    expect(theirs[0]?.title).toContain("quá hạn");
  });
});
