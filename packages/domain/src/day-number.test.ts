import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isoOf, MAX_DAY, MIN_DAY, parseDay, viOf, yearOfDay } from "./day-number.js";
import { civilOf, dayNumberOf } from "./iso-date.js";

describe("day numbers", () => {
  it("round-trips every day from 0001 to 9999 through its ISO string", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (n) => {
        expect(parseDay(isoOf(n))).toBe(n);
        expect(yearOfDay(n)).toBe(civilOf(n).year);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    "2024-02-30",
    "2023-02-29",
    "1900-02-29",
    "2024-00-10",
    "2024-13-01",
    "2024-01-00",
    "2024-01-32",
    "0000-01-01",
    "2024/01/01",
    "2024-1-01",
    "2O24-01-01",
    " 2024-01-1",
    "",
  ])("rejects %j", (s) => {
    expect(parseDay(s)).toBeNaN();
  });

  it("accepts the leap days of leap years", () => {
    expect(parseDay("2000-02-29")).toBe(dayNumberOf(2000, 2, 29));
    expect(parseDay("2400-02-29")).toBe(dayNumberOf(2400, 2, 29));
  });

  it("never throws and accepts exactly the real dates", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ minLength: 10, maxLength: 10 }), fc.anything()), (s) => {
        const n = parseDay(s);
        if (!Number.isNaN(n)) expect(isoOf(n)).toBe(s);
      }),
    );
  });

  it("formats dd/MM/yyyy", () => {
    expect(viOf(parseDay("2024-01-06"))).toBe("06/01/2024");
    expect(viOf(parseDay("0999-12-31"))).toBe("31/12/0999");
  });
});
