/// <reference path="./date-chinese.d.ts" />
import { CalendarVietnamese } from "date-chinese";
import { describe, expect, it } from "vitest";

import { isoOf } from "./day-number.js";
import { LUNAR_TABLE, LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR } from "./lunar-table.js";
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR, lunarHolidays } from "./statutory-holidays.js";

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: { year: number; month: number; day: number }) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/** Mùng 1 Tết and Giỗ Tổ (10/3 âm lịch) of `year`, as the `date-chinese` library computes them. */
const fromLibrary = (year: number): { tet: string; gioTo: string } => {
  const cal = new CalendarVietnamese();
  cal.fromJDE(cal.newYear(year));
  const tet = cal.toGregorian(year);
  const [cycle = 0, lunarYear = 0] = cal.get();
  const gioTo = new CalendarVietnamese(cycle, lunarYear, 3, 0, 10).toGregorian(year);
  return { tet: iso(tet), gioTo: iso(gioTo) };
};

const years = Array.from({ length: LUNAR_MAX_YEAR - LUNAR_MIN_YEAR + 1 }, (_, i) => LUNAR_MIN_YEAR + i);

describe("the lunar table", () => {
  it("covers 1900–2199, ten years a line", () => {
    expect([LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR]).toEqual([1900, 2199]);
    expect(LUNAR_TABLE.join(" ").split(" ")).toHaveLength(300);
  });

  it("gives the dates the date-chinese library computes, for every year from 1900 to 2199", () => {
    const table = years.map((year) => {
      const lunar = lunarHolidays(year);
      return { year, tet: lunar && isoOf(lunar.tet), gioTo: lunar && isoOf(lunar.gioTo) };
    });
    expect(table).toEqual(years.map((year) => ({ year, ...fromLibrary(year) })));
  });

  it.each([1899, 2200, 2024.5, Number.NaN])("knows no lunar holiday in %s", (year) => {
    expect(lunarHolidays(year)).toBeNull();
  });
});
