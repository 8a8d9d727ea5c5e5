/**
 * Scores the parser on the labelled notices of `../shared/corpus` (beside the repository) with the
 * rules of `score.mjs`: a task counts when its lead matches (diacritic- and case-insensitive, either
 * name containing the other) and its due date is right (the label, an alternative, the next
 * working day after a labelled day off, the last working day before a labelled “trước ngày X”, or
 * — for a recurring duty — a recurrence).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { type ParsedNotice, WorkingCalendar } from "@dondoc/domain";
import { describe, expect, it } from "vitest";

import { Parser } from "../src/index.js";

const shared = join(import.meta.dirname, "..", "..", "..", "..", "shared");
const corpus = join(shared, "corpus");
const seeds = join(shared, "seeds");

interface Label {
  directive: string;
  lead: string;
  deadline?: { kind?: string; dueOn?: string | null; dueOnAlternatives?: string[] };
}

const fold = (s: unknown): string =>
  String(s ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/&/g, " va ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const calendar = WorkingCalendar.vietnam();

const score = (dir: string) => {
  const tot = { exp: 0, pred: 0, tp: 0, lead: 0, wrong: 0, hdr: 0, hdrN: 0 };
  const lines: string[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith(".txt"))
    .sort()) {
    const labelFile = join(dir, f.replace(/\.txt$/, ".expected.json"));
    if (!existsSync(labelFile)) continue;
    const labels = JSON.parse(readFileSync(labelFile, "utf8")) as {
      tasks: Label[];
      notice?: Record<string, unknown> & {
        chair?: { name?: string } | null;
        signer?: { name?: string } | null;
      };
    };
    const parsed: ParsedNotice.ParsedNotice = Parser.parseText(readFileSync(join(dir, f), "utf8"));
    const pred = parsed.directives.flatMap((d) => d.tasks.map((t) => ({ ...t, path: d.path })));
    const dateOk = (p: (typeof pred)[number], e: Label): boolean => {
      if (e.deadline?.kind === "recurring")
        return p.deadline.recurrence !== null || p.deadline.kind === "recurring";
      const want = e.deadline?.dueOn ?? null;
      const got = p.deadline.dueOn;
      if (got === want || (got !== null && (e.deadline?.dueOnAlternatives ?? []).includes(got))) return true;
      if (got === null || want === null) return false;
      if (
        !WorkingCalendar.isWorkingDay(calendar, want) &&
        got === WorkingCalendar.nextWorkingDay(calendar, want)
      )
        return true;
      // “trước ngày X” whose day before is off: the engine goes back to the last working day before
      // X (issue 15, point 8); labels written earlier hold X or X − 1 instead.
      const before = /trước/iu.test(p.deadline.phrase ?? "");
      return (
        before &&
        [want, ...(e.deadline?.dueOnAlternatives ?? [])].some(
          (d) => got === WorkingCalendar.addWorkingDays(calendar, d, -1) && got < d,
        )
      );
    };
    const used = new Set<number>();
    let tp = 0;
    let lead = 0;
    for (const e of labels.tasks) {
      const cands = pred
        .map((p, i) => [p, i] as const)
        .filter(([p, i]) => {
          const a = fold(p.lead.name);
          const b = fold(e.lead);
          return !used.has(i) && a.length > 0 && (a.includes(b) || b.includes(a));
        });
      const samePath = (p: (typeof pred)[number]) =>
        fold(p.path).replace(/ /g, "") === fold(e.directive).replace(/ /g, "");
      const pick =
        cands.find(([p]) => samePath(p) && dateOk(p, e)) ??
        cands.find(([p]) => samePath(p)) ??
        cands.find(([p]) => dateOk(p, e)) ??
        cands[0];
      if (pick === undefined) continue;
      used.add(pick[1]);
      lead++;
      if (dateOk(pick[0], e)) tp++;
      else if (pick[0].deadline.dueOn !== null) tot.wrong++;
    }
    const want = labels.notice ?? {};
    const got = parsed.notice;
    for (const k of ["number", "symbol", "issuedOn", "place"] as const) {
      if (!(k in want)) continue;
      tot.hdrN++;
      if (fold(got[k]) === fold(want[k])) tot.hdr++;
    }
    for (const k of ["chair", "signer"] as const) {
      const name = want[k]?.name;
      if (!name) continue;
      tot.hdrN++;
      if (fold(got[k]?.name) === fold(name)) tot.hdr++;
    }
    tot.exp += labels.tasks.length;
    tot.pred += pred.length;
    tot.tp += tp;
    tot.lead += lead;
    lines.push(`${f}: ${tp}/${labels.tasks.length} right, ${pred.length} predicted`);
  }
  const f1 = (k: number) => (tot.exp + tot.pred === 0 ? 0 : (2 * k) / (tot.exp + tot.pred));
  return {
    taskF1: f1(tot.tp),
    leadF1: f1(tot.lead),
    wrongDates: tot.wrong,
    header: `${tot.hdr}/${tot.hdrN}`,
    lines,
  };
};

describe.skipIf(!existsSync(corpus))("labelled corpus (../shared/corpus)", () => {
  it("finds the labelled tasks with their due dates (task F1 ≥ 0.9, no wrong dates)", () => {
    const s = score(corpus);
    console.log(
      `${s.lines.join("\n")}\ncorpus: task F1 ${s.taskF1.toFixed(3)} · lead F1 ${s.leadF1.toFixed(3)} · wrong dates ${s.wrongDates} · header ${s.header}`,
    );
    expect(s.taskF1).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongDates).toBe(0);
  });

  it("gets every task of the seeds right", () => {
    const s = score(seeds);
    console.log(`seeds: task F1 ${s.taskF1.toFixed(3)}`);
    expect(s.taskF1).toBe(1);
  });
});

if (!existsSync(corpus))
  console.log(`corpus test skipped: ${corpus} is absent (the shared folder sits beside the repository)`);
