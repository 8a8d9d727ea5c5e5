#!/usr/bin/env node
// Scores the parser against hand-labelled notices.
// usage: node score.mjs CORPUS_DIR [--cmd "pnpm -s dondoc parse"] [--strict] [--verbose]
// or, as a module: `score(dir, { parse, strict })` with `parse(file)` returning the ParsedNotice
// (the corpus test of @dondoc/parser calls the parser in-process this way).
// Copied from the project's shared corpus folder; only the CLI wrapper was turned into `score`.
// For each NAME.txt with a NAME.expected.json beside it, runs `CMD NAME.txt --json`, reads the
// ParsedNotice it prints and compares its tasks with the labels. A task counts when its lead agency
// matches (diacritic- and case-insensitive, either name containing the other) and its due date is
// right: equal to the label (for a recurring duty: a recurrence is given), one of the label's `dueOnAlternatives`, or the next working day when
// the labelled date falls on a weekend or an official day off. Prints one line per notice and, last,
// the totals: task F1 (precision P, recall R), lead-only F1, wrong dates (a date given that no label
// allows) and header accuracy.
// --strict: a task counts only when it also sits in the labelled directive (path compared after
// normalising: "2.a" = "2a", "II.1" = "2.1"), its lead is the same name — not a containment — after
// Unicode NFC, case, spacing, old/new tone placement ("Uỷ" = "Ủy") and the generic abbreviations in
// ABBREVIATIONS (an agency's own short form, e.g. "Sở XD", only when the label lists it in
// `leadAlternatives`), and its due date is right as above (a recurring duty also needs the labelled
// dueOn, null = null). "lead F1" then counts path + lead, and header fields are compared the same way.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const daysOffFile = [join(here, "..", "research", "vn-days-off.json"), join(here, "vn-days-off.json")].find(
  existsSync,
);
const daysOff = new Set();
const makeUp = new Set();
if (daysOffFile) {
  const data = JSON.parse(readFileSync(daysOffFile, "utf8"));
  for (const y of Object.values(data.years ?? {})) {
    for (const d of y.daysOff ?? []) daysOff.add(d);
    for (const d of y.makeUpWorkdays ?? []) makeUp.add(d);
  }
}
const iso = (d) => d.toISOString().slice(0, 10);
const isWorking = (s) => {
  if (makeUp.has(s)) return true;
  const wd = new Date(`${s}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6 && !daysOff.has(s);
};
const nextWorking = (s) => {
  const d = new Date(`${s}T00:00:00Z`);
  while (!isWorking(iso(d))) d.setUTCDate(d.getUTCDate() + 1);
  return iso(d);
};

const fold = (s) =>
  String(s ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/&/g, " va ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

// Strict names: same words, same diacritics. Generic abbreviations of administrative words only.
const ABBREVIATIONS = {
  ubnd: "ủy ban nhân dân",
  hđnd: "hội đồng nhân dân",
  ubmttq: "ủy ban mặt trận tổ quốc",
  mttq: "mặt trận tổ quốc",
  đbqh: "đại biểu quốc hội",
  tp: "thành phố",
  "tp.": "thành phố",
};
// Old tone placement (hoá, thuỷ, uỷ) written the new way (hóa, thủy, ủy).
const OLD_TONES = {
  oà: "òa",
  oá: "óa",
  oả: "ỏa",
  oã: "õa",
  oạ: "ọa",
  oè: "òe",
  oé: "óe",
  oẻ: "ỏe",
  oẽ: "õe",
  oẹ: "ọe",
  uỳ: "ùy",
  uý: "úy",
  uỷ: "ủy",
  uỹ: "ũy",
  uỵ: "ụy",
};
const strictName = (s) =>
  String(s ?? "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/gu, (m) => OLD_TONES[m])
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(" ");
const romanValue = (s) => {
  if (!/^[IVX]+$/.test(s)) return null;
  const v = { I: 1, V: 5, X: 10 };
  return [...s].reduce((n, c, i) => n + (v[c] < (v[s[i + 1]] ?? 0) ? -v[c] : v[c]), 0);
};
const strictPath = (p) =>
  String(p ?? "")
    .normalize("NFC")
    .replace(/(\d)(\p{L})/gu, "$1.$2")
    .split(/[\s.)]+/)
    .filter(Boolean)
    .map((s) => String(romanValue(s) ?? s.toLowerCase()))
    .join(".");

const leadName = (l) => (l && typeof l === "object" ? (l.name ?? l.text ?? "") : (l ?? ""));
const leadMatches = (pred, exp, strict) => {
  if (strict)
    return [exp.lead, ...(exp.leadAlternatives ?? [])].some(
      (n) => strictName(n) === strictName(leadName(pred.lead)),
    );
  const a = fold(leadName(pred.lead));
  const b = fold(exp.lead);
  if (!a || !b) return false;
  return a === b || a.includes(b) || b.includes(a);
};
const pathKey = (p, strict) => (strict ? strictPath(p) : fold(p).replace(/ /g, ""));
const samePath = (pred, exp, strict) => pathKey(pred.path, strict) === pathKey(exp.directive, strict);
const dateOk = (pred, exp, predDeadline, strict) => {
  const want = exp.deadline?.dueOn ?? null;
  if (exp.deadline?.kind === "recurring") {
    const recurs = Boolean(predDeadline?.recurrence) || predDeadline?.kind === "recurring";
    return strict ? recurs && (pred ?? null) === want : recurs;
  }
  const alts = new Set([want, ...(exp.deadline?.dueOnAlternatives ?? [])]);
  if (alts.has(pred ?? null)) return true;
  if (pred && want && !isWorking(want) && pred === nextWorking(want)) return true;
  return false;
};
const sameTextOf = (strict) =>
  strict ? (a, b) => strictName(a) === strictName(b) : (a, b) => fold(a) === fold(b);

/**
 * Scores the notices of `dir` (NAME.txt beside NAME.expected.json). `parse(file)` returns the
 * ParsedNotice of a file; it may throw (counted as a failed notice).
 */
export const score = (dir, { parse, strict = false, verbose = false }) => {
  const lines = [];
  const sameText = sameTextOf(strict);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const tot = { exp: 0, pred: 0, tp: 0, tpLead: 0, wrongDates: 0, hdr: 0, hdrN: 0, failed: 0 };
  for (const f of files) {
    const expFile = join(dir, f.replace(/\.txt$/, ".expected.json"));
    if (!existsSync(expFile)) continue;
    const exp = JSON.parse(readFileSync(expFile, "utf8"));
    let out;
    try {
      out = parse(join(dir, f));
    } catch (e) {
      tot.failed++;
      tot.exp += exp.tasks.length;
      lines.push(`${f}: parse failed: ${String(e.message).split("\n")[0]}`);
      continue;
    }
    const pred = (out.directives ?? []).flatMap((d) => (d.tasks ?? []).map((t) => ({ ...t, path: d.path })));
    const used = new Set();
    let tp = 0,
      tpLead = 0,
      wrong = 0;
    const misses = [];
    for (const e of exp.tasks) {
      const cands = pred
        .map((p, i) => [p, i])
        .filter(([p, i]) => !used.has(i) && leadMatches(p, e, strict) && (!strict || samePath(p, e, strict)));
      const pick =
        cands.find(([p]) => samePath(p, e, strict) && dateOk(p.deadline?.dueOn, e, p.deadline, strict)) ??
        cands.find(([p]) => samePath(p, e, strict)) ??
        cands.find(([p]) => dateOk(p.deadline?.dueOn, e, p.deadline, strict)) ??
        cands[0];
      if (!pick) {
        misses.push(`missing ${e.directive} ${e.lead}`);
        continue;
      }
      used.add(pick[1]);
      tpLead++;
      const due = pick[0].deadline?.dueOn ?? null;
      if (dateOk(due, e, pick[0].deadline, strict)) tp++;
      else {
        if (due) wrong++;
        misses.push(`date ${e.directive} ${e.lead}: got ${due}, want ${e.deadline?.dueOn ?? null}`);
      }
    }
    pred.forEach((p, i) => {
      if (!used.has(i)) misses.push(`extra ${p.path} ${leadName(p.lead)} (due ${p.deadline?.dueOn ?? null})`);
    });
    const n = exp.notice ?? {};
    const got = out.notice ?? {};
    for (const k of ["number", "symbol", "issuedOn", "place"]) {
      if (!(k in n)) continue;
      tot.hdrN++;
      if (sameText(got[k], n[k])) tot.hdr++;
      else misses.push(`header ${k}: got ${got[k] ?? null}, want ${n[k]}`);
    }
    for (const k of ["chair", "signer"]) {
      if (!n[k]?.name) continue;
      tot.hdrN++;
      if (sameText(got[k]?.name, n[k].name)) tot.hdr++;
      else misses.push(`header ${k}: got ${got[k]?.name ?? null}, want ${n[k].name}`);
    }
    tot.exp += exp.tasks.length;
    tot.pred += pred.length;
    tot.tp += tp;
    tot.tpLead += tpLead;
    tot.wrongDates += wrong;
    lines.push(
      `${f}: ${tp}/${exp.tasks.length} tasks right (${tpLead} leads), ${pred.length} predicted, ${wrong} wrong dates`,
    );
    if (verbose) for (const m of misses) lines.push(`    ${m}`);
  }
  const f1 = (tp) => (tot.exp + tot.pred === 0 ? 0 : (2 * tp) / (tot.exp + tot.pred));
  const ratio = (a, b) => (b === 0 ? 0 : a / b).toFixed(3);
  const summary = `task F1 ${f1(tot.tp).toFixed(3)} (P ${ratio(tot.tp, tot.pred)} R ${ratio(tot.tp, tot.exp)}) · lead F1 ${f1(tot.tpLead).toFixed(3)} · wrong dates ${tot.wrongDates} · header ${tot.hdr}/${tot.hdrN} · failed ${tot.failed}${strict ? " · strict" : ""}`;
  return {
    taskF1: f1(tot.tp),
    precision: tot.pred === 0 ? 0 : tot.tp / tot.pred,
    recall: tot.exp === 0 ? 0 : tot.tp / tot.exp,
    leadF1: f1(tot.tpLead),
    wrongDates: tot.wrongDates,
    header: { right: tot.hdr, of: tot.hdrN },
    failed: tot.failed,
    lines: [...lines, summary],
  };
};

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const args = process.argv.slice(2);
  const cmdAt = args.indexOf("--cmd");
  const cmd = cmdAt >= 0 ? args[cmdAt + 1] : "pnpm -s dondoc parse";
  const dir = args.find((a, i) => !a.startsWith("--") && (cmdAt < 0 || i !== cmdAt + 1));
  if (!dir) {
    console.error('usage: node score.mjs CORPUS_DIR [--cmd "pnpm -s dondoc parse"] [--strict] [--verbose]');
    process.exit(2);
  }
  const parse = (file) =>
    JSON.parse(
      execSync(`${cmd} ${JSON.stringify(file)} --json`, {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        maxBuffer: 64 << 20,
      }),
    );
  const result = score(dir, {
    parse,
    strict: args.includes("--strict"),
    verbose: args.includes("--verbose"),
  });
  for (const line of result.lines) console.log(line);
}
