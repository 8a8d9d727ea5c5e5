import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as ReportBundle from "./report-bundle.js";
import { calendar } from "./test-support/calendar.js";
import { fixture } from "./test-support/fixture.js";

const input = { data: fixture, period: "2024-05", at: "2024-06-05", calendar };

describe("ReportBundle.fromInput", () => {
  it("builds every section, cutting periods the national way (Decree 09) by default", () => {
    const bundle = Result.getOrThrow(ReportBundle.fromInput(input));
    expect(bundle.periodic.period).toMatchObject({ from: "2024-04-15", to: "2024-05-14" });
    expect(bundle.scorecard?.entries.length).toBeGreaterThan(0);
    // Carry-over lists only notices issued before the period's data start (15/04/2024).
    expect(bundle.carryOver?.notices.map((g) => g.notice.code)).toEqual([
      "923/TB-UBND",
      "07/TB-UBND",
      "45/TB-UBND",
    ]);
    expect(bundle.resolutions?.resolutions).toHaveLength(1);
  });

  it("leaves out the sections not asked for", () => {
    const bundle = Result.getOrThrow(
      ReportBundle.fromInput({
        ...input,
        sections: { scorecard: false, carryOver: false, resolutions: false },
      }),
    );
    expect([bundle.scorecard, bundle.carryOver, bundle.resolutions]).toEqual([null, null, null]);
  });

  it("reports over a custom range, counting the tasks of exactly those days", () => {
    const month = Result.getOrThrow(ReportBundle.fromInput(input));
    const range = Result.getOrThrow(ReportBundle.fromInput({ ...input, period: "2024-04-15..2024-05-14" }));
    expect(range.periodic.period).toMatchObject({
      frequency: "custom",
      from: "2024-04-15",
      to: "2024-05-14",
    });
    expect(range.periodic.totals).toEqual(month.periodic.totals);
    expect(range.periodic.tasks.map((t) => t.id)).toEqual(month.periodic.tasks.map((t) => t.id));
    // The trend runs over the preceding ranges of equal length (30 days each).
    expect(range.scorecard?.entries[0]?.trend.map((t) => t.period).at(-2)).toBe("2024-03-16..2024-04-14");
  });

  it.each([
    [{ at: "05/06/2024" }, "InvalidReportDate"],
    [{ period: "2024-Q7" }, "InvalidPeriod"],
    [{ period: "2024-05-14..2024-04-15" }, "InvalidPeriod"],
    [{ period: "2024-02-30..2024-03-01" }, "InvalidPeriod"],
    [{ scope: "phòng:1" }, "InvalidScope"],
    [{ scope: "agency:nope" }, "UnknownScopeTarget"],
    [{ data: { tasks: [{ id: 1 }] } }, "InvalidReportData"],
  ])("fails with a typed error for %j", (patch, tag) => {
    const result = ReportBundle.fromInput({ ...input, ...patch });
    expect(Result.isFailure(result) && result.failure._tag).toBe(tag);
  });
});
