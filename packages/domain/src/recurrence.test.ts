import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoOf, parseDay } from "./day-number.js";
import type * as DeadlineRule from "./deadline-rule.js";
import * as PolicyPack from "./policy-pack.js";
import * as Recurrence from "./recurrence.js";
import * as ReportingPeriod from "./reporting-period.js";
import * as WorkingCalendar from "./working-calendar.js";

const calendar = WorkingCalendar.vietnam();
const policy = PolicyPack.national;
const year2024 = { from: "2024-01-01", to: "2024-12-31" };

const recurring = (
  frequencies: DeadlineRule.Frequency[],
  changes: Partial<DeadlineRule.Recurring> = {},
): DeadlineRule.Recurring => ({
  kind: "recurring",
  phrase: null,
  frequencies,
  periods: "decree-09",
  dueDay: null,
  startsOn: null,
  ...changes,
});

describe("ReportingPeriod.of (Decree 09/2019 art. 12)", () => {
  it.each([
    ["monthly", 1, "2023-12-15", "2024-01-14", "tháng 01/2024"],
    ["monthly", 7, "2024-06-15", "2024-07-14", "tháng 07/2024"],
    ["quarterly", 1, "2023-12-15", "2024-03-14", "quý I/2024"],
    ["quarterly", 4, "2024-09-15", "2024-12-14", "quý IV/2024"],
    ["semiannual", 1, "2023-12-15", "2024-06-14", "6 tháng đầu năm 2024"],
    ["semiannual", 2, "2024-06-15", "2024-12-14", "6 tháng cuối năm 2024"],
    ["nine-months", 1, "2023-12-15", "2024-09-14", "9 tháng đầu năm 2024"],
    ["annual", 1, "2023-12-15", "2024-12-14", "năm 2024"],
  ] as const)("cuts %s %i of 2024 from %s to %s (%s)", (frequency, index, start, end, label) => {
    expect(ReportingPeriod.of(frequency, 2024, index, "decree-09")).toMatchObject({ start, end, label });
  });

  it.each([
    ["monthly", 2, "2024-02-01", "2024-02-29"],
    ["quarterly", 3, "2024-07-01", "2024-09-30"],
    ["semiannual", 2, "2024-07-01", "2024-12-31"],
    ["annual", 1, "2024-01-01", "2024-12-31"],
  ] as const)("uses whole calendar periods in calendar mode (%s %i)", (frequency, index, start, end) => {
    expect(ReportingPeriod.of(frequency, 2024, index, "calendar")).toMatchObject({ start, end });
  });

  it("rolls an out-of-range index into the next year", () => {
    expect(ReportingPeriod.of("monthly", 2024, 13, "calendar")).toMatchObject({
      year: 2025,
      index: 1,
      label: "tháng 01/2025",
    });
    expect(ReportingPeriod.of("quarterly", 2024, 0, "calendar")).toMatchObject({ year: 2023, index: 4 });
  });

  it("tiles time: each period starts the day after the previous one's cut-off", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(["weekly", "monthly", "quarterly", "semiannual", "annual"] as const)),
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: -60, max: 60 }),
        fc.constantFrom("decree-09" as const, "calendar" as const),
        (frequency, year, index, mode) => {
          const a = ReportingPeriod.of(frequency, year, index, mode);
          const b = ReportingPeriod.of(frequency, year, index + 1, mode);
          expect(parseDay(b.start)).toBe(parseDay(a.end) + 1);
          expect(a.start <= a.end).toBe(true);
        },
      ),
    );
  });

  it("uses ISO weeks", () => {
    expect(ReportingPeriod.of("weekly", 2024, 2, "decree-09")).toMatchObject({
      start: "2024-01-08",
      end: "2024-01-14",
      label: "tuần 02/2024",
    });
    expect(ReportingPeriod.periodsPerYear("weekly", 2020)).toBe(53);
  });
});

describe("Recurrence.occurrences", () => {
  it("gives a monthly reporting duty one occurrence per Decree 09 period, due the 25th", () => {
    const occ = Recurrence.occurrences(recurring(["monthly"]), year2024, calendar, policy);
    expect(occ.map((o) => o.label)).toEqual(
      Array.from({ length: 12 }, (_, i) => `tháng ${String(i + 1).padStart(2, "0")}/2024`),
    );
    expect(occ[0]).toMatchObject({
      periodStart: "2023-12-15",
      cutOff: "2024-01-14",
      dueOn: "2024-01-25",
      rolledForward: false,
    });
    expect(occ[0]?.derivation.vi).toBe(
      "báo cáo tháng 01/2024 (chốt số liệu 15/12/2023 – 14/01/2024) → hạn gửi ngày 25 của tháng cuối kỳ (Nghị định 09/2019/NĐ-CP, Điều 13) → 25/01/2024",
    );
    // 25/02/2024 is a Sunday: the report is due Monday 26/02.
    expect(occ[1]).toMatchObject({ unrolledOn: "2024-02-25", dueOn: "2024-02-26", rolledForward: true });
  });

  it("skips the periods cut off before the duty starts (startsOn 20/01/2024 → first report: tháng 02/2024)", () => {
    const occ = Recurrence.occurrences(
      recurring(["monthly"], { startsOn: "2024-01-20" }),
      year2024,
      calendar,
      policy,
    );
    expect(occ[0]?.label).toBe("tháng 02/2024");
    expect(occ).toHaveLength(11);
  });

  it("lists each period of “định kỳ theo quý, 06 tháng và năm”", () => {
    const occ = Recurrence.occurrences(
      recurring(["quarterly", "semiannual", "annual"]),
      year2024,
      calendar,
      policy,
    );
    expect(occ.map((o) => `${o.label} ${o.dueOn}`)).toEqual([
      "quý I/2024 2024-03-25",
      "quý II/2024 2024-06-25",
      "6 tháng đầu năm 2024 2024-06-25",
      "quý III/2024 2024-09-25",
      "quý IV/2024 2024-12-25",
      "6 tháng cuối năm 2024 2024-12-25",
      "năm 2024 2024-12-25",
    ]);
  });

  it("moves the due date after the period in calendar mode", () => {
    const occ = Recurrence.occurrences(
      recurring(["monthly"], { periods: "calendar" }),
      year2024,
      calendar,
      policy,
    );
    expect(occ[0]).toMatchObject({ periodStart: "2024-01-01", cutOff: "2024-01-31", dueOn: "2024-02-26" });
    expect(occ[0]?.derivation.vi).toContain("của tháng sau kỳ");
  });

  it("uses the rule's own due day over the policy's", () => {
    const occ = Recurrence.occurrences(recurring(["quarterly"], { dueDay: 20 }), year2024, calendar, policy);
    expect(occ.map((o) => o.unrolledOn)).toEqual(["2024-03-20", "2024-06-20", "2024-09-20", "2024-12-20"]);
  });

  it("finds the next report still to send", () => {
    const monthly = recurring(["monthly"]);
    expect(Recurrence.next(monthly, "2024-01-25", calendar, policy)?.label).toBe("tháng 01/2024");
    expect(Recurrence.next(monthly, "2024-01-26", calendar, policy)?.label).toBe("tháng 02/2024");
    const mixed = recurring(["quarterly", "annual"]);
    expect(Recurrence.next(mixed, "2024-11-01", calendar, policy)?.label).toBe("quý IV/2024");
    expect(Recurrence.next(monthly, "not a date", calendar, policy)).toBeNull();
    expect(
      Recurrence.next(recurring(["monthly"], { startsOn: "2030-01-01" }), "2024-01-01", calendar, policy),
    ).toBeNull();
  });

  it("returns nothing for an empty or invalid range", () => {
    expect(
      Recurrence.occurrences(
        recurring(["monthly"]),
        { from: "2024-12-31", to: "2024-01-01" },
        calendar,
        policy,
      ),
    ).toEqual([]);
    expect(
      Recurrence.occurrences(recurring(["monthly"]), { from: "x", to: "2024-01-01" }, calendar, policy),
    ).toEqual([]);
  });

  it("puts every occurrence after its cut-off, on a working day, inside the range", () => {
    const day = fc.integer({ min: parseDay("2000-01-01"), max: parseDay("2050-12-31") });
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 800 }),
        fc.uniqueArray(
          fc.constantFrom(
            ...(["weekly", "monthly", "quarterly", "semiannual", "nine-months", "annual"] as const),
          ),
          {
            minLength: 1,
          },
        ),
        fc.constantFrom("decree-09" as const, "calendar" as const),
        fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }),
        (from, span, frequencies, periods, dueDay) => {
          const range = { from: isoOf(from), to: isoOf(from + span) };
          const occ = Recurrence.occurrences(
            recurring(frequencies, { periods, dueDay }),
            range,
            calendar,
            policy,
          );
          for (const o of occ) {
            expect(o.cutOff >= range.from && o.cutOff <= range.to).toBe(true);
            expect(o.dueOn > o.cutOff).toBe(true);
            expect(WorkingCalendar.isWorkingDay(calendar, o.dueOn)).toBe(true);
            expect(o.periodStart <= o.cutOff).toBe(true);
          }
          const keys = occ.map((o) => `${o.frequency} ${o.label}`);
          expect(new Set(keys).size).toBe(keys.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("the due day's month (dueMonthOffset) and “trước ngày …” duties", () => {
  it("keeps “trước ngày 15 của tháng cuối quý” in the quarter's last month, the day before under the default policy", () => {
    const rule = recurring(["quarterly"], {
      periods: "calendar",
      dueDay: 15,
      dueMonthOffset: 0,
      reading: "before",
    });
    const all = Recurrence.occurrences(rule, year2024, calendar, policy);
    // 14/03/2024 Thu, 14/06/2024 Fri, 14/09/2024 Sat → Fri 13/09 (never onto the 15th), 14/12/2024 Sat → Fri 13/12.
    expect(all.map((o) => o.dueOn)).toEqual(["2024-03-14", "2024-06-14", "2024-09-13", "2024-12-13"]);
    expect(all[2]?.derivation.vi).toContain("lùi về ngày làm việc liền trước");
  });

  it("gives “trước ngày 25/12 hằng năm” its December, not January of the next year", () => {
    const rule = recurring(["annual"], { periods: "calendar", dueDay: 25, dueMonthOffset: 0 });
    expect(Recurrence.next(rule, "2025-03-01", calendar, policy)?.dueOn).toBe("2025-12-25");
    expect(Recurrence.next(rule, "2025-12-26", calendar, policy)?.dueOn).toBe("2026-12-25");
  });

  it("places the due day in an earlier month of the year when the offset says so (15/3 of each year)", () => {
    const rule = recurring(["annual"], { periods: "calendar", dueDay: 15, dueMonthOffset: -9 });
    // 15/03/2025 is a Saturday: the duty rolls forward to Monday 17/03.
    expect(Recurrence.next(rule, "2025-01-10", calendar, policy)?.dueOn).toBe("2025-03-17");
  });

  it("gives the next due date after any day, for every frequency, never earlier than that day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: parseDay("2019-01-01"), max: parseDay("2030-12-31") }).map(isoOf),
        fc.constantFrom(
          "weekly",
          "monthly",
          "quarterly",
          "semiannual",
          "nine-months",
          "annual",
        ) as fc.Arbitrary<DeadlineRule.Frequency>,
        fc.constantFrom("decree-09", "calendar") as fc.Arbitrary<"decree-09" | "calendar">,
        (after, frequency, periods) => {
          const next = Recurrence.next(recurring([frequency], { periods }), after, calendar, policy);
          expect(next).not.toBeNull();
          if (next !== null) expect(next.dueOn >= after).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("Recurrence.next after an instant", () => {
  it("takes an ISO instant as its day in Vietnam", () => {
    const rule = recurring(["annual"], { periods: "calendar", dueDay: 25, dueMonthOffset: 0 });
    // 25/12/2025 17:30 UTC is already 26/12 in Hà Nội: the 2025 report is past.
    expect(Recurrence.next(rule, "2025-12-25T17:30:00Z", calendar, policy)?.dueOn).toBe("2026-12-25");
    expect(Recurrence.next(rule, "2025-12-25T16:30:00Z", calendar, policy)?.dueOn).toBe("2025-12-25");
    expect(Recurrence.next(rule, "2025-12-25T10:00:00", calendar, policy)).toBeNull();
  });
});
