import * as Result from "effect/Result";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoOf, parseDay } from "./day-number.js";
import { lunarHolidays } from "./statutory-holidays.js";
import * as WorkingCalendar from "./working-calendar.js";

const cal = WorkingCalendar.vietnam();

describe("lunar holidays (date-chinese)", () => {
  it.each([
    [2023, "2023-01-22", "2023-04-29"],
    [2024, "2024-02-10", "2024-04-18"],
    [2025, "2025-01-29", "2025-04-07"],
    [2026, "2026-02-17", "2026-04-26"],
  ])("puts mùng 1 Tết and Giỗ Tổ of %i on the right days", (year, tet, gioTo) => {
    const lunar = lunarHolidays(year);
    expect(lunar && isoOf(lunar.tet)).toBe(tet);
    expect(lunar && isoOf(lunar.gioTo)).toBe(gioTo);
  });
});

describe("official schedule 2023–2026", () => {
  it.each([
    ["2023-01-02", false, "day-off"],
    ["2023-01-20", false, "holiday"],
    ["2023-01-26", false, "holiday"],
    ["2023-01-27", true, "working"],
    ["2023-09-04", false, "day-off"],
    ["2024-01-06", false, "weekend"],
    ["2024-04-29", false, "day-off"],
    ["2024-05-04", true, "make-up"],
    ["2025-04-26", true, "make-up"],
    ["2025-05-02", false, "day-off"],
    ["2026-01-10", true, "make-up"],
    ["2026-02-16", false, "holiday"],
    ["2026-08-22", true, "make-up"],
  ] as const)("knows %s (working: %s, %s)", (date, working, kind) => {
    expect(WorkingCalendar.isWorkingDay(cal, date)).toBe(working);
    const info = WorkingCalendar.dayInfo(cal, date);
    expect(info).toMatchObject({ working, kind, confirmed: true });
  });

  it("matches the weekday days off and make-up days of the research list (vn-days-off.json)", () => {
    // Transcribed from shared/research/vn-days-off.json: weekday days off and make-up Saturdays only.
    const research: Record<string, { daysOff: string[]; makeUp: string[] }> = {
      "2023": {
        daysOff: [
          "2023-01-02",
          "2023-01-20",
          "2023-01-23",
          "2023-01-24",
          "2023-01-25",
          "2023-01-26",
          "2023-05-01",
          "2023-05-02",
          "2023-05-03",
          "2023-09-01",
          "2023-09-04",
        ],
        makeUp: [],
      },
      "2024": {
        daysOff: [
          "2024-01-01",
          "2024-02-08",
          "2024-02-09",
          "2024-02-12",
          "2024-02-13",
          "2024-02-14",
          "2024-04-18",
          "2024-04-29",
          "2024-04-30",
          "2024-05-01",
          "2024-09-02",
          "2024-09-03",
        ],
        makeUp: ["2024-05-04"],
      },
      "2025": {
        daysOff: [
          "2025-01-01",
          "2025-01-27",
          "2025-01-28",
          "2025-01-29",
          "2025-01-30",
          "2025-01-31",
          "2025-04-07",
          "2025-04-30",
          "2025-05-01",
          "2025-05-02",
          "2025-09-01",
          "2025-09-02",
        ],
        makeUp: ["2025-04-26"],
      },
      "2026": {
        daysOff: [
          "2026-01-01",
          "2026-01-02",
          "2026-02-16",
          "2026-02-17",
          "2026-02-18",
          "2026-02-19",
          "2026-02-20",
          "2026-04-27",
          "2026-04-30",
          "2026-05-01",
          "2026-08-31",
          "2026-09-01",
          "2026-09-02",
        ],
        makeUp: ["2026-01-10", "2026-08-22"],
      },
    };
    for (const [y, expected] of Object.entries(research)) {
      const schedule = WorkingCalendar.year(cal, Number(y));
      const weekdayOff = schedule.days
        .filter((d) => !d.working && d.weekday !== "thứ Bảy" && d.weekday !== "Chủ nhật")
        .map((d) => d.date);
      expect(weekdayOff).toEqual(expected.daysOff);
      expect(schedule.days.filter((d) => d.kind === "make-up").map((d) => d.date)).toEqual(expected.makeUp);
    }
  });

  it("names the days of Tết", () => {
    expect(WorkingCalendar.dayInfo(cal, "2024-02-10").name).toBe("Tết Nguyên đán Giáp Thìn");
  });

  it("leaves only 4 working days in January 2023 after a notice of 18/01 (Tết 20–26/01)", () => {
    expect(WorkingCalendar.workingDaysBetween(cal, "2023-01-18", "2023-01-31")).toBe(4);
  });

  it("lists a year's days off and make-up days in date order", () => {
    const y = WorkingCalendar.year(cal, 2024);
    expect(y.confirmed).toBe(true);
    expect(y.days.filter((d) => d.kind === "make-up").map((d) => d.date)).toEqual(["2024-05-04"]);
    expect(y.days.map((d) => d.date)).toEqual([...y.days.map((d) => d.date)].sort());
    expect(y.days.find((d) => d.date === "2024-04-29")).toMatchObject({ weekday: "thứ Hai", working: false });
  });
});

describe("years without an official schedule", () => {
  it("computes 2027 from the Labour Code and flags it unconfirmed", () => {
    // Tết Đinh Mùi: mùng 1 = Saturday 06/02/2027; the Saturday and Sunday give two nghỉ bù days.
    const y = WorkingCalendar.year(cal, 2027);
    expect(y.confirmed).toBe(false);
    const off = y.days.map((d) => d.date);
    expect(off).toEqual(
      expect.arrayContaining(["2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10"]),
    );
    expect(WorkingCalendar.dayInfo(cal, "2027-02-10")).toMatchObject({
      working: false,
      kind: "day-off",
      confirmed: false,
    });
    expect(WorkingCalendar.dayInfo(cal, "2027-02-06").name).toBe("Tết Nguyên đán Đinh Mùi");
  });

  it("computes only the solar holidays outside 1900–2199", () => {
    const y = WorkingCalendar.year(cal, 1850);
    expect(y.confirmed).toBe(false);
    expect(y.days.some((d) => d.name.startsWith("Tết Nguyên đán"))).toBe(false);
    expect(y.days.some((d) => d.date === "1850-01-01")).toBe(true);
  });

  it("lets an administrator's year replace the computed one", () => {
    const custom = WorkingCalendar.vietnam({
      years: {
        "2027": {
          daysOff: [{ date: "2027-02-04", name: "Tết Nguyên đán Đinh Mùi", kind: "holiday" }],
          makeUpWorkdays: [{ date: "2027-02-06", name: "Làm bù" }],
          confirmed: true,
          source: "Thông báo giả định",
        },
      },
    });
    expect(WorkingCalendar.isWorkingDay(custom, "2027-02-04")).toBe(false);
    expect(WorkingCalendar.isWorkingDay(custom, "2027-02-06")).toBe(true);
    expect(WorkingCalendar.isWorkingDay(custom, "2027-02-08")).toBe(true);
    expect(WorkingCalendar.dayInfo(custom, "2027-02-04").confirmed).toBe(true);
  });

  it("has weekly rest days only when asked", () => {
    const plain = WorkingCalendar.make({
      weeklyRestDays: ["sunday"],
      years: {},
      missingYears: "weekly-rest-only",
    });
    expect(WorkingCalendar.isWorkingDay(plain, "2024-02-10")).toBe(true);
    expect(WorkingCalendar.isWorkingDay(plain, "2024-02-11")).toBe(false);
  });
});

describe("queries", () => {
  it("rolls a Saturday forward to Monday and leaves a working day alone", () => {
    expect(WorkingCalendar.rollForward(cal, "2024-01-06")).toBe("2024-01-08");
    expect(WorkingCalendar.rollForward(cal, "2024-01-08")).toBe("2024-01-08");
    expect(WorkingCalendar.nextWorkingDay(cal, "2024-01-08")).toBe("2024-01-09");
  });

  it("jumps over Tết", () => {
    expect(WorkingCalendar.nextWorkingDay(cal, "2024-02-07")).toBe("2024-02-15");
    expect(WorkingCalendar.addWorkingDays(cal, "2024-02-07", 2)).toBe("2024-02-16");
    expect(WorkingCalendar.addWorkingDays(cal, "2024-02-15", -1)).toBe("2024-02-07");
    expect(WorkingCalendar.addWorkingDays(cal, "2024-02-10", 0)).toBe("2024-02-10");
  });

  it("crosses years", () => {
    expect(WorkingCalendar.addWorkingDays(cal, "2023-12-29", 1)).toBe("2024-01-02");
    expect(WorkingCalendar.addWorkingDays(cal, "2024-01-02", -1)).toBe("2023-12-29");
    expect(WorkingCalendar.workingDaysBetween(cal, "2023-12-29", "2024-01-02")).toBe(1);
    expect(WorkingCalendar.workingDaysBetween(cal, "2024-01-02", "2023-12-29")).toBe(-1);
    expect(WorkingCalendar.workingDaysBetween(cal, "2022-12-31", "2026-12-31")).toBe(
      [2023, 2024, 2025, 2026].reduce((s, y) => s + WorkingCalendar.year(cal, y).workingDays, 0),
    );
  });

  it("counts a Saturday's one working day back as the Friday", () => {
    expect(WorkingCalendar.addWorkingDays(cal, "2024-01-06", -1)).toBe("2024-01-05");
    expect(WorkingCalendar.workingDaysBetween(cal, "2024-01-06", "2024-01-05")).toBe(-1);
  });

  it("never throws on invalid dates", () => {
    expect(WorkingCalendar.isWorkingDay(cal, "2024-02-30")).toBe(false);
    expect(WorkingCalendar.rollForward(cal, "not a date")).toBe("not a date");
    expect(WorkingCalendar.addWorkingDays(cal, "2024-13-01", 3)).toBe("2024-13-01");
    expect(WorkingCalendar.workingDaysBetween(cal, "x", "2024-01-01")).toBe(0);
    expect(WorkingCalendar.dayInfo(cal, "").working).toBe(false);
  });
});

describe("fromInput", () => {
  it("fills defaults and builds on the shipped schedule", () => {
    const r = WorkingCalendar.fromInput({
      years: { "2027": { daysOff: [{ date: "2027-02-05", name: "Tết" }] } },
    });
    expect(Result.isSuccess(r)).toBe(true);
    if (Result.isSuccess(r)) {
      expect(WorkingCalendar.isWorkingDay(r.success, "2027-02-05")).toBe(false);
      expect(WorkingCalendar.isWorkingDay(r.success, "2024-02-12")).toBe(false);
    }
  });

  it("rejects a date outside its year with a Vietnamese message", () => {
    const r = WorkingCalendar.fromInput({
      years: { "2027": { daysOff: [{ date: "2028-01-01", name: "x" }] } },
    });
    expect(Result.isFailure(r)).toBe(true);
    if (Result.isFailure(r)) expect(r.failure.message).toContain("không thuộc năm 2027");
  });
});

const day = fc.integer({ min: parseDay("1995-01-01"), max: parseDay("2060-12-31") }).map(isoOf);

describe("properties", () => {
  it("rolls forward to a working day never earlier than the input", () => {
    fc.assert(
      fc.property(day, (d) => {
        const r = WorkingCalendar.rollForward(cal, d);
        expect(WorkingCalendar.isWorkingDay(cal, r)).toBe(true);
        expect(r >= d).toBe(true);
        if (WorkingCalendar.isWorkingDay(cal, d)) expect(r).toBe(d);
      }),
    );
  });

  it("gives n back: workingDaysBetween(d, addWorkingDays(d, n)) = n", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (d, n) => {
        const e = WorkingCalendar.addWorkingDays(cal, d, n);
        expect(WorkingCalendar.workingDaysBetween(cal, d, e)).toBe(n);
        if (n !== 0) expect(WorkingCalendar.isWorkingDay(cal, e)).toBe(true);
      }),
    );
  });

  it("counts working days additively", () => {
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort();
        if (x === undefined || y === undefined || z === undefined) return;
        const between = (p: string, q: string) => WorkingCalendar.workingDaysBetween(cal, p, q);
        expect(between(x, y) + between(y, z)).toBe(between(x, z));
      }),
    );
  });

  it("counts whole years between two dates from the same totals as the year tables", () => {
    const fresh = WorkingCalendar.vietnam();
    const span = WorkingCalendar.workingDaysBetween(fresh, "2019-12-31", "2031-12-31");
    let sum = 0;
    for (let y = 2020; y <= 2031; y++) sum += WorkingCalendar.year(cal, y).workingDays;
    expect(span).toBe(sum);
  });

  it("agrees with a day-by-day count", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 120 }), (d, span) => {
        const to = isoOf(parseDay(d) + span);
        let count = 0;
        for (let n = parseDay(d) + 1; n <= parseDay(to); n++) {
          if (WorkingCalendar.isWorkingDay(cal, isoOf(n))) count++;
        }
        expect(WorkingCalendar.workingDaysBetween(cal, d, to)).toBe(count);
      }),
    );
  });

  it("never throws on arbitrary strings, numbers or calendar data", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.double(), fc.anything(), (a, b, n, data) => {
        WorkingCalendar.isWorkingDay(cal, a);
        WorkingCalendar.nextWorkingDay(cal, a);
        WorkingCalendar.rollForward(cal, b);
        WorkingCalendar.addWorkingDays(cal, a, n);
        WorkingCalendar.workingDaysBetween(cal, a, b);
        WorkingCalendar.dayInfo(cal, a);
        WorkingCalendar.fromInput(data);
      }),
    );
  });
});

describe("years before the Labour Code 2019", () => {
  const computed = WorkingCalendar.make({
    weeklyRestDays: ["saturday", "sunday"],
    years: {},
    missingYears: "vietnam-statutory",
  });

  it("computes National Day as 2/9 alone before 2021, and adds the adjacent day from 2021", () => {
    // 2020-09-02 is a Wednesday: 1/9 and 3/9 are worked under the Labour Code 2012.
    expect(WorkingCalendar.isWorkingDay(computed, "2020-09-02")).toBe(false);
    expect(WorkingCalendar.isWorkingDay(computed, "2020-09-01")).toBe(true);
    expect(WorkingCalendar.isWorkingDay(computed, "2020-09-03")).toBe(true);
    expect(WorkingCalendar.year(computed, 2020).source).toContain("Bộ luật Lao động 2012");
    const national = (y: number) =>
      WorkingCalendar.year(computed, y).days.filter(
        (d) => d.kind === "holiday" && d.name.startsWith("Quốc khánh"),
      );
    expect(national(2020)).toHaveLength(1);
    expect(national(2021)).toHaveLength(2);
    expect(WorkingCalendar.year(computed, 2021).confirmed).toBe(false);
  });
});

describe("the official schedules of 2019–2022", () => {
  const cal = WorkingCalendar.vietnam();

  it.each([
    // [day, worked?] — Tết breaks, swaps and make-up Saturdays as the notices announced them.
    ["2019-01-05", true], // làm bù thứ Bảy cho 31/12/2018
    ["2019-02-04", false], // Tết Kỷ Hợi 02/02–10/02
    ["2019-02-11", true],
    ["2019-04-15", false], // nghỉ bù Giỗ Tổ (14/4 Chủ nhật)
    ["2019-04-29", false], // hoán đổi
    ["2019-05-04", true], // làm bù thứ Bảy
    ["2019-09-03", true], // Quốc khánh 2/9 alone (Labour Code 2012)
    ["2020-01-23", false], // Tết Canh Tý 23/01–29/01
    ["2020-01-30", true],
    ["2020-04-02", false], // Giỗ Tổ
    ["2020-09-01", true],
    ["2021-02-16", false], // Tết Tân Sửu 10/02–16/02
    ["2021-05-03", false], // nghỉ bù 1/5 (thứ Bảy)
    ["2021-09-03", false], // Quốc khánh 02/9–03/9
    ["2022-01-03", false], // nghỉ bù Tết Dương lịch
    ["2022-02-04", false], // Tết Nhâm Dần 31/01–04/02
    ["2022-02-07", true],
    ["2022-05-03", false], // nghỉ bù 30/4–1/5
    ["2022-09-01", false], // Quốc khánh 01/9–02/9
  ] as const)("%s is %s", (day, worked) => {
    expect(WorkingCalendar.isWorkingDay(cal, day)).toBe(worked);
  });

  it("marks 2019–2022 confirmed and names their sources", () => {
    for (const y of [2019, 2020, 2021, 2022]) {
      const schedule = WorkingCalendar.year(cal, y);
      expect(schedule.confirmed).toBe(true);
      expect(schedule.source.length).toBeGreaterThan(40);
    }
    expect(WorkingCalendar.year(cal, 2018).confirmed).toBe(false);
  });
});
