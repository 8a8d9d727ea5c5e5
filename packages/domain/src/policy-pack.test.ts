import { Result } from "effect";
import { describe, expect, it } from "vitest";

import * as PolicyPack from "./policy-pack.js";

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
