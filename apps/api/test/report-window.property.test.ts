/**
 * The report reads only the tasks its window admits, and that changes nothing, on both engines:
 *
 * 1. The SQL of `ReportExport.build(db, p, window)` is `ReportWindow.admits` of `@dondoc/reporting`:
 *    fast-check writes notices (issued on a day, or only published or created at an instant near
 *    midnight in Vietnam) and tasks (every lifecycle, finished around the window's first day, with
 *    or without a resolution), and for any window the export keeps exactly the tasks `admits` keeps
 *    of the whole export.
 * 2. Over HTTP, on a generated export of 2,000 tasks: `POST /v1/reports` (which pre-filters) gives
 *    the report `@dondoc/reporting` builds from the whole `GET /v1/reports/export` (which does not),
 *    for months, quarters and custom ranges, made during or after the period, for several scopes.
 */
import { IsoDate } from "@dondoc/domain";
import { Json, ReportBundle, ReportWindow } from "@dondoc/reporting";
import * as Result from "effect/Result";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { generate } from "../../../packages/reporting/src/test-support/generate.js";
import type { Principal } from "../src/auth/principal.js";
import * as RulesCache from "../src/http/rules.js";
import * as ReportExport from "../src/services/report-export.js";
import { signIn } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";
import { fill } from "./support/report-fill.js";

const admin: Principal = {
  kind: "user",
  id: "usr_window",
  name: "window",
  role: "admin",
  permissions: new Set(),
  agencyId: null,
  issuerIds: null,
  csrfToken: null,
  mustChangePassword: false,
};

const BASE = "2024-05-01";
const day = (n: number) => IsoDate.addDays(BASE, n);
/** An instant `hours` after midnight (UTC+7) of day `n`. */
const instant = (n: number, hours: number) =>
  new Date(Date.parse(`${day(n)}T00:00:00+07:00`) + hours * 3_600_000);

const notice = fc.record({
  issued: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
  published: fc.option(
    fc.record({ day: fc.integer({ min: -3, max: 3 }), hours: fc.integer({ min: -2, max: 26 }) }),
    {
      nil: null,
    },
  ),
  created: fc.record({ day: fc.integer({ min: -3, max: 3 }), hours: fc.integer({ min: -2, max: 26 }) }),
});
const task = fc.record({
  notice: fc.nat(),
  lifecycle: fc.constantFrom("open", "done", "paused", "cancelled", "draft" as const),
  completed: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
  resolution: fc.boolean(),
});
const run = fc.record({
  notices: fc.array(notice, { minLength: 1, maxLength: 4 }),
  tasks: fc.array(task, { minLength: 1, maxLength: 12 }),
  assignedBy: fc.integer({ min: -2, max: 2 }),
  doneFrom: fc.integer({ min: -2, max: 2 }),
});

describe.each(engines)("the report window in SQL on %s", (engine) => {
  let server: TestServer;
  let runs = 0;

  beforeAll(async () => {
    server = await startServer(engine);
    await server.deps.db.kysely
      .insertInto("resolutions")
      .values({ id: "res_window", code: "01-NQ/TU", issuer: "Tỉnh ủy", title: "Nghị quyết" })
      .execute();
  });
  afterAll(() => server.dispose());

  it("keeps exactly the tasks ReportWindow.admits keeps", async () => {
    const db = server.deps.db.kysely;
    const lead = await db
      .selectFrom("agencies")
      .select(["id", "name"])
      .orderBy("id")
      .executeTakeFirstOrThrow();
    await fc.assert(
      fc.asyncProperty(run, async (r) => {
        const prefix = `w${runs++}_`;
        await db
          .insertInto("notices")
          .values(
            r.notices.map((n, i) => ({
              id: `${prefix}n${i}`,
              source_text: "",
              lifecycle: "published",
              issued_on: n.issued === null ? null : day(n.issued),
              published_at: n.published === null ? null : instant(n.published.day, n.published.hours),
              created_at: instant(n.created.day, n.created.hours),
            })),
          )
          .execute();
        await db
          .insertInto("tasks")
          .values(
            r.tasks.map((t, i) => ({
              id: `${prefix}t${i}`,
              notice_id: `${prefix}n${t.notice % r.notices.length}`,
              lead_agency_id: lead.id,
              lead_name: lead.name,
              action: `Nhiệm vụ ${i}`,
              lifecycle: t.lifecycle,
              completed_on: t.completed === null ? null : day(t.completed),
              resolution_id: t.resolution ? "res_window" : null,
            })),
          )
          .execute();
        const window = { assignedBy: day(r.assignedBy), doneFrom: day(r.doneFrom) };
        const mine = (tasks: readonly ReportExport.ExportTask[]) =>
          tasks.filter((t) => t.id.startsWith(prefix)).map((t) => t.id);
        const whole = await ReportExport.build(db, admin, undefined);
        const kept = await ReportExport.build(db, admin, window);
        expect(mine(kept.tasks)).toEqual(mine(whole.tasks.filter((t) => ReportWindow.admits(window, t))));
      }),
      { numRuns: 40 },
    );
  });
});

describe.each(engines)("reports with and without the window on %s", (engine) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(engine, new Date("2024-07-01T03:00:00Z"));
    const raw = generate(2_000, 7);
    // Some tasks cancelled: in no report.
    const tasks = (raw.tasks ?? []).map((t, i) =>
      i % 37 === 0 ? { ...t, lifecycle: "cancelled" as const, completedOn: null } : t,
    );
    await fill(server.deps.db.kysely, { ...raw, tasks }, "g_");
  }, 120_000);
  afterAll(() => server.dispose());

  it.each([
    { period: "2024-05", at: "2024-06-05", scope: "all" },
    { period: "2024-03", at: "2024-03-20", scope: "all" },
    { period: "2024-Q1", at: "2024-07-01", scope: "agency:g_a7" },
    { period: "2024-04-10..2024-05-09", at: "2024-05-02", scope: "all" },
    { period: "2024-02", at: "2024-06-30", scope: "resolution:g_r1" },
    { period: "2024-05", at: "2024-04-20", scope: "notice:g_n40" },
  ])("gives the same report for $period made on $at, scope $scope", async ({ period, at, scope }) => {
    const leader = await signIn(server.url, server.deps.db.kysely, "leader");
    const report = await leader.request("POST", "/v1/reports", { body: { period, at, scope } });
    expect(report.status).toBe(200);
    const whole = await leader.request("GET", "/v1/reports/export");
    expect(whole.status).toBe(200);
    const rules = await RulesCache.forRequest(server.deps);
    const bundle = Result.getOrThrow(
      ReportBundle.fromInput({ data: whole.body, period, scope, at, calendar: rules.calendar }),
    );
    expect(bundle.periodic.totals.total).toBeGreaterThan(0);
    expect(report.body).toEqual(JSON.parse([...Json.pieces(bundle)].join("")));
  });
});
