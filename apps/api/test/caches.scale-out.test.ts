/**
 * Two API processes on one PostgreSQL database, each with its own pool, caches and listening
 * connection: what one changes (a sign-out, a locked account, the calendar, a task) is what the
 * other serves next — not seconds later when a cache expires — and a process that lost its
 * listening connection stops trusting its caches until it is back.
 */

import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { open } from "../src/db/connect.js";
import * as Directory from "../src/services/directory.js";
import type { Caller } from "./client.js";
import { anonymous, signIn } from "./client.js";
import type { TestServer } from "./harness.js";
import { freshPostgres, serveDb } from "./harness.js";
import { publishFixture } from "./integrations/flows.js";

/** Polls `probe` until it returns `want`, for at most `ms`: the notification takes a moment, not seconds. */
const within = async <T>(ms: number, want: T, probe: () => Promise<T>): Promise<T> => {
  const until = performance.now() + ms;
  let got = await probe();
  while (got !== want && performance.now() < until) {
    await new Promise((r) => setTimeout(r, 10));
    got = await probe();
  }
  return got;
};

describe("caches of two API processes on one PostgreSQL database", () => {
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    const fresh = await freshPostgres();
    const [dbA, dbB] = await Promise.all([
      open({ kind: "postgres", url: fresh.url, poolSize: 4 }),
      open({ kind: "postgres", url: fresh.url, poolSize: 4 }),
    ]);
    await dbA.kysely.transaction().execute((tx) => Directory.seed(tx));
    a = await serveDb(dbA, async () => {});
    b = await serveDb(dbB, fresh.drop);
  });
  afterAll(async () => {
    await a.dispose();
    await b.dispose();
  });

  /** The same session, sent to process B. */
  const onB = (caller: Caller) => (path: string) =>
    anonymous(b.url).request("GET", path, { headers: { cookie: caller.cookie } });

  it("refuses a session on process B as soon as it is signed out on process A", async () => {
    const user = await signIn(a.url, a.deps.db.kysely, "leader");
    const viaB = onB(user);
    for (let i = 0; i < 3; i++) expect((await viaB("/v1/tasks")).status).toBe(200);
    expect((await user.request("POST", "/v1/auth/logout")).status).toBe(200);
    expect(await within(500, 401, async () => (await viaB("/v1/tasks")).status)).toBe(401);
  });

  it("refuses a locked account on process B at once, and lets a new role through at once", async () => {
    const admin = await signIn(a.url, a.deps.db.kysely, "admin");
    const officer = await signIn(a.url, a.deps.db.kysely, "agency_officer", "brvt.so-tc");
    const viaB = onB(officer);
    expect((await viaB("/v1/reports/export?period=2024-Q1")).status).toBe(403);
    const promoted = await admin.request("PATCH", `/v1/users/${officer.userId}`, {
      ifMatch: '"1"',
      body: { agencyId: "brvt.so-tttt" },
    });
    expect(promoted.status).toBe(200);
    const session = async () => (await viaB("/v1/auth/session")).body.user?.agencyId;
    expect(await within(500, "brvt.so-tttt", session)).toBe("brvt.so-tttt");
    await admin.request("PATCH", `/v1/users/${officer.userId}`, { ifMatch: '"2"', body: { disabled: true } });
    expect(await within(500, 401, async () => (await viaB("/v1/tasks")).status)).toBe(401);
  });

  it("works out days on process B with the calendar just stored on process A", async () => {
    const admin = await signIn(a.url, a.deps.db.kysely, "admin");
    const viaB = onB(admin);
    const dayOff = async () =>
      (await viaB("/v1/calendar/2024")).body.days.some(
        (d: { date: string; kind: string }) => d.date === "2024-03-04" && d.kind === "day-off",
      );
    expect(await dayOff()).toBe(false);
    const put = await admin.request("PUT", "/v1/calendar/2024", {
      ifMatch: '"0"',
      body: {
        source: "Thông báo thử nghiệm",
        daysOff: [
          { date: "2024-01-01", name: "Tết Dương lịch" },
          { date: "2024-03-04", name: "Nghỉ thử nghiệm", kind: "day-off" },
        ],
      },
    });
    expect(put.status).toBe(200);
    expect(await within(500, true, dayOff)).toBe(true);
  });

  it("lists on either process a task completed on the other, and on its own at once", async () => {
    const secretariat = await signIn(a.url, a.deps.db.kysely, "secretariat");
    const published = await publishFixture(secretariat);
    const officer = await signIn(a.url, a.deps.db.kysely, "agency_officer", "brvt.so-tc");
    const task = published.tasks.find((t) => t.leadAgencyId === "brvt.so-tc");
    if (task === undefined) throw new Error("no task");
    const lifecycleOn = async (url: string) => {
      const page = await anonymous(url).request("GET", "/v1/tasks?limit=200", {
        headers: { cookie: officer.cookie },
      });
      return page.body.items.find((t: { id: string }) => t.id === task.id)?.lifecycle;
    };
    for (let i = 0; i < 2; i++) {
      expect(await lifecycleOn(a.url)).toBe("open");
      expect(await lifecycleOn(b.url)).toBe("open");
    }
    const done = await officer.request("POST", `/v1/tasks/${task.id}/complete`, {
      ifMatch: `"${task.version}"`,
      body: {},
    });
    expect(done.status).toBe(200);
    // The process that wrote answers from the new state with no wait at all.
    expect(await lifecycleOn(a.url)).toBe("done");
    expect(await within(500, "done", () => lifecycleOn(b.url))).toBe("done");
  });

  it("judges a cached page again when the day changes", async () => {
    const secretariat = await signIn(a.url, a.deps.db.kysely, "secretariat");
    const { tasks } = await publishFixture(secretariat, "Hạn hôm nay");
    const task = tasks[0];
    if (task === undefined) throw new Error("no task");
    await a.deps.db.kysely
      .updateTable("tasks")
      .set({ due_on: "2024-03-01" })
      .where("id", "=", task.id)
      .execute();
    // 19:00 on Friday 01/03/2024 in Hà Nội: the task is due today, not yet late.
    a.setNow(new Date("2024-03-01T12:00:00Z"));
    try {
      const leader = await signIn(a.url, a.deps.db.kysely, "leader");
      const late = async () =>
        (await leader.request("GET", "/v1/tasks?timeliness=overdue&limit=200")).body.items.some(
          (t: { id: string }) => t.id === task.id,
        );
      expect(await late()).toBe(false);
      expect(await late()).toBe(false);
      // 01:00 on Saturday 02/03: nothing was written, but the same page now holds a late task.
      a.setNow(new Date("2024-03-01T18:00:00Z"));
      expect(await late()).toBe(true);
    } finally {
      a.setNow(new Date("2024-03-01T03:00:00Z"));
    }
  });

  it("stops trusting its caches while its listening connection is down, and trusts them again after", async () => {
    const user = await signIn(a.url, a.deps.db.kysely, "leader");
    const viaB = onB(user);
    expect((await viaB("/v1/tasks")).status).toBe(200);
    expect(b.deps.db.changes.live()).toBe(true);
    // Cut both processes' listening connections from the server side.
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and query = 'listen dondoc_changes' and pid <> pg_backend_pid()`.execute(
      a.deps.db.kysely,
    );
    expect(await within(1_000, false, async () => b.deps.db.changes.live())).toBe(false);
    expect((await user.request("POST", "/v1/auth/logout")).status).toBe(200);
    // A's listener is gone too, so neither process may answer from a cache.
    expect((await viaB("/v1/tasks")).status).toBe(401);
    // The calendar B built before is checked against the stored years, and rebuilt when they moved.
    const admin = await signIn(a.url, a.deps.db.kysely, "admin");
    const dayOff = async () =>
      (
        await anonymous(b.url).request("GET", "/v1/calendar/2025", { headers: { cookie: admin.cookie } })
      ).body.days.some(
        (d: { date: string; kind: string }) => d.date === "2025-03-03" && d.kind === "day-off",
      );
    expect(await dayOff()).toBe(false);
    const put = await admin.request("PUT", "/v1/calendar/2025", {
      ifMatch: '"0"',
      body: { source: "Thử nghiệm", daysOff: [{ date: "2025-03-03", name: "Nghỉ thử", kind: "day-off" }] },
    });
    expect(put.status).toBe(200);
    expect(await dayOff()).toBe(true);
    expect(await within(3_000, true, async () => b.deps.db.changes.live())).toBe(true);
  });
});
