import { PolicyPack } from "@dondoc/domain";
import * as Result from "effect/Result";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as PeriodicReport from "./periodic-report.js";
import * as ReportData from "./report-data.js";
import * as ReportPeriod from "./report-period.js";
import type * as ReportPolicy from "./report-policy.js";
import { calendar } from "./test-support/calendar.js";
import { generate } from "./test-support/generate.js";

const arbitraryReport = fc.record({
  n: fc.integer({ min: 0, max: 300 }),
  seed: fc.integer(),
  month: fc.integer({ min: 1, max: 12 }),
  mode: fc.constantFrom("calendar" as const, "decree-09" as const),
  atOffset: fc.integer({ min: -40, max: 60 }),
});

describe("PeriodicReport properties", () => {
  it("partitions the tasks: the categories add up to the total, and the rows to the totals", () => {
    fc.assert(
      fc.property(arbitraryReport, ({ n, seed, month, mode, atOffset }) => {
        const data = Result.getOrThrow(ReportData.parse(generate(n, seed)));
        const period = ReportPeriod.of("month", 2024, month, mode);
        const at = new Date(Date.parse(`${period.to}T00:00:00Z`) + atOffset * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const r = PeriodicReport.build(data, { period, at, calendar });
        const t = r.totals;
        expect(t.doneOnTime + t.doneLate + t.openInTime + t.openOverdue + t.paused).toBe(t.total);
        expect(t.assignedInPeriod + t.carriedIn).toBe(t.total);
        expect(r.tasks).toHaveLength(t.total);
        for (const key of [
          "total",
          "doneOnTime",
          "doneLate",
          "openInTime",
          "openOverdue",
          "extended",
        ] as const) {
          expect(r.rows.reduce((s, row) => s + row.counts[key], 0)).toBe(t[key]);
        }
        expect(r.overdue).toHaveLength(t.openOverdue);
        expect(Object.values(r.ageBuckets).reduce((a, b) => a + b, 0)).toBe(t.openOverdue);
      }),
      { numRuns: 60 },
    );
  });

  it("keeps both rates in [0, 1], the on-time rate never above the completion rate", () => {
    fc.assert(
      fc.property(arbitraryReport, ({ n, seed, month, mode }) => {
        const data = Result.getOrThrow(ReportData.parse(generate(n, seed)));
        const r = PeriodicReport.build(data, {
          period: ReportPeriod.of("month", 2024, month, mode),
          at: "2025-01-01",
          calendar,
        });
        for (const rates of [r.rates, ...r.rows.map((row) => row.rates)]) {
          if (rates.completion === null || rates.onTime === null) {
            expect(rates.due).toBe(0);
            continue;
          }
          expect(rates.onTime).toBeGreaterThanOrEqual(0);
          expect(rates.onTime).toBeLessThanOrEqual(rates.completion);
          expect(rates.completion).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("counts lateness only for late tasks, never more working days than calendar days", () => {
    fc.assert(
      fc.property(arbitraryReport, ({ n, seed, month, mode }) => {
        const data = Result.getOrThrow(ReportData.parse(generate(n, seed)));
        const r = PeriodicReport.build(data, {
          period: ReportPeriod.of("month", 2024, month, mode),
          at: "2025-01-01",
          calendar,
        });
        for (const line of r.tasks) {
          const late = line.category === "done-late" || line.category === "open-overdue";
          expect(line.late !== null).toBe(late);
          if (line.late) {
            expect(line.late.calendarDays).toBeGreaterThan(0);
            expect(line.late.workingDays).toBeGreaterThanOrEqual(0);
            expect(line.late.workingDays).toBeLessThanOrEqual(line.late.calendarDays);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("accepts the domain's national PolicyPack as its policy", () => {
    const policy: ReportPolicy.ReportPolicy = PolicyPack.national;
    const data = Result.getOrThrow(ReportData.parse(generate(50)));
    const r = PeriodicReport.build(data, {
      period: ReportPeriod.of("month", 2024, 3),
      at: "2024-04-10",
      calendar,
      policy,
    });
    expect(r.totals.paused).toBe(0);
  });
});
