/**
 * The task list's timeliness filter is the domain's `Timeliness.of`, on both engines: fast-check
 * generates tasks in every lifecycle (with and without due and completion dates, around “today”),
 * stores them, and for each generated day asks `GET /v1/tasks?timeliness=…` for every value. Each
 * task must come back under exactly the value the domain gives it (and the value the API shows on
 * the task itself), with the days late the domain's `Lateness` counts; and under
 * `?latenessBand=…` exactly in the age band `LatenessBand.of` gives it (none unless overdue).
 */
import { Lateness, LatenessBand, PolicyPack, Timeliness, WorkingCalendar } from "@dondoc/domain";
import { Result } from "effect";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signIn } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

const calendar = WorkingCalendar.vietnam();
const base = Date.parse("2024-01-01T00:00:00Z");
const dayOf = (n: number) => new Date(base + n * 86_400_000).toISOString().slice(0, 10);

const task = (today: number) =>
  fc.record({
    lifecycle: fc.constantFrom("draft", "open", "submitted", "done", "paused", "cancelled" as const),
    due: fc.option(
      fc.oneof(
        fc.integer({ min: today - 6, max: today + 9 }),
        // Overdue by every age band, and on each side of its bounds.
        fc.integer({ min: today - 120, max: today - 7 }),
        fc.constantFrom(...[1, 7, 8, 30, 31, 90, 91].map((d) => today - d)),
      ),
      { nil: null },
    ),
    // Days from the due date (from today when there is none): on it, just before or just after.
    completed: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
  });

const run = fc
  .integer({ min: 0, max: 700 })
  .chain((today) =>
    fc.record({ today: fc.constant(today), tasks: fc.array(task(today), { minLength: 1, maxLength: 25 }) }),
  );

describe.each(engines)("timeliness in SQL on %s", (engine) => {
  let server: TestServer;
  let runs = 0;

  beforeAll(async () => {
    server = await startServer(engine);
  });
  afterAll(() => server.dispose());

  it("lists every task under exactly the timeliness the domain gives it", async () => {
    const db = server.deps.db.kysely;
    await fc.assert(
      fc.asyncProperty(run, async ({ today, tasks }) => {
        const day = dayOf(today);
        server.setNow(new Date(`${day}T03:00:00Z`));
        const admin = await signIn(server.url, db, "admin");
        const noticeId = `ntc_prop_${runs++}`;
        await db
          .insertInto("notices")
          .values({ id: noticeId, source_text: "", lifecycle: "published" })
          .execute();
        const rows = tasks.map((t, i) => ({
          id: `${noticeId}_t${i}`,
          notice_id: noticeId,
          lead_name: "Sở Tài chính",
          action: `Nhiệm vụ ${i}`,
          lifecycle: t.lifecycle,
          due_on: t.due === null ? null : dayOf(t.due),
          original_due_on: t.due === null ? null : dayOf(t.due),
          completed_on: t.completed === null ? null : dayOf((t.due ?? today) + t.completed),
        }));
        await db.insertInto("tasks").values(rows).execute();
        const found = new Map<string, string[]>();
        const lateness = new Map<string, unknown>();
        for (const value of Timeliness.Timeliness.options) {
          const page = await admin.request(
            "GET",
            `/v1/tasks?noticeId=${noticeId}&timeliness=${value}&limit=200`,
          );
          expect(page.status).toBe(200);
          for (const item of page.body.items as { id: string; timeliness: string; lateness: unknown }[]) {
            found.set(item.id, [...(found.get(item.id) ?? []), value]);
            lateness.set(item.id, item.lateness);
            expect(item.timeliness).toBe(value);
          }
        }
        const banded = new Map<string, string[]>();
        for (const band of LatenessBand.all) {
          const page = await admin.request(
            "GET",
            `/v1/tasks?noticeId=${noticeId}&latenessBand=${band}&limit=200`,
          );
          expect(page.status).toBe(200);
          for (const item of page.body.items as { id: string }[])
            banded.set(item.id, [...(banded.get(item.id) ?? []), band]);
        }
        for (const r of rows) {
          const times = { lifecycle: r.lifecycle, dueOn: r.due_on, completedOn: r.completed_on };
          const band = LatenessBand.of(times, day, calendar, PolicyPack.national);
          expect([r.id, banded.get(r.id) ?? []]).toEqual([r.id, band === null ? [] : [band]]);
        }
        for (const r of rows) {
          const expected = Result.getOrThrow(
            Timeliness.of(
              { lifecycle: r.lifecycle, dueOn: r.due_on, completedOn: r.completed_on },
              day,
              calendar,
              PolicyPack.national,
            ),
          );
          expect([r.id, found.get(r.id)]).toEqual([r.id, [expected]]);
          const times = { lifecycle: r.lifecycle, dueOn: r.due_on, completedOn: r.completed_on };
          // Shown on the task exactly as the domain counts it (listed tasks only: drafts are not).
          if (lateness.has(r.id))
            expect([r.id, lateness.get(r.id)]).toEqual([
              r.id,
              Lateness.of(times, day, calendar, PolicyPack.national),
            ]);
        }
      }),
      { numRuns: process.env.CI ? 25 : 10 },
    );
  });
});
