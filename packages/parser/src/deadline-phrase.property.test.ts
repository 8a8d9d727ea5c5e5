/**
 * Properties of the deadline engine end to end (phrase → rule → due date) for every phrase kind
 * and every notice date of 2019–2030: a due date before the notice always carries a warning,
 * “trước ngày X” is never on or after X, the end of a period is a working day, and the derivation
 * names every step down to the date it gives.
 */
import { DeadlineRule, IsoDate, PolicyPack, WorkingCalendar } from "@dondoc/domain";
import * as Result from "effect/Result";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as DeadlinePhrase from "./deadline-phrase.js";

const calendar = WorkingCalendar.vietnam();
const policy = PolicyPack.national;
const ROMAN = ["I", "II", "III", "IV"];

const day0 = IsoDate.toDayNumber("2019-01-01");
const day1 = IsoDate.toDayNumber("2030-12-31");
const noticeDate = fc.integer({ min: day0, max: day1 }).map(IsoDate.fromDayNumber);
const year = fc.integer({ min: 2019, max: 2031 });
const month = fc.integer({ min: 1, max: 12 });
const dayOfMonth = fc.integer({ min: 1, max: 28 });

/** One phrase of each kind the engine reads, with the date written in it (for “before X”). */
const phrase: fc.Arbitrary<{ text: string; before: string | null }> = fc.oneof(
  fc.tuple(dayOfMonth, month, year).map(([d, m, y]) => ({
    text: `trước ngày ${d}/${m}/${y}`,
    before: IsoDate.make(y, m, d),
  })),
  fc
    .tuple(dayOfMonth, month, year)
    .map(([d, m, y]) => ({ text: `chậm nhất ngày ${d}/${m}/${y}`, before: null })),
  fc.tuple(dayOfMonth, month).map(([d, m]) => ({ text: `trước ngày ${d}/${m}`, before: null })),
  fc.tuple(fc.integer({ min: 7, max: 17 }), dayOfMonth, month, year).map(([h, d, m, y]) => ({
    text: `trước ${h} giờ ngày ${d}/${m}/${y}`,
    before: null,
  })),
  fc
    .tuple(
      fc.constantFrom("trong tháng", "cuối tháng", "đầu tháng", "nửa đầu tháng", "nửa cuối tháng"),
      month,
      year,
    )
    .map(([cue, m, y]) => ({ text: `${cue} ${m}/${y}`, before: null })),
  fc
    .tuple(
      fc.constantFrom("trong quý", "đầu quý", "giữa quý", "cuối quý"),
      fc.integer({ min: 0, max: 3 }),
      year,
    )
    .map(([cue, q, y]) => ({ text: `${cue} ${ROMAN[q]}/${y}`, before: null })),
  fc
    .constantFrom(
      "6 tháng đầu năm",
      "9 tháng đầu năm",
      "nửa đầu năm",
      "nửa cuối năm",
      "trong năm nay",
      "trong năm sau",
      "quý I năm sau",
      "cuối năm nay",
      "trong quý này",
      "trong tháng tới",
    )
    .map((text) => ({ text, before: null })),
  fc
    .tuple(year, fc.integer({ min: 1, max: 5 }))
    .map(([y, k]) => ({ text: `giai đoạn ${y} - ${y + k}`, before: null })),
  fc
    .tuple(fc.integer({ min: 1, max: 90 }), fc.constantFrom("ngày", "ngày làm việc", "tuần", "tháng"))
    .map(([n, unit]) => ({ text: `trong ${n} ${unit} kể từ ngày ký`, before: null })),
  fc.tuple(fc.integer({ min: 1, max: 30 }), dayOfMonth, month, year).map(([n, d, m, y]) => ({
    text: `trong ${n} ngày làm việc kể từ ngày ${d}/${m}/${y}`,
    before: null,
  })),
  fc
    .constantFrom("định kỳ hằng quý", "báo cáo định kỳ hằng tháng", "trước ngày 25/12 hằng năm", "Hàng năm")
    .map((text) => ({ text, before: null })),
);

const resolveIn = (text: string, issuedOn: string) => {
  const chosen = DeadlinePhrase.pick(DeadlinePhrase.candidates(text, { issuedOn, cell: true }));
  if (chosen === null || chosen.rule === null) return null;
  const r = DeadlineRule.resolve(chosen.rule, { anchor: issuedOn, calendar, policy });
  if (Result.isFailure(r)) throw new Error(`${text}: ${r.failure.message}`);
  const codes = [...chosen.warnings.map((w) => w.code), ...(r.success.warnings ?? []).map((w) => w.code)];
  return { rule: chosen.rule, resolved: r.success, codes };
};

describe("deadline engine properties (notice dates 2019–2030)", () => {
  it("reads every phrase kind to a rule", () => {
    fc.assert(
      fc.property(phrase, noticeDate, (p, on) => {
        expect(resolveIn(p.text, on)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("never gives a due date before the notice date without a warning", () => {
    fc.assert(
      fc.property(phrase, noticeDate, (p, on) => {
        const r = resolveIn(p.text, on);
        const due = r?.resolved.dueOn ?? r?.resolved.nextOccurrence?.dueOn ?? null;
        if (r === null || due === null || due >= on) return;
        expect(r.codes).toContain("deadline-before-issue");
      }),
      { numRuns: 500 },
    );
  });

  it("never puts “trước ngày X” on or after X", () => {
    fc.assert(
      fc.property(phrase, noticeDate, fc.boolean(), (p, on, strict) => {
        if (p.before === null) return;
        const chosen = DeadlinePhrase.pick(DeadlinePhrase.candidates(p.text, { issuedOn: on, cell: true }));
        if (chosen?.rule == null) return;
        const pack = strict ? policy : { ...policy, readingOfTruoc: "by" as const };
        const r = DeadlineRule.resolve(chosen.rule, { anchor: on, calendar, policy: pack });
        const due = Result.isSuccess(r) ? r.success.dueOn : null;
        expect(due).not.toBeNull();
        if (due === null) return;
        if (strict) expect(due < p.before).toBe(true);
        else expect(due <= p.before).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("ends every period on a working day", () => {
    fc.assert(
      fc.property(phrase, noticeDate, (p, on) => {
        const r = resolveIn(p.text, on);
        if (r === null || r.rule.kind !== "end-of-period" || r.resolved.dueOn === null) return;
        expect(WorkingCalendar.isWorkingDay(calendar, r.resolved.dueOn)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("names every step of the derivation, down to the date it gives", () => {
    fc.assert(
      fc.property(phrase, noticeDate, (p, on) => {
        const r = resolveIn(p.text, on);
        if (r === null) return;
        const { resolved } = r;
        const due = resolved.dueOn;
        if (due === null) return;
        const vi = resolved.derivation.vi;
        expect(vi.endsWith(IsoDate.formatVi(due)) || vi.includes(`${IsoDate.formatVi(due)} (`)).toBe(true);
        expect(vi.startsWith(r.rule.phrase ?? "")).toBe(true);
        if (resolved.rolledForward) expect(vi).toContain("chuyển sang ngày làm việc tiếp theo");
        if (resolved.rolledBack === true) expect(vi).toContain("lùi về ngày làm việc liền trước");
        if (resolved.unrolledOn !== null && resolved.unrolledOn !== due)
          expect(vi).toContain(IsoDate.formatVi(resolved.unrolledOn));
        expect(resolved.derivation.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
