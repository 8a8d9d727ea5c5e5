import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as ReportData from "./report-data.js";
import * as ResolutionRollUp from "./resolution-roll-up.js";
import { calendar } from "./test-support/calendar.js";
import { fixture } from "./test-support/fixture.js";

const data = Result.getOrThrow(ReportData.parse(fixture));

describe("ResolutionRollUp.build", () => {
  const rollUp = ResolutionRollUp.build(data, { at: "2024-06-05", calendar });
  const r02 = rollUp.resolutions[0];

  it("gathers every notice and task contributing to the resolution, by notice", () => {
    expect(r02?.resolution.code).toBe("02-NQ/TU");
    expect(r02?.notices.map((n) => [n.notice.code, n.tasks.map((t) => t.id)])).toEqual([
      ["923/TB-UBND", ["t7"]],
      ["45/TB-UBND", ["t4", "t5"]],
      ["112/TB-UBND", ["t1"]],
    ]);
  });

  it("reports the categories and the progress of the resolution", () => {
    expect(r02?.counts).toMatchObject({ total: 4, doneOnTime: 2, openOverdue: 2 });
    expect(r02?.progress).toBe(0.5);
    expect(r02?.rates).toEqual({ completion: 0.5, onTime: 0.5, due: 4 });
  });

  it("narrows to one resolution", () => {
    expect(
      ResolutionRollUp.build(data, { at: "2024-06-05", calendar, resolutionId: "nope" }).resolutions,
    ).toEqual([]);
  });
});
