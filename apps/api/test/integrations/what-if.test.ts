import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "../client.js";
import { signIn } from "../client.js";
import type { TestServer } from "../harness.js";
import { engines, startServer } from "../harness.js";
import * as Seed from "./seed.js";

const within = {
  kind: "within",
  phrase: "trong 10 ngày làm việc",
  amount: 10,
  unit: "working-days",
  from: { event: "notice-issued", label: null, on: "2024-03-01" },
};

describe.each(engines)("what-if previews on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;
  const ids: Record<string, string> = {};
  let year: {
    daysOff: { date: string; name: string; kind: string }[];
    makeUpWorkdays: { date: string; name: string }[];
  };

  const withDayOff = (date: string) => ({
    source: "Quyết định nghỉ bổ sung",
    daysOff: [...year.daysOff, { date, name: "Nghỉ bổ sung", kind: "day-off" }],
    makeUpWorkdays: year.makeUpWorkdays,
  });

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await signIn(server.url, server.deps.db.kysely, "admin");
    const db = server.deps.db.kysely;
    const n = await Seed.notice(db);
    ids.onDay = await Seed.task(db, n, "2024-03-08");
    ids.onDay2 = await Seed.task(db, n, "2024-03-08", "brvt.so-tttt");
    ids.dayAfter = await Seed.task(db, n, "2024-03-11");
    ids.fixed15 = await Seed.task(db, n, "2024-03-15");
    ids.rule = await Seed.task(db, n, "2024-03-15");
    await db
      .updateTable("tasks")
      .set({
        deadline: JSON.stringify({
          phrase: within.phrase,
          kind: "within",
          derivation: null,
          rule: within,
          recurrence: null,
        }),
      })
      .where("id", "=", ids.rule)
      .execute();
    const current = await admin.request("GET", "/v1/calendar/2024");
    expect(current.status).toBe(200);
    year = {
      daysOff: current.body.days
        .filter((d: { kind: string }) => d.kind === "holiday" || d.kind === "day-off")
        .map((d: { date: string; name: string; kind: string }) => ({
          date: d.date,
          name: d.name,
          kind: d.kind,
        })),
      makeUpWorkdays: current.body.days
        .filter((d: { kind: string }) => d.kind === "make-up")
        .map((d: { date: string; name: string }) => ({ date: d.date, name: d.name })),
    };
  });
  afterAll(() => server.dispose());

  it("previews that a new day off moves exactly the deadlines on it, and the working-day counts across it", async () => {
    const res = await admin.request("POST", "/v1/what-if/calendar/2024", { body: withDayOff("2024-03-08") });
    expect(res.status).toBe(200);
    const moved = Object.fromEntries(
      res.body.moved.map((m: { taskId: string; dueOnAfter: string; how: string }) => [
        m.taskId,
        [m.dueOnAfter, m.how],
      ]),
    );
    expect(moved).toEqual({
      [ids.onDay as string]: ["2024-03-11", "roll-forward"],
      [ids.onDay2 as string]: ["2024-03-11", "roll-forward"],
      [ids.rule as string]: ["2024-03-18", "rule"],
    });
    expect(res.body.applied).toBeNull();
    const stored = await server.deps.db.kysely
      .selectFrom("tasks")
      .select("due_on")
      .where("id", "=", ids.onDay ?? "")
      .executeTakeFirstOrThrow();
    expect(stored.due_on).toBe("2024-03-08");
  });

  it("moves nothing when the new day off carries no deadline", async () => {
    const res = await admin.request("POST", "/v1/what-if/calendar/2024", { body: withDayOff("2024-03-20") });
    expect(res.body.moved).toEqual([]);
  });

  it("applies the change in one transaction with audit entries, then refuses a stale version", async () => {
    const res = await admin.request("POST", "/v1/what-if/calendar/2024/apply", {
      ifMatch: '"0"',
      body: withDayOff("2024-03-08"),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ applied: 3, version: 1 });
    expect(res.headers.get("etag")).toBe('"1"');
    const task = await admin.request("GET", `/v1/tasks/${ids.onDay}`);
    expect(task.body.dueOn).toBe("2024-03-11");
    const audit = await admin.request(
      "GET",
      `/v1/audit?entity=task&entityId=${ids.rule}&action=task.deadline_moved`,
    );
    expect(audit.body.items).toHaveLength(1);
    const calendar = await admin.request("GET", "/v1/calendar/2024");
    expect(calendar.body.days.some((d: { date: string }) => d.date === "2024-03-08")).toBe(true);
    const stale = await admin.request("POST", "/v1/what-if/calendar/2024/apply", {
      ifMatch: '"0"',
      body: withDayOff("2024-03-08"),
    });
    expect(stale.status).toBe(412);
  });

  it("refuses an invalid year with the field path", async () => {
    const res = await admin.request("POST", "/v1/what-if/calendar/2024", {
      body: { daysOff: [{ date: "2025-01-01", name: "Sai năm" }] },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });

  it("previews which statuses a wider due-soon window changes, and applies the pack", async () => {
    const policy = await admin.request("GET", "/v1/policy");
    const pack = { ...policy.body.pack, dueSoonWorkingDays: 10 };
    const preview = await admin.request("POST", "/v1/what-if/policy", { body: { pack } });
    expect(preview.status).toBe(200);
    expect(preview.body.moved).toEqual([]);
    const changed = preview.body.statusChanged.map(
      (m: { taskId: string; timelinessBefore: string; timelinessAfter: string }) => [
        m.taskId,
        m.timelinessBefore,
        m.timelinessAfter,
      ],
    );
    expect(changed).toContainEqual([ids.fixed15, "not-due", "due-soon"]);
    const bad = await admin.request("POST", "/v1/what-if/policy", {
      body: { pack: { ...pack, dueSoonWorkingDays: -1 } },
    });
    expect(bad.status).toBe(400);
    const applied = await admin.request("POST", "/v1/what-if/policy/apply", {
      ifMatch: policy.headers.get("etag") ?? '"0"',
      body: { pack },
    });
    expect(applied.status).toBe(200);
    expect(applied.body.version).toBe((policy.body.version as number) + 1);
    const officer = await signIn(server.url, server.deps.db.kysely, "agency_officer", "brvt.so-tc");
    expect((await officer.request("POST", "/v1/what-if/policy", { body: { pack } })).status).toBe(403);
  });
});
