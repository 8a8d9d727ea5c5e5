/**
 * DeadlinePhrase — reads the deadline (thời hạn) of a task from its wording and maps it to exactly
 * one `DeadlineRule` of the domain: “chậm nhất ngày 08/01/2024”, “trước ngày 15/3/2024”, “trong
 * tháng 01/2023”, “trong quý II/2024”, “6 tháng đầu năm”, “trong năm 2023”, “cuối tháng 3/2024”,
 * “trong vòng 10 ngày làm việc kể từ ngày nhận được văn bản”, “định kỳ hàng tháng”, “định kỳ theo
 * quý, 06 tháng và năm”, “thường xuyên”, “khẩn trương”, “đúng tiến độ”. Rules are written from the
 * language of Decree 30/2020/NĐ-CP administrative documents, not from particular files: a date
 * counts only after a deadline cue (“chậm nhất”, “trước”, “hoàn thành”, “xong”, “hạn”), so the
 * dates of cited documents (“Nghị định số 32/2024/NĐ-CP ngày 15/3/2024”) are never read as deadlines.
 * A date without its year (“trước ngày 15/3”) is the first such date on or after the notice's
 * date, flagged `year-inferred`; without a notice date it is reported, never guessed. The readers of
 * each family live beside this file (`deadline-dated.ts`, `deadline-periods.ts`,
 * `deadline-within.ts`, `deadline-recurring.ts`, `deadline-soft.ts`); this module gathers their
 * findings, passes on the rule's own warnings and picks one per task.
 */
import { DeadlineRule, IsoDate, PolicyPack, WorkingCalendar } from "@dondoc/domain";
import * as Result from "effect/Result";

import { onDates } from "./deadline-dated.js";
import { type Context, type Found, type Kind, type Rule, type Warning, warning } from "./deadline-found.js";
import { periods } from "./deadline-periods.js";
import { recurring } from "./deadline-recurring.js";
import { softKinds } from "./deadline-soft.js";
import { withins } from "./deadline-within.js";
import { squash } from "./normalize.js";

export type { Context } from "./deadline-found.js";
export { frequenciesOf } from "./deadline-recurring.js";

/** One deadline phrase found in a text. */
export interface Candidate {
  readonly kind: Kind;
  /** The rule, or `null` when the phrase was found but cannot be read safely (see `warnings`). */
  readonly rule: Rule | null;
  /** The phrase as written (whitespace squashed). */
  readonly phrase: string;
  readonly span: { readonly start: number; readonly end: number };
  readonly warnings: ReadonlyArray<Warning>;
  /** Lower is stronger: a dated phrase beats a period, a period beats “thường xuyên”. */
  readonly priority: number;
}

/** Widens a dated phrase to the verb of completion before it (“hoàn thành trước ngày …”). */
const widen = (text: string, f: Found): Found => {
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  const m = /(?:hoàn thành|xong)\s+$/iu.exec(before);
  return m === null ? f : { ...f, start: f.start - (before.length - m.index) };
};

let defaultCalendar: WorkingCalendar.WorkingCalendar | undefined;

/**
 * The warnings the resolver gives the rule (a due date before the notice — for periods too —,
 * more than five years after it, in a year without an official schedule), so that they reach the
 * parse result with the phrase's span. Needs the notice date; codes already given are not repeated.
 */
const ruleWarnings = (rule: Rule, ctx: Context, f: Found, given: ReadonlyArray<Warning>): Warning[] => {
  const on = ctx.issuedOn;
  if (on === null || on === undefined) return [];
  if (defaultCalendar === undefined) defaultCalendar = WorkingCalendar.vietnam();
  const r = DeadlineRule.resolve(rule, {
    anchor: on,
    calendar: ctx.calendar ?? defaultCalendar,
    policy: ctx.policy ?? PolicyPack.national,
  });
  if (Result.isFailure(r)) return [];
  const out: Warning[] = [];
  for (const w of r.success.warnings ?? []) {
    if (given.some((g) => g.code === w.code)) continue;
    out.push(warning(w.code, w.message, f.start, f.end));
  }
  return out;
};

/**
 * Every deadline phrase in `text`, strongest first (dated phrases, then “within N days”, then
 * periods, recurring duties, “đúng tiến độ”, “thường xuyên”, “khẩn trương”); spans are offset by
 * `ctx.offset`. Never throws.
 */
export const candidates = (text: string, ctx: Context = {}): Candidate[] => {
  const found: Found[] = [];
  // Cheap look-ups first: most stretches of a notice hold none of the cue words.
  const lower = text.toLowerCase();
  const has = (...words: string[]): boolean => words.some((w) => lower.includes(w));
  if (/\d/u.test(text)) {
    if (has("/", "-", ".", "tháng")) onDates(text, ctx, found);
    if (has("ngày", "tuần", "tháng", "năm")) withins(text, ctx, found);
  }
  if (has("tháng", "quý", "năm", "giai đoạn")) periods(text, ctx, found);
  if (has("định kỳ", "hàng", "hằng", "lần")) recurring(text, ctx, found);
  if (has("tiến độ", "thường xuyên", "khẩn", "ngay", "hỏa tốc", "hoả tốc")) softKinds(text, ctx, found);
  // Drop a finding that lies inside a stronger one (“trong tháng 01/2023” inside a dated phrase).
  const kept = found.filter(
    (f) =>
      !found.some(
        (g) =>
          g !== f && (g.priority < f.priority || g.absorbs === true) && g.start <= f.start && g.end >= f.end,
      ),
  );
  const offset = ctx.offset ?? 0;
  return kept
    .map((f) => (f.kind === "on-date" ? widen(text, f) : f))
    .sort((a, b) => a.priority - b.priority || a.start - b.start)
    .map((f) => {
      const phrase = squash(text.slice(f.start, f.end));
      const rule = f.rule === null ? null : ({ ...f.rule, phrase } as Rule);
      const own = rule === null ? f.warnings : [...f.warnings, ...ruleWarnings(rule, ctx, f, f.warnings)];
      return {
        kind: f.kind,
        rule,
        phrase,
        span: { start: f.start + offset, end: f.end + offset },
        warnings: own.map((w) =>
          w.span === null ? w : { ...w, span: { start: w.span.start + offset, end: w.span.end + offset } },
        ),
        priority: f.priority,
      };
    });
};

/** The outcome of {@link recognize}. */
export type Recognition =
  | {
      readonly _tag: "Rule";
      readonly rule: Rule;
      readonly span: Candidate["span"] | null;
      readonly warnings: ReadonlyArray<Warning>;
    }
  | {
      readonly _tag: "Unreadable";
      readonly kind: Kind;
      readonly phrase: string;
      readonly span: Candidate["span"];
      readonly warning: Warning;
    };

const dateOf = (c: Candidate): string | null =>
  c.rule !== null && c.rule.kind === "on-date" ? IsoDate.formatVi(c.rule.date) : null;

/**
 * Picks the deadline of one task from its candidates: the strongest kind, its last occurrence.
 * When other dated phrases of the same strength name other dates (“trước 30/6 báo cáo sơ bộ,
 * trước 30/9 báo cáo chính thức”), the pick keeps the last and carries a `multiple-deadlines`
 * warning naming the others: a deadline is never dropped without a word.
 */
export const pick = (found: ReadonlyArray<Candidate>): Candidate | null => {
  const best = found[0];
  if (best === undefined) return null;
  const same = found.filter((c) => c.priority === best.priority);
  const chosen = same[same.length - 1] ?? best;
  const chosenDate = dateOf(chosen);
  const others = same.filter((c) => c !== chosen && c.kind === "on-date" && dateOf(c) !== chosenDate);
  if (others.length === 0) return chosen;
  const list = others.map((c) => `“${c.phrase}”`).join(", ");
  return {
    ...chosen,
    warnings: [
      ...chosen.warnings,
      warning(
        "multiple-deadlines",
        `Đoạn này ghi nhiều thời hạn: đã lấy “${chosen.phrase}” làm hạn của nhiệm vụ; thời hạn khác (${list}) cần được theo dõi như một mốc riêng hoặc tách thành nhiệm vụ khác.`,
        Math.min(chosen.span.start, ...others.map((c) => c.span.start)),
        Math.max(chosen.span.end, ...others.map((c) => c.span.end)),
      ),
    ],
  };
};

/**
 * The deadline rule of a task text: the strongest phrase found, or `{ kind: "none" }` when there
 * is none; `Unreadable` with a warning (`year-missing`, `invalid-date`) when a phrase was found
 * but cannot be read without guessing. Never throws.
 *
 * @example
 * DeadlinePhrase.recognize("hoàn thành trước ngày 20/5/2024")
 * // { _tag: "Rule", rule: { kind: "on-date", date: "2024-05-20", reading: "before", … }, … }
 */
export const recognize = (text: string, ctx: Context = {}): Recognition => {
  const chosen = pick(candidates(text, ctx));
  if (chosen === null)
    return { _tag: "Rule", rule: { kind: "none", phrase: null }, span: null, warnings: [] };
  if (chosen.rule === null) {
    const w =
      chosen.warnings[0] ??
      warning(
        "unreadable-deadline",
        `Không đọc được thời hạn “${chosen.phrase}”.`,
        chosen.span.start,
        chosen.span.end,
      );
    return { _tag: "Unreadable", kind: chosen.kind, phrase: chosen.phrase, span: chosen.span, warning: w };
  }
  return { _tag: "Rule", rule: chosen.rule, span: chosen.span, warnings: chosen.warnings };
};
