import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as PolicyPack from "./policy-pack.js";
import * as WorkingCalendar from "./working-calendar.js";

describe("PolicyPack.national", () => {
  it("has the national defaults", () => {
    expect(PolicyPack.national).toMatchObject({
      id: "national",
      readingOfTruoc: "day-before",
      rollForward: true,
      dueSoonWorkingDays: 3,
      recurringReportDueDay: 25,
      reportingPeriods: "decree-09",
      reports: { completionRate: "tasks-due" },
    });
    expect(PolicyPack.national.basedOn).toContain("QĐ 42/2014/QĐ-TTg");
    expect(PolicyPack.PolicyPack.safeParse(PolicyPack.national).success).toBe(true);
  });

  it("sets no cap, no lead time and no acceptance step: the national texts set none", () => {
    expect(PolicyPack.national.extension).toEqual({ maxExtensions: null, minWorkingDaysBeforeDeadline: 0 });
    expect(PolicyPack.national.completion.requiresAcceptance).toBe(false);
  });

  it("ships a province example that sets them the way a local Quy chế does", () => {
    expect(PolicyPack.provinceExample.extension).toEqual({
      maxExtensions: 1,
      minWorkingDaysBeforeDeadline: 5,
    });
    expect(PolicyPack.provinceExample.completion.requiresAcceptance).toBe(true);
  });

  it("reads a pack stored before these rules existed with the national values", () => {
    const { completion: _c, overdue: _o, ...old } = PolicyPack.national;
    const parsed = PolicyPack.PolicyPack.parse({
      ...old,
      extension: { maxExtensions: 2, minWorkingDaysBeforeDeadline: 3 },
    });
    expect(parsed.overdue.reasonAfterWorkingDays).toBe(20);
    expect(parsed.extension.maxExtensions).toBe(2);
  });
});

describe("PolicyPack.derive and inForce", () => {
  const local = PolicyPack.derive(PolicyPack.national, {
    id: "ba-ria-vung-tau",
    name: "Quy chế tỉnh Bà Rịa – Vũng Tàu",
    effectiveFrom: "2023-06-01",
    readingOfTruoc: "by",
    dueSoonWorkingDays: 5,
  });

  it("clones a pack with local differences as a new version", () => {
    expect(Result.isSuccess(local)).toBe(true);
    if (Result.isSuccess(local)) {
      expect(local.success).toMatchObject({
        version: 2,
        readingOfTruoc: "by",
        rollForward: true,
        dueSoonWorkingDays: 5,
      });
    }
  });

  it("rejects invalid changes with a Vietnamese message", () => {
    const bad = PolicyPack.derive(PolicyPack.national, {
      effectiveFrom: "2024-13-01",
      dueSoonWorkingDays: -1,
    });
    expect(Result.isFailure(bad)).toBe(true);
    if (Result.isFailure(bad)) {
      expect(bad.failure.message).toContain("Quy chế không hợp lệ");
      expect(bad.failure.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining(["effectiveFrom", "dueSoonWorkingDays"]),
      );
    }
  });

  it("picks the version in force on a day", () => {
    if (!Result.isSuccess(local)) throw new Error("derive failed");
    const packs = [PolicyPack.national, local.success];
    const pick = (on: string) => Result.map(PolicyPack.inForce(packs, on), (p) => p.version);
    expect(pick("2023-05-31")).toEqual(Result.succeed(1));
    expect(pick("2023-06-01")).toEqual(Result.succeed(2));
    expect(pick("2030-01-01")).toEqual(Result.succeed(2));
  });

  it("fails when nothing is in force yet", () => {
    const r = PolicyPack.inForce([PolicyPack.national], "2010-01-01");
    expect(Result.isFailure(r)).toBe(true);
    if (Result.isFailure(r)) expect(r.failure.message).toContain("2010-01-01");
    expect(Result.isFailure(PolicyPack.inForce([], "2024-01-01"))).toBe(true);
  });

  it("breaks a tie on the effective date by the higher version", () => {
    const v3 = { ...PolicyPack.national, version: 3 };
    const r = PolicyPack.inForce([v3, PolicyPack.national], "2024-01-01");
    expect(Result.map(r, (p) => p.version)).toEqual(Result.succeed(3));
  });
});

describe("PolicyPack.remindersFor", () => {
  const calendar = WorkingCalendar.vietnam();

  it("reminds 3 and 1 working days before, on the day, then every 5 working days", () => {
    // Due Thursday 15/02/2024, right after Tết (08–14/02): “3 working days before” skips Tết.
    const r = PolicyPack.remindersFor(PolicyPack.national, "2024-02-15", calendar, "2024-03-01");
    expect(r.map((x) => `${x.kind} ${x.on} ${x.workingDaysToDue}`)).toEqual([
      "before 2024-02-05 3",
      "before 2024-02-07 1",
      "on-the-day 2024-02-15 0",
      "overdue 2024-02-22 -5",
      "overdue 2024-02-29 -10",
    ]);
    expect(r[0]?.text.vi).toBe("Còn 3 ngày làm việc đến hạn 15/02/2024");
  });

  it("follows a local cadence and caps open-ended overdue reminders", () => {
    const local = {
      ...PolicyPack.national,
      reminders: { workingDaysBefore: [5], onTheDay: false, everyWorkingDaysAfter: 1 },
    };
    const r = PolicyPack.remindersFor(local, "2024-01-08", calendar);
    expect(r.filter((x) => x.kind === "before").map((x) => x.on)).toEqual([
      // Five working days before Monday 08/01/2024, skipping Tết Dương lịch (01/01).
      "2023-12-29",
    ]);
    expect(r.filter((x) => x.kind === "overdue")).toHaveLength(PolicyPack.DEFAULT_OVERDUE_REMINDERS);
    expect(r.some((x) => x.kind === "on-the-day")).toBe(false);
  });

  it("gives nothing for an invalid date", () => {
    expect(PolicyPack.remindersFor(PolicyPack.national, "2024-02-30", calendar)).toEqual([]);
  });
});
