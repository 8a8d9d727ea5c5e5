import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as IsoDate from "./iso-date.js";
import * as Lateness from "./lateness.js";
import * as PolicyPack from "./policy-pack.js";
import * as Timeliness from "./timeliness.js";
import * as WorkingCalendar from "./working-calendar.js";

const cal = WorkingCalendar.vietnam();
const pack = PolicyPack.national;

describe("Lateness", () => {
  it("counts the calendar days left to a due date: 0 on it, negative past it", () => {
    expect(Lateness.daysLeft("2024-01-08", "2024-01-05")).toBe(3);
    expect(Lateness.daysLeft("2024-01-08", "2024-01-08")).toBe(0);
    expect(Lateness.daysLeft("2024-01-08", "2024-01-10")).toBe(-2);
    // Across a month end and a leap day.
    expect(Lateness.daysLeft("2024-03-01", "2024-02-28")).toBe(2);
  });

  it("counts an open task from the day after its due date to the day asked about", () => {
    // Due Friday 05/01/2024; on Tuesday 09/01 it is 4 calendar days and 2 working days late.
    expect(
      Lateness.of({ lifecycle: "open", dueOn: "2024-01-05", completedOn: null }, "2024-01-09", cal, pack),
    ).toEqual({
      calendarDays: 4,
      workingDays: 2,
    });
    expect(
      Lateness.of({ lifecycle: "open", dueOn: "2024-01-09", completedOn: null }, "2024-01-09", cal, pack),
    ).toBeNull();
  });

  it("counts a task done late up to its completion day, across Tết", () => {
    // Due 08/02/2024, done 19/02: 11 days; Tết Giáp Thìn is off until 14/02, so 3 working days (15, 16, 19).
    expect(
      Lateness.of(
        { lifecycle: "done", dueOn: "2024-02-08", completedOn: "2024-02-19" },
        "2024-03-01",
        cal,
        pack,
      ),
    ).toEqual({ calendarDays: 11, workingDays: 3 });
    expect(
      Lateness.of(
        { lifecycle: "done", dueOn: "2024-02-08", completedOn: "2024-02-08" },
        "2024-03-01",
        cal,
        pack,
      ),
    ).toBeNull();
  });

  it("gives zero days to a task done after the hour of its due day (“trước 17 giờ”)", () => {
    const task = {
      lifecycle: "done" as const,
      dueOn: "2025-03-20",
      dueTime: "17:00",
      completedOn: "2025-03-20",
      completedAt: "2025-03-20T18:00:00+07:00",
    };
    expect(Lateness.of(task, "2025-03-21", cal, pack)).toEqual({ calendarDays: 0, workingDays: 0 });
  });

  it("is set exactly when Timeliness says overdue or done late, and never counts more working than calendar days", () => {
    const day = fc
      .integer({ min: IsoDate.toDayNumber("2023-01-01"), max: IsoDate.toDayNumber("2026-12-31") })
      .map(IsoDate.fromDayNumber);
    fc.assert(
      fc.property(
        fc.constantFrom("open", "done", "paused", "cancelled", "draft" as const),
        fc.option(day),
        fc.option(day),
        day,
        (lifecycle, dueOn, completedOn, when) => {
          const task = {
            lifecycle,
            dueOn,
            completedOn: lifecycle === "done" ? completedOn : null,
          } as Timeliness.TaskTimes;
          const late = Lateness.of(task, when, cal, pack);
          const judged = Timeliness.of(task, when, cal, pack);
          const t = judged._tag === "Success" ? judged.success : null;
          expect(late !== null).toBe(t === "overdue" || t === "done-late");
          if (late !== null) {
            expect(late.workingDays).toBeLessThanOrEqual(late.calendarDays);
            if (t === "overdue") expect(late.calendarDays).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
