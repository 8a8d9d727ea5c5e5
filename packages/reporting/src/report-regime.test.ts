import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as ReportRegime from "./report-regime.js";
import { calendar } from "./test-support/calendar.js";

describe("ReportRegime", () => {
  it("takes the Decree 09 cut-off (14th) and the art. 13 deadline (25th) from the calendar", () => {
    const monthly = ReportRegime.taskFollowUp("month");
    const jan = ReportRegime.schedule(monthly, 2024, 1, calendar);
    expect(jan).toMatchObject({ cutOffOn: "2024-01-14", dueOn: "2024-01-25" });
    expect(jan.period.from).toBe("2023-12-15");
  });

  it("moves a deadline that falls on a day off to the next working day", () => {
    // 25/05/2024 is a Saturday (not the make-up one) → Monday 27/05.
    const may = ReportRegime.schedule(ReportRegime.taskFollowUp("month"), 2024, 5, calendar);
    expect(may.dueOn).toBe("2024-05-27");
  });

  it("accepts every period of the national regimes (≥ 1 working day after the cut-off)", () => {
    for (const f of ["month", "quarter", "half", "year"] as const) {
      const result = ReportRegime.validate(ReportRegime.taskFollowUp(f), 2024, calendar);
      expect(Result.isSuccess(result)).toBe(true);
    }
    const quarters = Result.getOrThrow(
      ReportRegime.validate(ReportRegime.taskFollowUp("quarter"), 2024, calendar),
    );
    expect(quarters.map((s) => [s.cutOffOn, s.dueOn])).toEqual([
      ["2024-03-14", "2024-03-25"],
      ["2024-06-14", "2024-06-25"],
      ["2024-09-14", "2024-09-25"],
      ["2024-12-14", "2024-12-25"],
    ]);
  });

  it("rejects a deadline on the cut-off day with a Vietnamese message citing art. 8.5.b", () => {
    const bad = ReportRegime.ReportRegime.parse({
      ...ReportRegime.taskFollowUp("month"),
      deadline: { kind: "day-of-last-month", day: 14 },
      rollForward: false,
    });
    const result = ReportRegime.validate(bad, 2024, calendar);
    expect(Result.isFailure(result) && result.failure._tag).toBe("SubmissionDeadlineTooEarly");
    if (Result.isFailure(result) && result.failure._tag === "SubmissionDeadlineTooEarly") {
      expect(result.failure.workingDaysAfterCutOff).toBe(0);
      expect(result.failure.message).toContain("không ít hơn 01 ngày làm việc");
      expect(result.failure.message).toContain("14/01/2024");
    }
  });

  it("counts working days after the cut-off, so a Friday cut-off due on Sunday fails", () => {
    // June 2024 cut-off Fri 14/06; a deadline of Sun 16/06 without roll-forward gives 0 working days.
    const bad = ReportRegime.ReportRegime.parse({
      ...ReportRegime.taskFollowUp("month"),
      deadline: { kind: "day-of-last-month", day: 16 },
      rollForward: false,
    });
    expect(ReportRegime.schedule(bad, 2024, 6, calendar).workingDaysAfterCutOff).toBe(0);
    const rolled = ReportRegime.ReportRegime.parse({ ...bad, rollForward: true });
    expect(ReportRegime.schedule(rolled, 2024, 6, calendar)).toMatchObject({
      dueOn: "2024-06-17",
      workingDaysAfterCutOff: 1,
    });
  });

  it("supports deadlines counted in working days after the cut-off", () => {
    const regime = ReportRegime.ReportRegime.parse({
      ...ReportRegime.taskFollowUp("month"),
      deadline: { kind: "working-days-after-cut-off", workingDays: 2 },
    });
    // April 2024 cut-off Sun 14/04 → Mon 15, Tue 16.
    expect(ReportRegime.schedule(regime, 2024, 4, calendar).dueOn).toBe("2024-04-16");
  });

  it("records every field Decree 09 art. 8 asks for", () => {
    const r = ReportRegime.taskFollowUp("quarter");
    expect(Object.keys(r).sort()).toEqual(
      [
        "basis",
        "content",
        "cutOff",
        "deadline",
        "frequency",
        "id",
        "methods",
        "name",
        "outline",
        "recipient",
        "reporter",
        "rollForward",
        "tables",
        "levels",
      ].sort(),
    );
    expect(r.tables).toHaveLength(3);
  });

  describe("aggregated through several levels (art. 8.5.b: a deadline per level)", () => {
    const threeLevels = (wardDay: number, deptDay: number) =>
      ReportRegime.ReportRegime.parse({
        ...ReportRegime.taskFollowUp("month"),
        levels: [
          {
            reporter: "UBND cấp xã",
            recipient: "Sở Nội vụ",
            deadline: { kind: "day-of-last-month", day: wardDay },
          },
          {
            reporter: "Sở Nội vụ",
            recipient: "Văn phòng UBND tỉnh",
            deadline: { kind: "day-of-last-month", day: deptDay },
          },
        ],
      });

    it("schedules each level's deadline from the calendar", () => {
      const s = ReportRegime.schedule(threeLevels(17, 20), 2024, 3, calendar);
      // March 2024: cut-off Thu 14/03; 17/03 is a Sunday → Mon 18/03.
      expect(s.levels.map((l) => [l.reporter, l.dueOn])).toEqual([
        ["UBND cấp xã", "2024-03-18"],
        ["Sở Nội vụ", "2024-03-20"],
      ]);
      expect(s.dueOn).toBe("2024-03-25");
      expect(Result.isSuccess(ReportRegime.validate(threeLevels(17, 20), 2024, calendar))).toBe(true);
    });

    it("rejects an upper level due before the level below has reported", () => {
      const result = ReportRegime.validate(threeLevels(20, 19), 2024, calendar);
      expect(Result.isFailure(result) && result.failure._tag).toBe("LevelDeadlinesOutOfOrder");
      expect(Result.isFailure(result) && result.failure.message).toContain(
        "ít nhất 01 ngày làm việc để kịp tổng hợp",
      );
    });

    it("holds every level to the one-working-day rule after the cut-off", () => {
      const result = ReportRegime.validate(
        ReportRegime.ReportRegime.parse({ ...threeLevels(14, 20), rollForward: false }),
        2024,
        calendar,
      );
      expect(Result.isFailure(result) && result.failure._tag).toBe("SubmissionDeadlineTooEarly");
      expect(Result.isFailure(result) && result.failure.message).toContain("UBND cấp xã → Sở Nội vụ");
    });
  });
});
