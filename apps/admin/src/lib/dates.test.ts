import { describe, expect, it } from "vitest";

import { formatDate, formatDateTime, isoDay, parseDisplayDate } from "./dates.js";

describe("dates", () => {
  it("shows a calendar date as dd/MM/yyyy without shifting it", () => {
    expect(formatDate("2023-01-31")).toBe("31/01/2023");
  });

  it("shows an instant on its Vietnamese local day", () => {
    // 17:30 UTC on 31 Jan is already 1 Feb in Vietnam (UTC+7).
    expect(formatDate("2023-01-31T17:30:00Z")).toBe("01/02/2023");
    expect(formatDateTime("2023-01-31T17:30:00Z")).toBe("01/02/2023 00:30");
    expect(isoDay(new Date("2023-01-31T17:30:00Z"))).toBe("2023-02-01");
  });

  it("shows nothing for a missing value", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDateTime(undefined)).toBe("");
  });

  it.each([
    ["31/01/2023", "2023-01-31"],
    ["1/2/2024", "2024-02-01"],
    ["29/02/2023", null],
    ["2023-01-31", null],
  ])("reads %s typed by a clerk as %s", (text, expected) => {
    expect(parseDisplayDate(text)).toBe(expected);
  });
});
