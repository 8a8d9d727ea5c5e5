/**
 * Recurring duties: “định kỳ hằng quý”, “định kỳ theo quý, 06 tháng và năm”, “6 tháng một lần”,
 * “trước ngày 15 của tháng cuối quý” (the due day's month anchored), “báo cáo định kỳ tháng 8/2026”
 * (starting with that period), “hằng năm”. Internal to `deadline-phrase.ts`.
 */
import { IsoDate } from "@dondoc/domain";

import * as DateText from "./date-text.js";
import { type Context, type Found, type Frequency, isClauseStart, scan } from "./deadline-found.js";
import { squash } from "./normalize.js";

const RECURRING =
  /(?<![\p{L}\d])định kỳ\s*(?:hàng|hằng|theo|mỗi)?\s*((?:tuần|tháng|quý|năm|0?6 tháng|sáu tháng|0?9 tháng|06|6)(?:\s*(?:,|và|hoặc)\s*(?:hàng|hằng|theo)?\s*(?:tuần|tháng|quý|năm|0?6 tháng|sáu tháng|0?9 tháng|06|6))*)/giu;

/** “trước ngày 15 của tháng cuối quý”, “trước ngày 20 hằng tháng”. Groups: 1 cue, 2 day, 3 period words. */
const DAY_EVERY =
  /(?<![\p{L}\d])(?:(trước|chậm nhất|vào)\s+)?ngày\s+(\d{1,2})\s+(?:hàng|hằng|của|trong)\s+((?:tháng\s+(?:cuối|đầu)\s+(?:mỗi\s+)?(?:quý|năm))|tháng|quý)(?![\p{L}\d])/giu;

/** “6 tháng một lần”, “03 tháng/lần”. Groups: 1 count, 2 unit. */
const ONCE_EVERY =
  /(?<![\p{L}\d])(\d{1,2}|một|ba|sáu)\s+(tuần|tháng|năm)\s*(?:một lần|1 lần|\/\s*lần)(?![\p{L}\d])/giu;

/**
 * The period a periodic report names right after “định kỳ …” (“tháng 8/2026”, “quý III/2025”,
 * “năm 2025”; the unit word may already be read). Groups: 1 month or quarter, 2 year.
 */
const NAMED_PERIOD = /^\s*(?:(?:tháng|quý|năm)\s+)?(?:(IV|I{1,3}|\d{1,2})\s*[/-]\s*)?(\d{4})(?![\d/])/iu;

const EVERY = /(?<![\p{L}\d])(?:hàng|hằng)\s+(tuần|tháng|quý|năm)(?![\p{L}\d])/giu;

const FREQ: ReadonlyArray<[RegExp, Frequency]> = [
  [/tuần/u, "weekly"],
  [/quý/u, "quarterly"],
  [/(?:0?6|sáu)(?:\s*tháng)?/u, "semiannual"],
  [/(?:0?9|chín)\s*tháng/u, "nine-months"],
  [/năm/u, "annual"],
  [/tháng/u, "monthly"],
];

/** The reporting frequencies named in “định kỳ theo quý, 06 tháng và năm”. */
export const frequenciesOf = (words: string): Frequency[] => {
  const out: Frequency[] = [];
  for (const part of words.split(/\s*(?:,|\svà\s|\shoặc\s)\s*/u)) {
    for (const [re, f] of FREQ) {
      if (re.test(part)) {
        if (!out.includes(f)) out.push(f);
        break;
      }
    }
  }
  return out;
};

const ONCE: Record<string, Frequency | undefined> = {
  "1 tuần": "weekly",
  "một tuần": "weekly",
  "1 tháng": "monthly",
  "một tháng": "monthly",
  "3 tháng": "quarterly",
  "ba tháng": "quarterly",
  "6 tháng": "semiannual",
  "sáu tháng": "semiannual",
  "9 tháng": "nine-months",
  "12 tháng": "annual",
  "1 năm": "annual",
  "một năm": "annual",
};

/** The first day of the period named after “định kỳ …”, for a duty of one frequency, or `null`. */
const namedPeriodStart = (m: RegExpExecArray, frequency: Frequency | undefined): string | null => {
  const year = Number(m[2]);
  const n = m[1];
  if (frequency === "annual") return n === undefined ? IsoDate.make(year, 1, 1) : null;
  if (n === undefined) return null;
  if (frequency === "monthly") {
    const month = Number(n);
    return month >= 1 && month <= 12 ? IsoDate.make(year, month, 1) : null;
  }
  if (frequency === "quarterly") {
    const q = DateText.quarterOf(n);
    return q === null ? null : IsoDate.make(year, q * 3 - 2, 1);
  }
  return null;
};

export const recurring = (text: string, ctx: Context, out: Found[]): void => {
  const startsOn = ctx.issuedOn ?? null;
  const lower = text.toLowerCase();
  const mine: Found[] = [];
  for (const m of scan(RECURRING, text, lower, "định kỳ")) {
    const frequencies = frequenciesOf(m[1] ?? "");
    if (frequencies.length === 0) continue;
    const start = m.index;
    let end = start + m[0].length;
    const reports = /báo cáo/iu.test(text.slice(Math.max(0, start - 120), end + 40));
    // “báo cáo định kỳ tháng 8/2026”: the report of that one period, its first occurrence.
    const named = frequencies.length === 1 ? NAMED_PERIOD.exec(text.slice(end)) : null;
    const from = named === null ? null : namedPeriodStart(named, frequencies[0]);
    if (named !== null && from !== null) end += named[0].length;
    mine.push({
      kind: "recurring",
      rule: {
        kind: "recurring",
        phrase: squash(text.slice(start, end)),
        frequencies,
        periods: reports ? "decree-09" : "calendar",
        dueDay: null,
        startsOn: from ?? startsOn,
      },
      start,
      end,
      priority: 5,
      warnings: [],
      ...(from === null ? {} : { absorbs: true }),
    });
  }
  for (const m of scan(ONCE_EVERY, text, lower, "lần")) {
    const key = `${Number.isNaN(Number(m[1])) ? (m[1] ?? "").toLowerCase() : Number(m[1])} ${(m[2] ?? "").toLowerCase()}`;
    const frequency = ONCE[key];
    if (frequency === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    const reports = /báo cáo/iu.test(text.slice(Math.max(0, start - 120), end + 40));
    mine.push({
      kind: "recurring",
      rule: {
        kind: "recurring",
        phrase: squash(m[0]),
        frequencies: [frequency],
        periods: reports ? "decree-09" : "calendar",
        dueDay: null,
        startsOn,
      },
      start,
      end,
      priority: 5,
      warnings: [],
    });
  }
  for (const m of scan(
    DAY_EVERY,
    text,
    lower,
    " hàng ",
    " hằng ",
    " của tháng",
    " của quý",
    " trong tháng",
  )) {
    const day = Number(m[2]);
    if (!(day >= 1 && day <= 31)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const words = (m[3] ?? "").toLowerCase();
    // “tháng cuối quý”: the due day lies in the period's last month; “tháng đầu quý”: in the month after.
    const last = /cuối/u.test(words);
    const first = /đầu/u.test(words);
    const frequencies: Frequency[] = /năm/u.test(words)
      ? ["annual"]
      : /quý/u.test(words)
        ? ["quarterly"]
        : ["monthly"];
    const cue = (m[1] ?? "").toLowerCase();
    const extra = {
      ...(last ? { dueMonthOffset: 0 } : first ? { dueMonthOffset: 1 } : {}),
      ...(cue === "trước" ? { reading: "before" as const } : {}),
    };
    // “định kỳ hằng quý, trước ngày 15 của tháng cuối quý”: one duty, its due day given here.
    const lead = mine.find(
      (f) =>
        f.rule?.kind === "recurring" &&
        f.end <= start &&
        start - f.end <= 40 &&
        f.rule.frequencies.length === 1 &&
        f.rule.frequencies[0] === frequencies[0],
    );
    if (lead !== undefined && lead.rule?.kind === "recurring") {
      lead.rule = { ...lead.rule, dueDay: day, ...extra, phrase: squash(text.slice(lead.start, end)) };
      lead.end = end;
      continue;
    }
    mine.push({
      kind: "recurring",
      rule: {
        kind: "recurring",
        phrase: squash(m[0]),
        frequencies,
        periods: "calendar",
        dueDay: day,
        startsOn,
        ...extra,
      },
      start,
      end,
      priority: 5,
      warnings: [],
    });
  }
  out.push(...mine);
  for (const m of text.matchAll(EVERY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((f) => f.kind === "recurring" && f.start <= start && f.end >= end)) continue;
    // “hằng năm” alone is a deadline only as a table cell or next to a report (“báo cáo hằng quý”);
    // “ngân sách hằng năm” is not a duty.
    const near = text.slice(Math.max(0, start - 60), start);
    if (!ctx.cell && !/báo cáo[^.;]{0,50}$/iu.test(near) && !isClauseStart(text, start)) continue;
    const frequencies = frequenciesOf(m[1] ?? "");
    const phrase = squash(m[0]);
    out.push({
      kind: "recurring",
      rule: {
        kind: "recurring",
        phrase,
        frequencies,
        periods: /báo cáo/iu.test(near) ? "decree-09" : "calendar",
        dueDay: null,
        startsOn,
      },
      start,
      end,
      priority: 5,
      warnings: [],
    });
  }
};
