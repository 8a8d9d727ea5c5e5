/**
 * The report window is the report's own rule for which tasks can matter: a bundle built from the
 * tasks `ReportWindow.admits` equals the bundle built from every task, whatever the period (month,
 * quarter, custom range; either cut-off mode), the day the report is made, the trend's length and
 * the scope. Producers (the API) may therefore filter by the window before building `ReportData`.
 */
import { IsoDate } from "@dondoc/domain";
import * as Result from "effect/Result";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as ReportBundle from "./report-bundle.js";
import * as ReportData from "./report-data.js";
import * as ReportWindow from "./report-window.js";
import { calendar } from "./test-support/calendar.js";
import { generate } from "./test-support/generate.js";

const period = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((m) => `2024-${String(m).padStart(2, "0")}`),
  fc.integer({ min: 1, max: 4 }).map((q) => `2024-Q${q}`),
  fc.constantFrom("2024-H1", "2024"),
  fc
    .record({ start: fc.integer({ min: 0, max: 200 }), days: fc.integer({ min: 1, max: 60 }) })
    .map(({ start, days }) => {
      const from = IsoDate.addDays("2024-01-01", start);
      return `${from}..${IsoDate.addDays(from, days - 1)}`;
    }),
);

const scope = fc.constantFrom(
  "all",
  "agency:a3",
  "agency:a17",
  "notice:n2",
  "resolution:r1",
  "resolution:r2",
);

const arbitrary = fc.record({
  n: fc.integer({ min: 0, max: 250 }),
  seed: fc.integer(),
  period,
  mode: fc.constantFrom("calendar" as const, "decree-09" as const),
  at: fc.integer({ min: 0, max: 400 }).map((d) => IsoDate.addDays("2024-01-01", d)),
  trendPeriods: fc.integer({ min: 1, max: 5 }),
  scope,
  // Some tasks cancelled or still drafts: never in a report.
  unreported: fc.array(fc.tuple(fc.nat(), fc.constantFrom("cancelled" as const, "draft" as const)), {
    maxLength: 20,
  }),
});

describe("ReportWindow", () => {
  it("leaves out only tasks that no section of the bundle shows", () => {
    fc.assert(
      fc.property(arbitrary, ({ n, seed, period, mode, at, trendPeriods, scope, unreported }) => {
        const raw = generate(n, seed);
        const tasks = [...(raw.tasks ?? [])];
        for (const [i, lifecycle] of unreported) {
          const t = tasks[i % Math.max(1, tasks.length)];
          if (t) tasks[i % tasks.length] = { ...t, lifecycle, completedOn: null };
        }
        const data = Result.getOrThrow(ReportData.parse({ ...raw, tasks }));
        const window = Result.getOrThrow(
          ReportWindow.forInput({ period, at, periodMode: mode, trendPeriods }),
        );
        const kept = { ...data, tasks: data.tasks.filter((t) => ReportWindow.admits(window, t)) };
        const input = { period, at, calendar, periodMode: mode, trendPeriods, scope };
        const whole = ReportBundle.fromInput({ ...input, data });
        const filtered = ReportBundle.fromInput({ ...input, data: kept });
        expect(Result.isSuccess(filtered)).toBe(Result.isSuccess(whole));
        if (Result.isSuccess(whole) && Result.isSuccess(filtered)) {
          expect(filtered.success).toEqual(whole.success);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("reaches back to the first day of the earliest trend period and up to the cut-off", () => {
    const w = Result.getOrThrow(
      ReportWindow.forInput({ period: "2024-05", at: "2024-06-05", periodMode: "calendar" }),
    );
    expect(w).toEqual({ assignedBy: "2024-05-31", doneFrom: "2024-02-01" });
    const early = Result.getOrThrow(
      ReportWindow.forInput({ period: "2024-05", at: "2024-05-10", periodMode: "calendar", trendPeriods: 1 }),
    );
    expect(early).toEqual({ assignedBy: "2024-05-10", doneFrom: "2024-05-01" });
    const task = {
      lifecycle: "done" as const,
      assignedOn: "2024-01-10",
      completedOn: "2024-04-30",
      resolutionIds: [],
    };
    expect(ReportWindow.admits(early, task)).toBe(false);
    expect(ReportWindow.admits(early, { ...task, resolutionIds: ["r1"] })).toBe(true);
    expect(ReportWindow.admits(early, { ...task, completedOn: "2024-05-01" })).toBe(true);
    expect(
      ReportWindow.admits(early, { ...task, lifecycle: "open", completedOn: null, assignedOn: "2024-05-11" }),
    ).toBe(false);
    expect(ReportWindow.admits(early, { ...task, lifecycle: "cancelled", completedOn: null })).toBe(false);
  });
});
