import { describe, expect, it } from "vitest";

import { periodOf } from "./summary.js";

describe("the dashboard's reporting month", () => {
  it.each([
    ["2024-03-01", "decree-09", "2024-02-15", "2024-03-14"],
    ["2024-03-14", "decree-09", "2024-02-15", "2024-03-14"],
    ["2024-03-15", "decree-09", "2024-03-15", "2024-04-14"],
    ["2024-12-20", "decree-09", "2024-12-15", "2025-01-14"],
    ["2024-01-05", "decree-09", "2023-12-15", "2024-01-14"],
    ["2024-02-29", "calendar", "2024-02-01", "2024-02-29"],
    ["2024-12-31", "calendar", "2024-12-01", "2024-12-31"],
  ] as const)("on %s in %s mode runs from %s to %s", (today, mode, start, end) => {
    expect(periodOf(today, mode)).toMatchObject({ start, end, mode });
  });
});
