/**
 * The `@example`s of the calendar, deadline, recurrence and timeliness modules, run through the
 * package's public entry point exactly as a user writes them.
 */
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import {
  DeadlineRule,
  PolicyPack,
  Recurrence,
  ReportingPeriod,
  Timeliness,
  WorkingCalendar,
} from "./index.js";

const cal = WorkingCalendar.vietnam();
const monthlyRule: DeadlineRule.Recurring = {
  kind: "recurring",
  phrase: "định kỳ hàng tháng",
  frequencies: ["monthly"],
  periods: "decree-09",
  dueDay: null,
  startsOn: null,
};

describe("documented examples", () => {
  it("WorkingCalendar", () => {
    expect(WorkingCalendar.isWorkingDay(cal, "2023-01-23")).toBe(false);
    expect(WorkingCalendar.rollForward(cal, "2024-01-06")).toBe("2024-01-08");
  });

  it("DeadlineRule.resolve", () => {
    const r = DeadlineRule.resolve(
      {
        kind: "end-of-period",
        phrase: "trong tháng 01/2023",
        period: { unit: "month", year: 2023, month: 1 },
      },
      { anchor: "2023-01-18", calendar: WorkingCalendar.vietnam(), policy: PolicyPack.national },
    );
    expect(Result.isSuccess(r) && r.success.dueOn).toBe("2023-01-31");
    expect(Result.isSuccess(r) && r.success.derivation.vi).toBe(
      "trong tháng 01/2023 → cuối tháng 01/2023 → 31/01/2023",
    );
  });

  it("ReportingPeriod.of", () => {
    expect(ReportingPeriod.of("quarterly", 2024, 1, "decree-09")).toMatchObject({
      start: "2023-12-15",
      end: "2024-03-14",
      label: "quý I/2024",
    });
  });

  it("Recurrence.occurrences and Recurrence.next", () => {
    const all = Recurrence.occurrences(
      monthlyRule,
      { from: "2024-01-01", to: "2024-12-31" },
      cal,
      PolicyPack.national,
    );
    expect(all).toHaveLength(12);
    expect(all[0]).toMatchObject({
      label: "tháng 01/2024",
      periodStart: "2023-12-15",
      cutOff: "2024-01-14",
      dueOn: "2024-01-25",
    });
    expect(Recurrence.next(monthlyRule, "2024-01-26", cal, PolicyPack.national)?.label).toBe("tháng 02/2024");
  });

  it("Timeliness.of", () => {
    const r = Timeliness.of(
      { lifecycle: "open", dueOn: "2024-01-08", completedOn: null },
      "2024-01-09",
      cal,
      PolicyPack.national,
    );
    expect(Result.isSuccess(r) && r.success).toBe("overdue");
  });
});
