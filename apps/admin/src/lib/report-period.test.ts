import { describe, expect, it } from "vitest";

import { customPeriodCode, periodCode, periodContaining, periodOf } from "./report-period.js";

describe("reporting periods", () => {
  it("runs a Decree 09 month from the 15th of the month before to the 14th", () => {
    expect(periodOf("month", 2024, 1, "decree-09")).toMatchObject({ from: "2023-12-15", to: "2024-01-14" });
  });

  it("puts 20/01 in February's Decree 09 report, and in January's calendar report", () => {
    expect(periodCode(periodContaining("month", "2024-01-20", "decree-09"))).toBe("2024-02");
    expect(periodCode(periodContaining("month", "2024-01-20", "calendar"))).toBe("2024-01");
  });

  it.each([
    ["quarter", 2, "2024-Q2", "2024-04-01", "2024-06-30"],
    ["half", 1, "2024-H1", "2024-01-01", "2024-06-30"],
    ["year", 1, "2024", "2024-01-01", "2024-12-31"],
  ] as const)("names the %s period %s", (frequency, index, code, from, to) => {
    const p = periodOf(frequency, 2024, index, "calendar");
    expect(periodCode(p)).toBe(code);
    expect(p).toMatchObject({ from, to });
  });

  it("names a custom range from..to only when both days are there, in order", () => {
    expect(customPeriodCode("2024-03-01", "2024-04-15")).toBe("2024-03-01..2024-04-15");
    expect(customPeriodCode("2024-03-01", "2024-03-01")).toBe("2024-03-01..2024-03-01");
    expect(customPeriodCode("2024-04-15", "2024-03-01")).toBeNull();
    expect(customPeriodCode("2024-03-01", null)).toBeNull();
  });
});
