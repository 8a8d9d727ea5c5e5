/**
 * The periodic report counts what the task list lists, on both engines: fast-check generates
 * published tasks in every lifecycle (due dates around “today”, completions on or before it, as the
 * write path allows), stores them, and asks for the report of a range ending today and the task
 * list under each timeliness value. For every task the report's category is the domain's
 * `Timeliness.reportCategory` of the timeliness the list files it under (paused tasks are left out
 * of reports under the national policy pack), and the report's totals equal the number of listed
 * tasks in each category. The summary is held to the list in `summary.test.ts`.
 */
import { Timeliness } from "@dondoc/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signIn } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

const base = Date.parse("2024-01-01T00:00:00Z");
const dayOf = (n: number) => new Date(base + n * 86_400_000).toISOString().slice(0, 10);

/** The report's category names, as `@dondoc/reporting` writes the domain's categories. */
const REPORTED: Record<Timeliness.ReportCategory, string> = {
  "hoan-thanh-dung-han": "done-on-time",
  "hoan-thanh-qua-han": "done-late",
  "dang-thuc-hien-trong-han": "open-in-time",
  "dang-thuc-hien-qua-han": "open-overdue",
};
const TOTAL_OF: Record<string, string> = {
  "done-on-time": "doneOnTime",
  "done-late": "doneLate",
  "open-in-time": "openInTime",
  "open-overdue": "openOverdue",
};

const task = (today: number) =>
  fc.record({
    lifecycle: fc.constantFrom("open", "done", "paused", "cancelled" as const),
    due: fc.option(fc.integer({ min: today - 6, max: today + 9 }), { nil: null }),
    // Days from the due date (from today when there is none), never after today.
    completed: fc.integer({ min: -3, max: 2 }),
    lead: fc.constantFrom("brvt.so-tc", "brvt.so-xd", "brvt.so-yt"),
  });

const run = fc
  .integer({ min: 40, max: 700 })
  .chain((today) =>
    fc.record({ today: fc.constant(today), tasks: fc.array(task(today), { minLength: 1, maxLength: 20 }) }),
  );

describe.each(engines)("report counts equal list counts on %s", (engine) => {
  let server: TestServer;
  let runs = 0;

  beforeAll(async () => {
    server = await startServer(engine);
  });
  afterAll(() => server.dispose());

  it("files every task in the report category of the timeliness the list gives it", async () => {
    const db = server.deps.db.kysely;
    await fc.assert(
      fc.asyncProperty(run, async ({ today, tasks }) => {
        const day = dayOf(today);
        const from = dayOf(today - 30);
        server.setNow(new Date(`${day}T03:00:00Z`));
        const admin = await signIn(server.url, db, "admin");
        const noticeId = `ntc_report_${runs++}`;
        await db
          .insertInto("notices")
          .values({ id: noticeId, source_text: "", lifecycle: "published", issued_on: from })
          .execute();
        const rows = tasks.map((t, i) => ({
          id: `${noticeId}_t${i}`,
          notice_id: noticeId,
          lead_agency_id: t.lead,
          lead_name: t.lead,
          action: `Nhiệm vụ ${i}`,
          lifecycle: t.lifecycle,
          due_on: t.due === null ? null : dayOf(t.due),
          original_due_on: t.due === null ? null : dayOf(t.due),
          completed_on:
            t.lifecycle === "done" ? dayOf(Math.min(today, (t.due ?? today) + t.completed)) : null,
        }));
        await db.insertInto("tasks").values(rows).execute();

        const listed = new Map<string, Timeliness.Timeliness>();
        for (const value of Timeliness.Timeliness.options) {
          const page = await admin.request(
            "GET",
            `/v1/tasks?noticeId=${noticeId}&timeliness=${value}&limit=200`,
          );
          expect(page.status).toBe(200);
          for (const item of page.body.items as { id: string }[]) listed.set(item.id, value);
        }

        const res = await admin.request("POST", "/v1/reports", {
          body: { period: `${from}..${day}`, scope: `notice:${noticeId}`, format: "json", at: day },
        });
        expect(res.status).toBe(200);
        const report = res.body.periodic as {
          totals: Record<string, number>;
          tasks: { id: string; category: string }[];
        };
        const expectedTotals: Record<string, number> = {
          doneOnTime: 0,
          doneLate: 0,
          openInTime: 0,
          openOverdue: 0,
        };
        const reported = new Map(report.tasks.map((t) => [t.id, t.category]));
        for (const r of rows) {
          const timeliness = listed.get(r.id);
          if (timeliness === undefined) throw new Error(`${r.id} is listed under no timeliness`);
          const category = Timeliness.reportCategory(timeliness);
          const expected = category === null ? null : REPORTED[category];
          expect([r.id, timeliness, reported.get(r.id) ?? null]).toEqual([r.id, timeliness, expected]);
          const total = expected === null ? undefined : TOTAL_OF[expected];
          if (total !== undefined) expectedTotals[total] = (expectedTotals[total] ?? 0) + 1;
        }
        for (const [key, count] of Object.entries(expectedTotals))
          expect([key, report.totals[key]]).toEqual([key, count]);
      }),
      { numRuns: process.env.CI ? 20 : 8 },
    );
  });
});
