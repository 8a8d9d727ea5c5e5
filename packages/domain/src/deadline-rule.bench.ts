import * as Result from "effect/Result";
import { bench, describe } from "vitest";
import { isoOf, parseDay } from "./day-number.js";
import type { DeadlineRule as Rule } from "./deadline-rule.js";
import * as DeadlineRule from "./deadline-rule.js";
import * as PolicyPack from "./policy-pack.js";
import * as WorkingCalendar from "./working-calendar.js";

// Deterministic inputs: a fixed-seed generator, so every run measures the same work.
/** A fixed-seed pseudo-random generator (Numerical Recipes LCG), in [0, 1). */
const lcg = (seed: number) => {
  let s = seed >>> 0;
  return (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
};

const FIRST = parseDay("2023-01-01");
const SPAN = parseDay("2026-12-31") - FIRST;

/**
 * `n` rules in the proportions met in notices: 35% end of a period, 30% on a date, 25% within
 * N days/working days/weeks/months of the notice, 10% without a single date.
 */
const rules = (n: number, seed = 42): { rule: Rule; anchor: string }[] => {
  const rnd = lcg(seed);
  const out: { rule: Rule; anchor: string }[] = [];
  for (let i = 0; i < n; i++) {
    const anchor = isoOf(FIRST + Math.floor(rnd() * SPAN));
    const year = 2023 + Math.floor(rnd() * 4);
    const r = rnd();
    let rule: Rule;
    if (r < 0.2) {
      const month = 1 + Math.floor(rnd() * 12);
      rule = {
        kind: "end-of-period",
        phrase: `trong tháng ${month < 10 ? "0" : ""}${month}/${year}`,
        period: { unit: "month", year, month },
      };
    } else if (r < 0.3) {
      rule = {
        kind: "end-of-period",
        phrase: null,
        period: { unit: "quarter", year, quarter: 1 + Math.floor(rnd() * 4) },
      };
    } else if (r < 0.35) {
      rule = { kind: "end-of-period", phrase: null, period: { unit: "year", year } };
    } else if (r < 0.65) {
      const date = isoOf(FIRST + Math.floor(rnd() * SPAN));
      rule =
        rnd() < 0.7
          ? { kind: "on-date", phrase: null, date, reading: "by" }
          : { kind: "on-date", phrase: null, date, reading: "before" };
    } else if (r < 0.9) {
      const units = ["days", "working-days", "weeks", "months"] as const;
      rule = {
        kind: "within",
        phrase: null,
        amount: 1 + Math.floor(rnd() * 30),
        unit: units[Math.floor(rnd() * units.length)] ?? "days",
        from: { event: "notice-issued", label: null, on: null },
      };
    } else {
      rule = rnd() < 0.5 ? { kind: "ongoing", phrase: "thường xuyên" } : { kind: "none", phrase: null };
    }
    out.push({ rule, anchor });
  }
  return out;
};

const BATCH = 10_000;
const inputs = rules(BATCH);
const calendar = WorkingCalendar.vietnam();
const policy = PolicyPack.national;
const contexts = inputs.map(({ anchor }) => ({ anchor, calendar, policy }));
// Warm the calendar's year tables (2022–2027) so the bench measures resolution, not the lunar maths.
for (let i = 0; i < BATCH; i++) {
  const input = inputs[i];
  const ctx = contexts[i];
  if (input && ctx) DeadlineRule.resolve(input.rule, ctx);
}

let sink = 0;
// The figure the goal is stated in (resolutions per second), measured over the run phase only.
let elapsed = 0;
let resolved = 0;

describe(`DeadlineRule.resolve — ${BATCH.toLocaleString("en")} mixed rules per iteration (goal ≥ 2,000,000 resolutions/s)`, () => {
  bench(
    `resolve ${BATCH.toLocaleString("en")} rules`,
    () => {
      const t0 = performance.now();
      for (let i = 0; i < BATCH; i++) {
        const r = DeadlineRule.resolve(
          (inputs[i] as (typeof inputs)[number]).rule,
          contexts[i] as (typeof contexts)[number],
        );
        if (Result.isSuccess(r)) sink += r.success.derivation.vi.length;
      }
      elapsed += performance.now() - t0;
      resolved += BATCH;
    },
    {
      time: 3000,
      warmupTime: 1000,
      teardown: (_task, mode) => {
        // Count only the measured phase; report once it ends.
        if (mode === "warmup") {
          elapsed = 0;
          resolved = 0;
          return;
        }
        const perSecond = Math.round(resolved / (elapsed / 1000));
        process.stdout.write(
          `\nDeadlineRule.resolve: ${perSecond.toLocaleString("en")} resolutions/s (${resolved.toLocaleString("en")} resolutions in ${Math.round(elapsed)} ms; goal ≥ 2,000,000/s)\n`,
        );
      },
    },
  );
});

describe("WorkingCalendar queries — 10,000 per iteration", () => {
  const dates = inputs.map((i) => i.anchor);
  bench("addWorkingDays(d, 10) ×10,000", () => {
    for (const d of dates) sink += WorkingCalendar.addWorkingDays(calendar, d, 10).length;
  });
  bench("workingDaysBetween ×10,000", () => {
    for (let i = 1; i < dates.length; i++) {
      sink += WorkingCalendar.workingDaysBetween(calendar, dates[i - 1] as string, dates[i] as string);
    }
  });
});

export const __sink = () => sink;
