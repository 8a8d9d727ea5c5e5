/**
 * The shared pieces of the deadline phrase readers: the context a phrase is read in, a finding
 * (`Found`) before it becomes a candidate, warnings with spans, cue words and the tests of where a
 * bare period counts as a deadline. Internal to `deadline-phrase.ts`.
 */
import type { DeadlineRule, IsoDate, ParsedNotice, PolicyPack, WorkingCalendar } from "@dondoc/domain";

import * as DateText from "./date-text.js";

export type Rule = DeadlineRule.DeadlineRule;

export type Kind = DeadlineRule.DeadlineKind;

export type Warning = ParsedNotice.ParseWarning;

export type Frequency = DeadlineRule.Frequency;

/** What the phrase is read against. */
export interface Context {
  /** Ngày ban hành: the anchor of “trong vòng N ngày” and the year of “6 tháng đầu năm”. */
  readonly issuedOn?: IsoDate.IsoDate | null;
  /**
   * The text is a whole deadline cell of a task table (“Thường xuyên”, “Hàng năm”, “Trong năm
   * 2026”): bare period words count as deadlines there.
   */
  readonly cell?: boolean;
  /** Added to every span (the position of `text` in the notice). */
  readonly offset?: number;
  /** The calendar the rule's warnings are checked against (default `WorkingCalendar.vietnam()`). */
  readonly calendar?: WorkingCalendar.WorkingCalendar;
  /** The policy pack in force (default `PolicyPack.national`). */
  readonly policy?: PolicyPack.PolicyPack;
}

export const NUM = DateText.NUMERIC;

export const WORDS = DateText.WORDS;

/** “Thời hạn:”, “Thời gian hoàn thành:” — a label that makes what follows a deadline. */
export const LABEL = String.raw`(?:thời hạn|thời gian)(?:\s+(?:hoàn thành|thực hiện|báo cáo|nộp|gửi))?\s*:`;

/** A verb of completion shortly before a period makes the period a deadline. */
export const COMPLETION =
  /(?:hoàn thành|xong|thực hiện|triển khai|ban hành|trình|phê duyệt|báo cáo|gửi)[^.;,]{0,25}$/iu;

/** The cue word, with a “Thời hạn: …” label read as “trong” (or “trước” when it says so). */
export const cueOf = (raw: string | undefined): string => {
  const c = (raw ?? "").toLowerCase();
  if (!/^thời (?:hạn|gian)/u.test(c)) return c;
  return /trước\s*$/u.test(c) ? "trước" : "trong";
};

export const isClauseStart = (text: string, index: number): boolean =>
  /(?:^|[.;:!?\n(]|\s[-–+•])\s*$/u.test(text.slice(Math.max(0, index - 6), index)) || index === 0;

export const warning = (code: string, message: string, start: number, end: number): Warning => ({
  code,
  message,
  span: { start, end },
});

export interface Found {
  kind: Kind;
  rule: Rule | null;
  start: number;
  end: number;
  priority: number;
  warnings: Warning[];
  /** Findings inside this one are part of it (“báo cáo định kỳ tháng 8/2026” holds “tháng 8/2026”). */
  absorbs?: boolean;
}

export const yearOf = (ctx: Context): number | null =>
  ctx.issuedOn === null || ctx.issuedOn === undefined ? null : Number(ctx.issuedOn.slice(0, 4));

export const missingYear = (start: number, end: number, what: string): Warning =>
  warning(
    "year-missing",
    `Thời hạn “${what}” không ghi năm: chưa xác định được ngày đến hạn, cần kiểm tra lại.`,
    start,
    end,
  );

/** A deadline whose year the notice does not give: no rule, and a `year-missing` warning. */
export const yearless = (
  kind: Found["kind"],
  priority: number,
  start: number,
  end: number,
  phrase: string,
): Found => ({
  kind,
  rule: null,
  start,
  end,
  priority,
  warnings: [missingYear(start, end, phrase)],
});

export const NOTHING: ReadonlyArray<RegExpExecArray> = [];

/** Runs `re` only when `lower` holds `word` (most texts hold none of the cues). */
export const scan = (
  re: RegExp,
  text: string,
  lower: string,
  ...words: string[]
): Iterable<RegExpExecArray> => (words.some((w) => lower.includes(w)) ? text.matchAll(re) : NOTHING);

export const PART: Record<string, "early" | "mid" | "late"> = { đầu: "early", giữa: "mid", cuối: "late" };

/** A bare period (no cue) is a deadline in a table cell, at the start of a clause, or after a verb of completion. */
export const isDeadlineSpot = (text: string, start: number, ctx: Context): boolean =>
  ctx.cell === true ||
  isClauseStart(text, start) ||
  COMPLETION.test(text.slice(Math.max(0, start - 40), start));

export const inferredYear = (start: number, end: number, phrase: string, year: number): Warning =>
  warning(
    "year-inferred",
    `Thời hạn “${phrase}” không ghi năm: đã hiểu là năm ${year} (kỳ đầu tiên chưa kết thúc vào ngày ban hành văn bản), cần kiểm tra lại.`,
    start,
    end,
  );

export const push = (
  out: Found[],
  rule: Rule,
  start: number,
  end: number,
  priority: number,
  warnings: Warning[] = [],
) => out.push({ kind: rule.kind, rule, start, end, priority, warnings });
