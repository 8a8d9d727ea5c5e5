import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as CarryOver from "./carry-over.js";
import * as ReportData from "./report-data.js";
import { calendar } from "./test-support/calendar.js";
import { fixture } from "./test-support/fixture.js";

const data = Result.getOrThrow(ReportData.parse(fixture));

describe("CarryOver.build", () => {
  it("lists the still-open tasks of an earlier notice and the later task that took each over", () => {
    const list = CarryOver.build(data, { at: "2024-06-05", calendar, from: ["n923"] });
    expect(list.notices).toHaveLength(1);
    const [group] = list.notices;
    expect(group?.notice.code).toBe("923/TB-UBND");
    // t9 of 923/TB-UBND was finished in 2023, so only t7 is carried over.
    expect(group?.open.map((o) => [o.task.id, o.task.category, o.carriedInto])).toEqual([
      ["t7", "open-overdue", [{ taskId: "t17", noticeCode: "112/TB-UBND" }]],
    ]);
  });

  it("finds the notices a later notice carries tasks over from", () => {
    const list = CarryOver.build(data, { at: "2024-06-05", calendar, into: "n112" });
    expect(list.notices.map((g) => g.notice.code)).toEqual(["923/TB-UBND"]);
  });

  it("by default lists every notice with open tasks, oldest first", () => {
    const list = CarryOver.build(data, { at: "2024-06-05", calendar });
    expect(list.notices.map((g) => g.notice.code)).toEqual([
      "923/TB-UBND",
      "07/TB-UBND",
      "45/TB-UBND",
      "112/TB-UBND",
    ]);
    const n112 = list.notices[3]?.open.map((o) => o.task.id);
    // t16 was completed on 03/06; drafts and cancelled tasks never appear.
    expect(n112).toEqual(["t3", "t10", "t13", "t14", "t17"]);
  });
});
