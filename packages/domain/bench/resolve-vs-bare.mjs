/**
 * Plain-Node benchmark of `DeadlineRule.resolve` on the built package (`pnpm build` first), against
 * a bare `Date.UTC` + add-days loop measured in the same run: the ratio is what BENCHMARKS.md
 * reports, since absolute figures move with the load of the shared machine. The rules are the mix
 * of `src/deadline-rule.bench.ts` plus “trước … giờ” rules with an hour of the day.
 *
 * Run: `node packages/domain/bench/resolve-vs-bare.mjs`
 */
import { DeadlineRule, PolicyPack, WorkingCalendar } from "../dist/index.js";

const lcg = (seed) => {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
};
const DAY = 86_400_000;
const FIRST = Date.UTC(2023, 0, 1) / DAY;
const SPAN = Date.UTC(2026, 11, 31) / DAY - FIRST;
const iso = (n) => new Date(n * DAY).toISOString().slice(0, 10);

const N = 10_000;
const rnd = lcg(42);
const rules = [];
for (let i = 0; i < N; i++) {
  const anchor = iso(FIRST + Math.floor(rnd() * SPAN));
  const year = 2023 + Math.floor(rnd() * 4);
  const r = rnd();
  let rule;
  if (r < 0.2) {
    const month = 1 + Math.floor(rnd() * 12);
    rule = { kind: "end-of-period", phrase: null, period: { unit: "month", year, month } };
  } else if (r < 0.3)
    rule = {
      kind: "end-of-period",
      phrase: null,
      period: { unit: "quarter", year, quarter: 1 + Math.floor(rnd() * 4) },
    };
  else if (r < 0.35) rule = { kind: "end-of-period", phrase: null, period: { unit: "year", year } };
  else if (r < 0.6) {
    const date = iso(FIRST + Math.floor(rnd() * SPAN));
    rule = { kind: "on-date", phrase: null, date, reading: rnd() < 0.7 ? "by" : "before" };
  } else if (r < 0.65) {
    const date = iso(FIRST + Math.floor(rnd() * SPAN));
    rule = { kind: "on-date", phrase: null, date, reading: "before", time: "17:00" };
  } else if (r < 0.9) {
    const units = ["days", "working-days", "weeks", "months"];
    rule = {
      kind: "within",
      phrase: null,
      amount: 1 + Math.floor(rnd() * 30),
      unit: units[Math.floor(rnd() * units.length)],
      from: { event: "notice-issued", label: null, on: null },
    };
  } else rule = rnd() < 0.5 ? { kind: "ongoing", phrase: "thường xuyên" } : { kind: "none", phrase: null };
  rules.push({ rule, anchor });
}

const calendar = WorkingCalendar.vietnam();
const contexts = rules.map(({ anchor }) => ({ anchor, calendar, policy: PolicyPack.national }));
let sink = 0;
const resolveAll = () => {
  for (let i = 0; i < N; i++) {
    const r = DeadlineRule.resolve(rules[i].rule, contexts[i]);
    if (r._tag === "Success" && r.success.dueOn !== null) sink++;
  }
};
const bareAll = () => {
  for (let i = 0; i < N; i++) {
    const ms = Date.UTC(2023 + (i & 3), i % 12, 1 + (i % 28)) + DAY * (i % 30);
    sink += new Date(ms).getUTCDate();
  }
};
for (let k = 0; k < 50; k++) {
  resolveAll();
  bareAll();
}
let resolveBest = Infinity;
let bareBest = Infinity;
// CPU time of this process as well as wall time: on the shared machine a round is often descheduled,
// which wall time counts and CPU time does not.
let resolveCpu = Infinity;
let bareCpu = Infinity;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (let round = 0; round < 60; round++) {
  let c = cpu();
  let t = performance.now();
  resolveAll();
  resolveBest = Math.min(resolveBest, performance.now() - t);
  resolveCpu = Math.min(resolveCpu, cpu() - c);
  c = cpu();
  t = performance.now();
  bareAll();
  bareBest = Math.min(bareBest, performance.now() - t);
  bareCpu = Math.min(bareCpu, cpu() - c);
}
const perSecond = (ms) => Math.round((N / ms) * 1000).toLocaleString("en");
process.stdout.write(
  `DeadlineRule.resolve: ${perSecond(resolveBest)} rules/s (best of 60 × ${N.toLocaleString("en")}); bare Date.UTC loop: ${perSecond(bareBest)}/s; ratio ${Math.round((bareBest / resolveBest) * 100)} %; per CPU time ${Math.round((bareCpu / Math.max(resolveCpu, 0.001)) * 100)} %${sink < 0 ? "" : ""}\n`,
);
