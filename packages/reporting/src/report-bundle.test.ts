import { Result } from "effect";
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

  it.each([
    [{ at: "05/06/2024" }, "InvalidReportDate"],
    [{ period: "2024-Q7" }, "InvalidPeriod"],
    [{ scope: "phòng:1" }, "InvalidScope"],
    [{ scope: "agency:nope" }, "UnknownScopeTarget"],
    [{ data: { tasks: [{ id: 1 }] } }, "InvalidReportData"],
  ])("fails with a typed error for %j", (patch, tag) => {
    const result = ReportBundle.fromInput({ ...input, ...patch });
    expect(Result.isFailure(result) && result.failure._tag).toBe(tag);
  });
});
