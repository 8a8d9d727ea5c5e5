/**
 * Resolves the same random rules (every kind and period unit, invalid values, null and malformed
 * anchors, four policies, two calendars) with two builds of this package and compares the JSON of
 * every result: an optimisation of the resolver must change no result.
 *
 * Run: `node packages/domain/bench/compare-builds.mjs OLD/dist/index.js NEW/dist/index.js [count]`
 */
import { pathToFileURL } from "node:url";

const load = (path) => import(pathToFileURL(path).href);
const [A, B] = await Promise.all([load(process.argv[2]), load(process.argv[3])]);
const lcg = (seed) => {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
};
const DAY = 86_400_000;
const iso = (n) => new Date(n * DAY).toISOString().slice(0, 10);
const rnd = lcg(7);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const FIRST = Date.UTC(1995, 0, 1) / DAY,
  SPAN = Date.UTC(2036, 0, 1) / DAY - FIRST;
const day = () => iso(FIRST + Math.floor(rnd() * SPAN));
const year = () => 1995 + Math.floor(rnd() * 40);
const phrase = () => (rnd() < 0.5 ? null : pick(["trước ngày 15/3", "trong tháng này", "chậm nhất", "x"]));
const part = () => pick(["early", "mid", "late"]);
const periods = () =>
  pick([
    () => ({ unit: "month", year: year(), month: 1 + Math.floor(rnd() * 12) }),
    () => ({ unit: "quarter", year: year(), quarter: 1 + Math.floor(rnd() * 4) }),
    () => ({ unit: "half", year: year(), half: pick([1, 2]) }),
    () => ({ unit: "nine-months", year: year() }),
    () => ({ unit: "year", year: year() }),
    () => ({ unit: "part-of-month", year: year(), month: 1 + Math.floor(rnd() * 12), part: part() }),
    () => ({ unit: "part-of-year", year: year(), part: part() }),
    () => ({ unit: "half-of-month", year: year(), month: 1 + Math.floor(rnd() * 12), half: pick([1, 2]) }),
    () => ({ unit: "part-of-quarter", year: year(), quarter: 1 + Math.floor(rnd() * 4), part: part() }),
    () => {
      const f = year();
      return { unit: "years", from: f, to: f + Math.floor(rnd() * 3) };
    },
    () => ({ unit: "month", year: 0, month: 13 }),
  ])();
const rule = () =>
  pick([
    () => ({ kind: "on-date", phrase: phrase(), date: day(), reading: pick(["by", "before"]) }),
    () => ({
      kind: "on-date",
      phrase: phrase(),
      date: day(),
      reading: "before",
      time: pick(["17:00", null, undefined]),
    }),
    () => ({
      kind: "on-date",
      phrase: null,
      date: pick(["2025-02-30", "9999-12-31", "0001-01-01", "x"]),
      reading: pick(["by", "before"]),
    }),
    () => ({ kind: "end-of-period", phrase: phrase(), period: periods() }),
    () => ({
      kind: "within",
      phrase: phrase(),
      amount: pick([1, 2, 5, 10, 15, 30, 90, 400, 0, 1.5]),
      unit: pick(["days", "working-days", "weeks", "months", "years", "bogus"]),
      from: pick([
        { event: "notice-issued", label: null, on: null },
        { event: "received", label: null, on: null },
        { event: "meeting", label: "ngày họp", on: day() },
        { event: "other", label: "kể từ ngày ký", on: null },
      ]),
    }),
    () => ({
      kind: "recurring",
      phrase: phrase(),
      frequencies: [pick(["monthly", "quarterly", "annual", "weekly", "semiannual"])],
      periods: pick(["decree-09", "calendar"]),
      dueDay: pick([null, 15, 25, 31]),
      startsOn: pick([null, day()]),
      ...(rnd() < 0.3 ? { dueMonthOffset: pick([0, 1, -9]) } : {}),
      ...(rnd() < 0.3 ? { reading: pick(["by", "before"]) } : {}),
    }),
    () => ({ kind: pick(["ongoing", "urgent", "follow-schedule", "none"]), phrase: phrase() }),
    () => pick([null, 5, { kind: "nope", phrase: null }]),
  ])();
const policies = (M) => [
  M.PolicyPack.national,
  M.PolicyPack.provinceExample,
  { ...M.PolicyPack.national, rollForward: false },
  { ...M.PolicyPack.national, readingOfTruoc: "by" },
];
const calsA = [
  A.WorkingCalendar.vietnam(),
  A.WorkingCalendar.make({ ...A.WorkingCalendar.officialData, weeklyRestDays: ["sunday"] }),
];
const calsB = [
  B.WorkingCalendar.vietnam(),
  B.WorkingCalendar.make({ ...B.WorkingCalendar.officialData, weeklyRestDays: ["sunday"] }),
];
const pa = policies(A),
  pb = policies(B);
const ser = (r) =>
  JSON.stringify(r, (_k, v) => (v instanceof Error ? { tag: v._tag, msg: v.message, ...v } : v));
let n = 0,
  bad = 0;
for (let i = 0; i < Number(process.argv[4] ?? 200000); i++) {
  const r = rule();
  const anchor = pick([day(), day(), day(), null, "2025-13-01"]);
  const ci = Math.floor(rnd() * 2),
    pi = Math.floor(rnd() * pa.length);
  const x = ser(A.DeadlineRule.resolve(r, { anchor, calendar: calsA[ci], policy: pa[pi] }));
  const y = ser(B.DeadlineRule.resolve(r, { anchor, calendar: calsB[ci], policy: pb[pi] }));
  n++;
  if (x !== y) {
    if (bad++ < 5) console.log("DIFF", JSON.stringify({ r, anchor, ci, pi }), "\n A", x, "\n B", y);
  }
}
console.log(`${n} compared, ${bad} differ`);
