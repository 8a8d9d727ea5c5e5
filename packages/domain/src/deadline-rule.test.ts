import * as Result from "effect/Result";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoOf, parseDay } from "./day-number.js";
import * as DeadlineRule from "./deadline-rule.js";
import * as PolicyPack from "./policy-pack.js";
import * as WorkingCalendar from "./working-calendar.js";

const calendar = WorkingCalendar.vietnam();
const policy = PolicyPack.national;
const noRoll: PolicyPack.PolicyPack = { ...policy, rollForward: false };
const byReading: PolicyPack.PolicyPack = { ...policy, readingOfTruoc: "by" };

const resolve = (rule: DeadlineRule.DeadlineRule, anchor: string | null = "2024-01-05", p = policy) => {
  const r = DeadlineRule.resolve(rule, { anchor, calendar, policy: p });
  if (Result.isFailure(r)) throw new Error(`unexpected failure: ${r.failure.message}`);
  return r.success;
};

const failure = (rule: DeadlineRule.DeadlineRule, anchor: string | null = "2024-01-05") => {
  const r = DeadlineRule.resolve(rule, { anchor, calendar, policy });
  if (Result.isSuccess(r)) throw new Error("expected a failure");
  return r.failure;
};

const onDate = (date: string, reading: "by" | "before" = "by", phrase: string | null = null) =>
  ({ kind: "on-date", phrase, date, reading }) as const;

describe("seed phrases", () => {
  it("resolves “trong tháng 01/2023” of a notice of 18/01/2023 to 31/01/2023, 4 working days later", () => {
    const r = resolve(
      {
        kind: "end-of-period",
        phrase: "trong tháng 01/2023",
        period: { unit: "month", year: 2023, month: 1 },
      },
      "2023-01-18",
    );
    expect(r).toEqual({
      dueOn: "2023-01-31",
      unrolledOn: "2023-01-31",
      rolledForward: false,
      warnings: [],
      derivation: {
        vi: "trong tháng 01/2023 → cuối tháng 01/2023 → 31/01/2023",
        en: "within month 01/2023 → end of month 01/2023 → 31/01/2023",
      },
    });
    expect(WorkingCalendar.workingDaysBetween(calendar, "2023-01-18", r.dueOn ?? "")).toBe(4);
  });

  it("moves “chậm nhất ngày 06/01/2024” (a Saturday) to Monday 08/01/2024", () => {
    const r = resolve(onDate("2024-01-06", "by", "chậm nhất ngày 06/01/2024"));
    expect(r.dueOn).toBe("2024-01-08");
    expect(r.unrolledOn).toBe("2024-01-06");
    expect(r.rolledForward).toBe(true);
    expect(r.derivation.vi).toBe(
      "chậm nhất ngày 06/01/2024 → 06/01/2024 là thứ Bảy (ngày nghỉ) → chuyển sang ngày làm việc tiếp theo 08/01/2024 (BLDS 2015, Điều 148 khoản 5)",
    );
    expect(r.derivation.en).toBe(
      "by 06/01/2024 → 06/01/2024 is a Saturday (day off) → moved to the next working day 08/01/2024 (Civil Code 2015, art. 148(5))",
    );
  });

  it("keeps 06/01/2024 when the policy turns roll-forward off", () => {
    const r = resolve(onDate("2024-01-06", "by", "chậm nhất ngày 06/01/2024"), "2024-01-05", noRoll);
    expect(r).toMatchObject({ dueOn: "2024-01-06", unrolledOn: "2024-01-06", rolledForward: false });
    expect(r.derivation.vi).toContain("quy chế không chuyển");
  });

  it("resolves “chậm nhất ngày 08/01/2024” to that Monday", () => {
    expect(resolve(onDate("2024-01-08", "by", "chậm nhất ngày 08/01/2024"))).toMatchObject({
      dueOn: "2024-01-08",
      rolledForward: false,
      derivation: { vi: "chậm nhất ngày 08/01/2024 → 08/01/2024" },
    });
  });

  it.each([
    [{ kind: "follow-schedule", phrase: "đúng tiến độ" }, "đúng tiến độ →"],
    [{ kind: "none", phrase: null }, "không ghi thời hạn"],
    [{ kind: "ongoing", phrase: "thường xuyên" }, "thường xuyên →"],
    [{ kind: "urgent", phrase: "khẩn trương" }, "khẩn trương →"],
    [
      {
        kind: "recurring",
        phrase: "định kỳ hàng tháng",
        frequencies: ["monthly"],
        periods: "decree-09",
        dueDay: null,
        startsOn: "2024-01-05",
      },
      "định kỳ hàng tháng → nhiệm vụ định kỳ (hằng tháng)",
    ],
  ] as const)("gives %o no single due date but a derivation", (rule, start) => {
    const r = resolve(rule as DeadlineRule.DeadlineRule);
    expect(r.dueOn).toBeNull();
    expect(r.unrolledOn).toBeNull();
    expect(r.derivation.vi.startsWith(start)).toBe(true);
    expect(r.derivation.en.length).toBeGreaterThan(0);
  });
});

describe("on a date", () => {
  it("reads “trước ngày 15/03/2024” as by 14/03 under the default policy", () => {
    const r = resolve(onDate("2024-03-15", "before", "trước ngày 15/3/2024"));
    expect(r.dueOn).toBe("2024-03-14");
    expect(r.derivation.vi).toContain("hết ngày liền trước");
  });

  it("reads it as by 15/03 when the policy says so", () => {
    expect(resolve(onDate("2024-03-15", "before"), "2024-01-05", byReading).dueOn).toBe("2024-03-15");
  });

  it("moves “trước ngày 12/02/2024” (day before = 11/02, Tết) back to the last working day before Tết", () => {
    const r = resolve(onDate("2024-02-12", "before"));
    expect(r).toMatchObject({
      dueOn: "2024-02-07",
      unrolledOn: "2024-02-11",
      rolledForward: false,
      rolledBack: true,
    });
    expect(r.derivation.vi).toContain("ngày nghỉ lễ, tết (Tết Nguyên đán Giáp Thìn)");
    expect(r.derivation.vi).toContain("lùi về ngày làm việc liền trước 07/02/2024");
  });

  it("keeps the calendar day before X when the policy turns roll-forward off", () => {
    expect(resolve(onDate("2024-02-12", "before"), "2024-01-05", noRoll).dueOn).toBe("2024-02-11");
  });

  it("never moves “trước ngày X” past X under the “by” reading either", () => {
    // 01/09/2025 and 02/09/2025 are Quốc khánh: X = 02/09 is off, so the last working day before it.
    expect(resolve(onDate("2025-09-02", "before"), "2025-08-01", byReading).dueOn).toBe("2025-08-29");
  });

  it("names a compensatory day off in the derivation", () => {
    expect(resolve(onDate("2023-01-02")).derivation.vi).toContain("ngày nghỉ (Nghỉ bù Tết Dương lịch)");
  });
});

describe("phrases of the corpus", () => {
  it.each([
    // [rule, due under the national policy, unrolled]
    [onDate("2026-06-12", "before", "trước ngày 12/6/2026"), "2026-06-11", "2026-06-11"],
    // The day before (Sunday 14/09/2025) is off: back to Friday 12/09, never onto the 15th.
    [onDate("2025-09-15", "before", "trước ngày 15/9/2025"), "2025-09-12", "2025-09-14"],
    [onDate("2030-01-01", "before", "trước ngày 01/01/2030"), "2029-12-31", "2029-12-31"],
    [
      { ...onDate("2017-12-05", "before", "trước 14 giờ, ngày 05/12/2017"), time: "14:00" },
      "2017-12-05",
      "2017-12-05",
    ],
    [
      {
        kind: "end-of-period",
        phrase: "trong tháng 9 năm 2026",
        period: { unit: "month", year: 2026, month: 9 },
      },
      "2026-09-30",
      "2026-09-30",
    ],
    [
      {
        kind: "end-of-period",
        phrase: "Xong trong tháng 5/2026",
        period: { unit: "month", year: 2026, month: 5 },
      },
      "2026-06-01",
      "2026-05-31",
    ],
    [
      {
        kind: "end-of-period",
        phrase: "Xong trong Quý II/2026",
        period: { unit: "quarter", year: 2026, quarter: 2 },
      },
      "2026-06-30",
      "2026-06-30",
    ],
    [
      { kind: "end-of-period", phrase: "Trong năm 2026", period: { unit: "year", year: 2026 } },
      "2026-12-31",
      "2026-12-31",
    ],
  ] as const)("resolves %o to %s", (rule, due, unrolled) => {
    const r = resolve(rule as DeadlineRule.DeadlineRule);
    expect(r.dueOn).toBe(due);
    expect(r.unrolledOn).toBe(unrolled);
  });

  it("keeps the day and hour of a deadline with an hour even on a day off", () => {
    const r = resolve({ ...onDate("2025-01-04", "before", "trước 17h00 ngày 04/01/2025"), time: "17:00" });
    expect(r).toMatchObject({ dueOn: "2025-01-04", time: "17:00", rolledForward: false });
    expect(r.derivation.vi).toContain("giữ nguyên ngày, giờ đó");
  });

  it("reads a time of day as that very day", () => {
    const r = resolve({ ...onDate("2017-12-05", "before", "trước 14 giờ, ngày 05/12/2017"), time: "14:00" });
    expect(r.derivation.vi).toBe(
      "trước 14 giờ, ngày 05/12/2017 → hạn là 14:00 ngày 05/12/2017 (giờ Việt Nam) → 05/12/2017",
    );
    expect(r.time).toBe("14:00");
  });
});

describe("end of a period (Civil Code art. 146)", () => {
  it.each([
    [{ unit: "quarter", year: 2024, quarter: 2 }, "2024-06-30", "2024-07-01"],
    [{ unit: "quarter", year: 2024, quarter: 1 }, "2024-03-31", "2024-04-01"],
    [{ unit: "half", year: 2024, half: 1 }, "2024-06-30", "2024-07-01"],
    [{ unit: "half", year: 2024, half: 2 }, "2024-12-31", "2024-12-31"],
    [{ unit: "nine-months", year: 2024 }, "2024-09-30", "2024-09-30"],
    [{ unit: "year", year: 2023 }, "2023-12-31", "2024-01-02"],
    [{ unit: "month", year: 2024, month: 2 }, "2024-02-29", "2024-02-29"],
    [{ unit: "part-of-month", year: 2024, month: 3, part: "early" }, "2024-03-01", "2024-03-01"],
    [{ unit: "part-of-month", year: 2024, month: 3, part: "mid" }, "2024-03-15", "2024-03-15"],
    [{ unit: "part-of-month", year: 2024, month: 4, part: "late" }, "2024-04-30", "2024-05-02"],
    [{ unit: "part-of-year", year: 2025, part: "early" }, "2025-01-01", "2025-01-02"],
    [{ unit: "part-of-year", year: 2025, part: "mid" }, "2025-06-30", "2025-06-30"],
    [{ unit: "part-of-year", year: 2025, part: "late" }, "2025-12-31", "2025-12-31"],
  ] as const)("ends %o on %s, due %s", (period, unrolled, due) => {
    const r = resolve({ kind: "end-of-period", phrase: null, period } as DeadlineRule.DeadlineRule);
    expect(r.unrolledOn).toBe(unrolled);
    expect(r.dueOn).toBe(due);
  });

  it("describes a quarter in Roman numerals and cites art. 146 for “giữa năm”", () => {
    const q = resolve({
      kind: "end-of-period",
      phrase: null,
      period: { unit: "quarter", year: 2024, quarter: 2 },
    });
    expect(
      q.derivation.vi.startsWith("trong quý II/2024 → ngày cuối quý II/2024 → 30/06/2024 là Chủ nhật"),
    ).toBe(true);
    const mid = resolve({
      kind: "end-of-period",
      phrase: "giữa năm 2025",
      period: { unit: "part-of-year", year: 2025, part: "mid" },
    });
    expect(mid.derivation.vi).toBe(
      "giữa năm 2025 → ngày cuối cùng của tháng sáu (BLDS 2015, Điều 146 khoản 3) → 30/06/2025",
    );
  });
});

describe("within N … of an event (Civil Code art. 147, 148)", () => {
  const within = (amount: number, unit: DeadlineRule.DurationUnit, on: string | null = null) =>
    ({
      kind: "within",
      phrase: null,
      amount,
      unit,
      from: { event: "notice-issued", label: null, on },
    }) as const;

  it.each([
    [10, "days", "2024-01-05", "2024-01-15", "2024-01-15"],
    [1, "days", "2024-01-05", "2024-01-06", "2024-01-08"],
    [2, "weeks", "2024-01-05", "2024-01-19", "2024-01-19"],
    [1, "months", "2024-01-31", "2024-02-29", "2024-02-29"],
    [1, "months", "2023-01-31", "2023-02-28", "2023-02-28"],
    [3, "months", "2023-11-15", "2024-02-15", "2024-02-15"],
    [1, "years", "2024-02-29", "2025-02-28", "2025-02-28"],
    [10, "working-days", "2024-01-05", "2024-01-19", "2024-01-19"],
    [5, "working-days", "2024-02-06", "2024-02-20", "2024-02-20"],
  ] as const)("%i %s from %s ends on %s, due %s", (amount, unit, anchor, unrolled, due) => {
    const r = resolve(within(amount, unit), anchor);
    expect(r.unrolledOn).toBe(unrolled);
    expect(r.dueOn).toBe(due);
  });

  it("prefers the event's own date to the anchor", () => {
    expect(resolve(within(10, "days", "2024-03-01"), "2024-01-05").dueOn).toBe("2024-03-11");
  });

  it("explains counting from the next day and month-end clamping", () => {
    const r = resolve(within(1, "months"), "2024-01-31");
    expect(r.derivation.vi).toContain("bắt đầu tính từ ngày tiếp theo của 31/01/2024 (BLDS 2015, Điều 147)");
    expect(r.derivation.vi).toContain("ngày cuối tháng");
  });

  it("gives no due date, and a warning naming the event, when the event has no date", () => {
    const rule = {
      kind: "within",
      phrase: "trong 07 ngày kể từ ngày nhận được văn bản",
      amount: 7,
      unit: "days",
      from: { event: "received", label: "ngày nhận được văn bản", on: null },
    } as const;
    const r = resolve(rule, "2024-01-05");
    expect(r.dueOn).toBeNull();
    expect(r.warnings?.map((w) => w.code)).toEqual(["deadline-event-date"]);
    expect(r.warnings?.[0]?.message).toContain("ngày nhận được văn bản");
    expect(r.derivation.vi).toContain("chưa biết ngày nhận được văn bản");
  });

  it("counts from the event's stated date, not the notice's", () => {
    const rule = {
      kind: "within",
      phrase: "trong 15 ngày kể từ ngày 01/7/2025",
      amount: 15,
      unit: "days",
      from: { event: "other", label: "ngày 01/7/2025", on: "2025-07-01" },
    } as const;
    expect(resolve(rule, "2025-05-10").dueOn).toBe("2025-07-16");
    expect(resolve({ ...rule, unit: "working-days" }, "2025-05-10").dueOn).toBe("2025-07-22");
  });

  it("fails with MissingStartDate when a notice-date count has no anchor", () => {
    const e = failure(within(7, "days"), null);
    expect(e._tag).toBe("MissingStartDate");
  });
});

describe("bad input", () => {
  it.each([
    [onDate("2024-02-30"), "InvalidDeadlineDate"],
    [onDate("08/01/2024"), "InvalidDeadlineDate"],
    [
      { kind: "end-of-period", phrase: null, period: { unit: "month", year: 2024, month: 13 } },
      "InvalidDeadlineRule",
    ],
    [
      { kind: "end-of-period", phrase: null, period: { unit: "quarter", year: 2024, quarter: 0 } },
      "InvalidDeadlineRule",
    ],
    [
      {
        kind: "within",
        phrase: null,
        amount: 0,
        unit: "days",
        from: { event: "other", label: null, on: null },
      },
      "InvalidDeadlineRule",
    ],
    [
      {
        kind: "within",
        phrase: null,
        amount: 9_000_000,
        unit: "years",
        from: { event: "notice-issued", label: null, on: null },
      },
      "DeadlineOutOfRange",
    ],
    [
      {
        kind: "within",
        phrase: null,
        amount: 1,
        unit: "days",
        from: { event: "other", label: null, on: "9999-12-31" },
      },
      "DeadlineOutOfRange",
    ],
  ] as const)("rejects %o with %s and a Vietnamese message", (rule, tag) => {
    const e = failure(rule as unknown as DeadlineRule.DeadlineRule);
    expect(e._tag).toBe(tag);
    expect(e.message).toMatch(/[ạ-ỹ]/u);
  });

  it("rejects an invalid anchor", () => {
    const e = failure(
      {
        kind: "within",
        phrase: null,
        amount: 3,
        unit: "days",
        from: { event: "other", label: null, on: null },
      },
      "2024-1-5",
    );
    expect(e).toMatchObject({ _tag: "InvalidDeadlineDate", field: "anchor" });
  });
});

const isoDay = fc.integer({ min: parseDay("1995-01-01"), max: parseDay("2060-12-31") }).map(isoOf);
const year = fc.integer({ min: 1995, max: 2060 });
const phrase = fc.option(fc.string({ maxLength: 20 }), { nil: null });
const arbRule: fc.Arbitrary<DeadlineRule.DeadlineRule> = fc.oneof(
  fc.record({
    kind: fc.constant("on-date" as const),
    phrase,
    date: isoDay,
    reading: fc.constantFrom("by" as const, "before" as const),
    time: fc.option(fc.constantFrom("08:00", "14:00", "17:30"), { nil: null }),
  }),
  fc.record({
    kind: fc.constant("end-of-period" as const),
    phrase,
    period: fc.oneof(
      fc.record({ unit: fc.constant("month" as const), year, month: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ unit: fc.constant("quarter" as const), year, quarter: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ unit: fc.constant("half" as const), year, half: fc.constantFrom(1 as const, 2 as const) }),
      fc.record({ unit: fc.constant("nine-months" as const), year }),
      fc.record({ unit: fc.constant("year" as const), year }),
      fc.record({
        unit: fc.constant("part-of-month" as const),
        year,
        month: fc.integer({ min: 1, max: 12 }),
        part: fc.constantFrom("early" as const, "mid" as const, "late" as const),
      }),
      fc.record({
        unit: fc.constant("part-of-year" as const),
        year,
        part: fc.constantFrom("early" as const, "mid" as const, "late" as const),
      }),
    ),
  }),
  fc.record({
    kind: fc.constant("within" as const),
    phrase,
    amount: fc.integer({ min: 1, max: 400 }),
    unit: fc.constantFrom(
      "days" as const,
      "working-days" as const,
      "weeks" as const,
      "months" as const,
      "years" as const,
    ),
    from: fc.record({
      event: fc.constantFrom(
        "notice-issued" as const,
        "received" as const,
        "meeting" as const,
        "other" as const,
      ),
      label: phrase,
      on: fc.option(isoDay, { nil: null }),
    }),
  }),
  fc.record({
    kind: fc.constant("recurring" as const),
    phrase,
    frequencies: fc.uniqueArray(
      fc.constantFrom(
        "weekly" as const,
        "monthly" as const,
        "quarterly" as const,
        "semiannual" as const,
        "nine-months" as const,
        "annual" as const,
      ),
      { minLength: 1 },
    ),
    periods: fc.constantFrom("decree-09" as const, "calendar" as const),
    dueDay: fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }),
    startsOn: fc.option(isoDay, { nil: null }),
  }),
  fc.record({
    kind: fc.constantFrom("ongoing" as const, "urgent" as const, "follow-schedule" as const),
    phrase,
  }),
  fc.constant({ kind: "none" as const, phrase: null }),
);
const arbPolicy = fc.record({
  rollForward: fc.boolean(),
  readingOfTruoc: fc.constantFrom("by" as const, "day-before" as const),
});

describe("properties", () => {
  it("never throws over arbitrary valid rules, and a rolled due date is a working day not before the unrolled one", () => {
    fc.assert(
      fc.property(arbRule, fc.option(isoDay, { nil: null }), arbPolicy, (rule, anchor, changes) => {
        const p = { ...policy, ...changes };
        const r = DeadlineRule.resolve(rule, { anchor, calendar, policy: p });
        if (Result.isFailure(r)) {
          // Only a “within” rule with no date at all may fail.
          expect(r.failure._tag).toBe("MissingStartDate");
          return;
        }
        const { dueOn, unrolledOn, rolledForward } = r.success;
        expect(DeadlineRule.ResolvedDeadline.safeParse(r.success).success).toBe(true);
        if (dueOn === null || unrolledOn === null) return;
        if (r.success.rolledBack === true) {
          expect(dueOn < unrolledOn).toBe(true);
        } else {
          expect(dueOn >= unrolledOn).toBe(true);
          expect(rolledForward).toBe(dueOn !== unrolledOn);
        }
        // A deadline with an hour is a moment and keeps its day; every other due date is worked.
        const timed = rule.kind === "on-date" && typeof rule.time === "string";
        if (p.rollForward && !timed) expect(WorkingCalendar.isWorkingDay(calendar, dueOn)).toBe(true);
        else expect(dueOn).toBe(unrolledOn);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws over arbitrary junk", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (junk, anchor) => {
        const rule = (
          typeof junk === "object" && junk !== null ? junk : { kind: junk }
        ) as DeadlineRule.DeadlineRule;
        expect(() =>
          DeadlineRule.resolve(rule, { anchor: anchor as string, calendar, policy }),
        ).not.toThrow();
      }),
    );
  });
});
