import * as Result from "effect/Result";
import { bench, describe } from "vitest";
import { isoOf, parseDay } from "./day-number.js";
import * as PolicyPack from "./policy-pack.js";
import * as Timeliness from "./timeliness.js";
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

/** `n` tasks: 55% open, 35% done, the rest paused/cancelled/draft; 10% without a deadline. */
const tasks = (n: number, seed = 7): Timeliness.TaskTimes[] => {
  const rnd = lcg(seed);
  const out: Timeliness.TaskTimes[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const due = FIRST + Math.floor(rnd() * SPAN);
    const r = rnd();
    const lifecycle =
      r < 0.55 ? "open" : r < 0.9 ? "done" : r < 0.95 ? "paused" : r < 0.98 ? "cancelled" : "draft";
    out[i] = {
      lifecycle,
      dueOn: rnd() < 0.1 ? null : isoOf(due),
      completedOn: lifecycle === "done" ? isoOf(due - 20 + Math.floor(rnd() * 30)) : null,
    };
  }
  return out;
};

const N = 1_000_000;
const all = tasks(N);
const calendar = WorkingCalendar.vietnam();
const policy = PolicyPack.national;
// Warm the calendar's year tables.
Timeliness.at("2025-06-15", calendar, policy)({ lifecycle: "open", dueOn: "2025-06-20", completedOn: null });

let sink = 0;
const runs = { at: [] as number[], of: [] as number[] };
const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** After the measured phase, print the median time for 1,000,000 tasks. */
const report = (which: "at" | "of") => (_task: unknown, mode: "warmup" | "run") => {
  if (mode === "warmup") {
    runs[which] = [];
    return;
  }
  const name = which === "at" ? "Timeliness.at(instant) judge" : "Timeliness.of";
  process.stdout.write(
    `\n${name}: ${N.toLocaleString("en")} tasks in ${median(runs[which]).toFixed(1)} ms (median of ${runs[which].length}; goal < 200 ms)\n`,
  );
};

describe(`Timeliness — ${N.toLocaleString("en")} tasks per iteration (goal: < 200 ms)`, () => {
  bench(
    "Timeliness.at(instant) judge over 1,000,000 tasks",
    () => {
      const t0 = performance.now();
      const judge = Timeliness.at("2025-06-15", calendar, policy);
      for (let i = 0; i < N; i++) if (judge(all[i] as Timeliness.TaskTimes) === "overdue") sink++;
      runs.at.push(performance.now() - t0);
    },
    { iterations: 10, time: 0, teardown: report("at") },
  );
  bench(
    "Timeliness.of over 1,000,000 tasks",
    () => {
      const t0 = performance.now();
      for (let i = 0; i < N; i++) {
        const r = Timeliness.of(all[i] as Timeliness.TaskTimes, "2025-06-15", calendar, policy);
        if (Result.isSuccess(r) && r.success === "overdue") sink++;
      }
      runs.of.push(performance.now() - t0);
    },
    { iterations: 10, time: 0, teardown: report("of") },
  );
});

export const __sink = () => sink;
