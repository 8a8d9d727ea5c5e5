/**
 * GET /v1/summary over real HTTP on both engines: every count equals the length of the task list
 * behind it for the same caller (each timeliness bucket, overdue by agency, the on-time rate of the
 * current Decree 09 month), and each caller counts only what it may list — a secretariat its
 * issuer's notices, an officer its agency's tasks.
 */
import { LatenessBand, Timeliness } from "@dondoc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";
import type { Published } from "./integrations/flows.js";
import { publishFixture } from "./integrations/flows.js";

interface Listed {
  readonly id: string;
  readonly leadAgencyId: string | null;
  readonly leadName: string;
  readonly delegatedToAgencyId: string | null;
  readonly timeliness: string;
}

/** Every task of `GET /v1/tasks?{query}`, page after page. */
const listAll = async (caller: Caller, query: Record<string, string> = {}): Promise<Listed[]> => {
  const items: Listed[] = [];
  let cursor: string | null = null;
  do {
    const search = new URLSearchParams({ ...query, limit: "200", ...(cursor ? { cursor } : {}) });
    const res = await caller.request("GET", `/v1/tasks?${search}`);
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return items;
};

const byLead = (tasks: readonly Listed[]) => {
  const counts: Record<string, number> = {};
  for (const t of tasks) {
    const key = t.leadAgencyId ?? `#${t.leadName}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

const summaryOf = async (caller: Caller) => {
  const res = await caller.request("GET", "/v1/summary");
  expect(res.status).toBe(200);
  return res.body;
};

const taskLedBy = (published: Published, agencyId: string) => {
  const task = published.tasks.find((t) => t.leadAgencyId === agencyId);
  if (task === undefined) throw new Error(`no task led by ${agencyId}`);
  return task;
};

describe.each(engines)("GET /v1/summary on %s", (engine) => {
  let server: TestServer;
  let callers: Record<"admin" | "leader" | "province" | "city" | "officer", Caller>;

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.deps.db.kysely;
    callers = {
      admin: await signIn(server.url, db, "admin"),
      leader: await signIn(server.url, db, "leader"),
      province: await signIn(server.url, db, "secretariat", "brvt.ubnd"),
      city: await signIn(server.url, db, "secretariat", "vt.ubnd"),
      officer: await signIn(server.url, db, "agency_officer", "brvt.so-tc"),
    };
    const { province, city } = callers;
    await publishFixture(province, "Kết luận thứ nhất");
    const second = await publishFixture(province, "Kết luận thứ hai");
    await publishFixture(city, "Kết luận của UBND thành phố");
    // A draft notice: its tasks are drafts, listed and counted as such.
    expect(
      (await city.request("POST", "/v1/notices", { body: { parsed: parsedNotice("Bản nháp") } })).status,
    ).toBe(201);
    // Done late (due 20/02), done on time (due 15/03), paused: every lifecycle has a bucket.
    const late = taskLedBy(second, "brvt.so-tc");
    const onTime = taskLedBy(second, "brvt.so-tttt");
    const paused = taskLedBy(second, "brvt.so-khcn");
    for (const [task, completedOn] of [
      [late, "2024-02-28"],
      [onTime, "2024-02-29"],
    ] as const) {
      const res = await province.request("POST", `/v1/tasks/${task.id}/complete`, {
        ifMatch: `"${task.version}"`,
        body: { completedOn },
      });
      expect(res.status).toBe(200);
    }
    const pause = await province.request("POST", `/v1/tasks/${paused.id}/transitions`, {
      ifMatch: `"${paused.version}"`,
      body: { action: "pause", note: "Chờ ý kiến của Bộ" },
    });
    expect(pause.status).toBe(200);
  });
  afterAll(() => server.dispose());

  const who = ["admin", "leader", "province", "city", "officer"] as const;

  it.each(who)("counts for %s exactly the tasks its list shows under each timeliness", async (name) => {
    const caller = callers[name];
    const summary = await summaryOf(caller);
    expect(summary.asOf).toBe("2024-03-01");
    for (const t of Timeliness.Timeliness.options) {
      const listed = await listAll(caller, { timeliness: t });
      expect(
        listed.every((x) => x.timeliness === t),
        `${name}: list of ${t}`,
      ).toBe(true);
      expect(summary.counts[t], `${name}: ${t}`).toBe(listed.length);
    }
    const total = Object.values(summary.counts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBe((await listAll(caller)).length);
  });

  it.each(who)("counts %s's overdue tasks per age band as its list by band does", async (name) => {
    const caller = callers[name];
    const summary = await summaryOf(caller);
    let total = 0;
    for (const b of LatenessBand.all) {
      const listed = await listAll(caller, { latenessBand: b });
      expect(summary.overdueByBand[b], `${name}: ${b}`).toBe(listed.length);
      expect(listed.every((x) => x.timeliness === "overdue")).toBe(true);
      total += listed.length;
    }
    // Every overdue task is in exactly one band.
    expect(total).toBe(summary.counts.overdue);
  });

  it.each(who)("counts %s's overdue tasks by lead agency as its overdue list does", async (name) => {
    const caller = callers[name];
    const summary = await summaryOf(caller);
    const expected = byLead(await listAll(caller, { timeliness: "overdue" }));
    const got: Record<string, number> = {};
    for (const row of summary.overdueByAgency) got[row.agencyId ?? `#${row.name}`] = row.count;
    expect(got).toEqual(expected);
  });

  it.each(who)("takes %s's on-time rate from the tasks due in the current Decree 09 month", async (name) => {
    const caller = callers[name];
    const summary = await summaryOf(caller);
    // 01/03/2024 lies in the Decree 09 month of March: 15/02 → 14/03.
    expect(summary.period).toMatchObject({ from: "2024-02-15", to: "2024-03-14", mode: "decree-09" });
    const due = { dueFrom: summary.period.from, dueTo: summary.period.to };
    const onTime = await listAll(caller, { ...due, timeliness: "done-on-time" });
    const late = [
      ...(await listAll(caller, { ...due, timeliness: "done-late" })),
      ...(await listAll(caller, { ...due, timeliness: "overdue" })),
    ];
    expect(summary.onTime.onTime).toBe(onTime.length);
    expect(summary.onTime.late).toBe(late.length);
    expect(summary.onTime.rate).toBe(
      onTime.length + late.length === 0 ? null : onTime.length / (onTime.length + late.length),
    );
    const rows: Record<string, { onTime: number; late: number }> = {};
    for (const r of summary.onTime.byAgency)
      rows[r.agencyId ?? `#${r.name}`] = { onTime: r.onTime, late: r.late };
    const expected: Record<string, { onTime: number; late: number }> = {};
    for (const [key, n] of Object.entries(byLead(onTime))) expected[key] = { onTime: n, late: 0 };
    for (const [key, n] of Object.entries(byLead(late)))
      expected[key] = { onTime: expected[key]?.onTime ?? 0, late: n };
    expect(rows).toEqual(expected);
  });

  it("counts for each office only its issuer's tasks, and for an officer only its agency's", async () => {
    const total = async (caller: Caller) =>
      Object.values((await summaryOf(caller)).counts as Record<string, number>).reduce((a, b) => a + b, 0);
    const leader = await total(callers.leader);
    const province = await total(callers.province);
    const city = await total(callers.city);
    const officer = await total(callers.officer);
    expect(province).toBeGreaterThan(0);
    expect(city).toBeGreaterThan(0);
    expect(province + city).toBe(leader);
    const officers = await listAll(callers.officer);
    expect(officers.length).toBeGreaterThan(0);
    expect(
      officers.every((t) => t.leadAgencyId === "brvt.so-tc" || t.delegatedToAgencyId === "brvt.so-tc"),
    ).toBe(true);
    expect(officer).toBe(officers.length);
    expect(officer).toBeLessThan(leader);
    const officerSummary = await summaryOf(callers.officer);
    expect(
      officerSummary.overdueByAgency.every((r: { agencyId: string }) => r.agencyId === "brvt.so-tc"),
    ).toBe(true);
  });

  it("has tasks in the buckets the data set makes, so the comparisons above are not over empty lists", async () => {
    const { counts, overdueByAgency, onTime } = await summaryOf(callers.leader);
    for (const t of ["draft", "paused", "no-deadline", "not-due", "overdue", "done-on-time", "done-late"]) {
      expect(counts[t], t).toBeGreaterThan(0);
    }
    expect(overdueByAgency.length).toBeGreaterThan(0);
    expect(onTime.late).toBeGreaterThan(0);
  });

  it("refuses an anonymous caller", async () => {
    expect((await fetch(`${server.url}/v1/summary`)).status).toBe(401);
  });
});
