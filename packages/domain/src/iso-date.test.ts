import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as IsoDate from "./iso-date.js";

describe("IsoDate", () => {
  it.each([
    ["1970-01-01", 0],
    ["2023-01-18", 19375],
    ["2024-02-29", 19782],
    ["1969-12-31", -1],
  ])("maps %s to day number %i and back", (date, n) => {
    expect(IsoDate.toDayNumber(date)).toBe(n);
    expect(IsoDate.fromDayNumber(n)).toBe(date);
  });

  it("round-trips every day number between years 1600 and 2600", () => {
    fc.assert(
      fc.property(fc.integer({ min: -135_000, max: 230_000 }), (n) => {
        expect(IsoDate.toDayNumber(IsoDate.fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it("agrees with the built-in Date for the weekday", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (n) => {
        expect(IsoDate.weekdayOf(n)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
    );
  });

  it("formats dates the Vietnamese way", () => {
    expect(IsoDate.formatVi("2024-01-06")).toBe("06/01/2024");
  });

  it("takes the local day in Asia/Ho_Chi_Minh of an instant", () => {
    expect(IsoDate.ofInstant(new Date("2024-01-05T17:30:00Z"))).toBe("2024-01-06");
    expect(IsoDate.ofInstant(new Date("2024-01-05T16:59:59Z"))).toBe("2024-01-05");
  });
});
