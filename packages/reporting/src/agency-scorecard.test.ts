import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as AgencyScorecard from "./agency-scorecard.js";
import * as ReportData from "./report-data.js";
import * as ReportPeriod from "./report-period.js";
import { calendar } from "./test-support/calendar.js";
import { fixture } from "./test-support/fixture.js";

const data = Result.getOrThrow(ReportData.parse(fixture));
const card = AgencyScorecard.build(data, {
  period: ReportPeriod.of("month", 2024, 5),
  at: "2024-06-05",
  calendar,
  trendPeriods: 3,
});
const entry = (id: string) => card.entries.find((e) => e.agency.id === id);

describe("AgencyScorecard.build", () => {
  it("ranks agencies by on-time rate; with every agency asked for, those with nothing due come last, unranked", () => {
    expect(card.entries.map((e) => [e.agency.id, e.rank])).toEqual([
      ["snnmt", 1],
      ["stc", 2],
      ["sxd", 3],
    ]);
    const all = AgencyScorecard.build(data, {
      period: ReportPeriod.of("month", 2024, 5),
      at: "2024-06-05",
      calendar,
      trendPeriods: 3,
      allAgencies: true,
    });
    expect(all.entries.map((e) => [e.agency.id, e.rank])).toEqual([
      ["snnmt", 1],
      ["stc", 2],
      ["sxd", 3],
      ["hc", null],
    ]);
  });

  it("reports the on-time rate, the completion rate, the overdue count and the average days late", () => {
    expect(entry("snnmt")).toMatchObject({ total: 4, overdue: 1, doneLate: 1, averageWorkingDaysLate: 6.5 });
    expect(entry("snnmt")?.onTime).toBeCloseTo(1 / 3);
    expect(entry("snnmt")?.completion).toBeCloseTo(2 / 3);
    expect(entry("stc")).toMatchObject({ onTime: 0.25, completion: 0.5, overdue: 2 });
  });

  it("shows the trend over the last periods and its direction", () => {
    expect(entry("stc")?.trend).toEqual([
      { period: "2024-03", onTime: 0 },
      { period: "2024-04", onTime: 0 },
      { period: "2024-05", onTime: 0.25 },
    ]);
    expect(entry("stc")?.direction).toBe("up");
    expect(entry("sxd")?.direction).toBe("flat");
    expect(entry("snnmt")?.direction).toBe("new");
  });

  it("gives tied agencies the same rank", () => {
    const twin = Result.getOrThrow(
      ReportData.parse({
        ...fixture,
        tasks: [
          ...(fixture.tasks ?? []),
          {
            id: "x1",
            noticeId: "n112",
            action: "Nhiệm vụ của phường",
            lead: { id: "hc", name: "UBND phường Hải Châu" },
            assignedOn: "2024-05-06",
            originalDueOn: "2024-05-10",
            currentDueOn: "2024-05-10",
            lifecycle: "open",
          },
        ],
      }),
    );
    const tied = AgencyScorecard.build(twin, {
      period: ReportPeriod.of("month", 2024, 5),
      at: "2024-06-05",
      calendar,
    });
    // Sở Xây dựng and the ward both have 0 % on time, 0 % done and one overdue task.
    expect(
      tied.entries
        .filter((e) => e.rank === 3)
        .map((e) => e.agency.id)
        .sort(),
    ).toEqual(["hc", "sxd"]);
  });
});
