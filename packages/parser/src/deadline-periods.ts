/**
 * Period deadline phrases: months, quarters and their parts (đầu/giữa/cuối, nửa đầu/cuối tháng),
 * spans of months (“6 tháng đầu năm 2025”, “nửa cuối năm”), years and ranges of years (“giai đoạn
 * 2025 - 2026”), and periods relative to the notice (“quý I năm sau”, “trong tháng tới”). A month
 * or quarter without its year is the first one not yet over. Internal to `deadline-phrase.ts`.
 */
import { type DeadlineRule, IsoDate } from "@dondoc/domain";

import * as DateText from "./date-text.js";
import {
  type Context,
  cueOf,
  type Found,
  inferredYear,
  isClauseStart,
  isDeadlineSpot,
  LABEL,
  PART,
  push,
  type Rule,
  scan,
  type Warning,
  yearless,
  yearOf,
} from "./deadline-found.js";
import { squash } from "./normalize.js";
import * as YearInference from "./year-inference.js";

const YW = YearInference.YEAR_WORD;

/** Groups: 1 cue, 2 month, 3 year after “/”, 4 year word after “năm”. */
const MONTH = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(trong|xong trong|trước|cuối|đầu|giữa|nửa đầu|nửa cuối|hết|đến hết|vào|chậm nhất trong|${LABEL}(?:\s*trong)?)\s*)?tháng\s+(\d{1,2})(?:\s*[/-]\s*(\d{4})|\s+năm\s+${YW})?(?![\d/])`,
  "giu",
);

/** Groups: 1 cue, 2 quarter, 3 year after “/”, 4 year word after “năm”. */
const QUARTER = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(trong|xong trong|hoàn thành trong|trước|cuối|đầu|giữa|hết|đến hết|vào|chậm nhất trong|${LABEL}(?:\s*trong)?)\s*)?quý\s+(IV|I{1,3}|[1-4])(?:\s*[/-]\s*(\d{4})|\s+năm\s+${YW})?(?![\d/\p{L}])`,
  "giu",
);

/** “6 tháng đầu năm 2025”, “9 tháng đầu năm”, “3 tháng cuối năm sau”. Groups: 1 cue, 2 count, 3 đầu/cuối, 4 year. */
const HALF = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(trong|xong trong|hoàn thành trong|trước|hết|đến hết|vào|${LABEL}(?:\s*trong)?)\s*)?(0?3|ba|0?6|sáu|0?9|chín)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+${YW})?(?![\p{L}\d])`,
  "giu",
);

/** “nửa đầu năm”, “nửa cuối năm 2025”. Groups: 1 cue, 2 đầu/cuối, 3 year. */
const HALF_YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(trong|xong trong|hoàn thành trong|trước|hết|đến hết|vào)\s+)?nửa\s+(đầu|cuối)\s+năm(?:\s+${YW})?(?![\p{L}\d])`,
  "giu",
);

const YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(trong|xong trong|hoàn thành trong|trước|cuối|đầu|giữa|hết|đến hết|${LABEL}(?:\s*trong)?)\s*năm\s+(\d{4})(?![\d/\-–—])(?!\s*[-–—]\s*\d{4})`,
  "giu",
);

/** “giai đoạn 2025 - 2026”, “năm 2025 – 2026”: the range ends with its last year. Groups: 1 cue, 2 from, 3 to. */
const RANGE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(trong|xong trong|hoàn thành trong|đến hết|hết|${LABEL}(?:\s*trong)?)\s*)?(?:giai đoạn|các năm|năm)\s+(\d{4})\s*[-–—]\s*(\d{4})(?![\d/])`,
  "giu",
);

/**
 * “trong tháng này”, “quý tới”, “trong năm sau”, “cuối năm sau”: the period of the notice's date, or
 * the next one. Groups: 1 cue, 2 unit, 3 này/nay/tới/sau.
 */
const THIS_PERIOD =
  /(?<![\p{L}\d])(?:(trong|cuối|đầu|giữa|hết|đến hết|ngay trong|xong trong|hoàn thành trong)\s+)?(tháng|quý|năm)\s+(này|nay|tới|sau(?!\s+khi)|kế tiếp)(?![\p{L}\d])/giu;

const YEAR_PART =
  /(?<![\p{L}\d])(cuối|giữa|đầu)\s+năm(?:\s+(nay|\d{4}|tới|sau(?!\s+khi)|kế tiếp))?(?![\d\p{L}])/giu;

/** A deadline cell holding only a year: “Năm 2026”. */
const BARE_YEAR = /^\s*năm\s+(\d{4})(?=\s*\.?\s*$)/iu;

/** Words before “đầu/cuối năm” that make it a span of months, not a part of the year. */
const SPAN_BEFORE = /(?:(?:\d{1,2}|ba|sáu|chín)\s+tháng|nửa)\s+$/iu;

const months = (text: string, ctx: Context, out: Found[], lower: string): void => {
  for (const m of scan(MONTH, text, lower, "tháng")) {
    const cue = cueOf(m[1]);
    if (cue === "" && !ctx.cell && !isClauseStart(text, m.index)) continue;
    const month = Number(m[2]);
    const start = m.index;
    const end = start + m[0].length;
    const phrase = squash(m[0]);
    if (month < 1 || month > 12) continue;
    const warnings: Warning[] = [];
    let year: number | null;
    if (m[3] !== undefined) year = Number(m[3]);
    else if (m[4] !== undefined) year = YearInference.ofWord(m[4], ctx.issuedOn).year;
    else {
      year = YearInference.month(month, ctx.issuedOn);
      if (year !== null) warnings.push(inferredYear(start, end, phrase, year));
    }
    if (year === null) {
      out.push(yearless("end-of-period", 3, start, end, phrase));
      continue;
    }
    let rule: Rule;
    if (cue === "trước") {
      rule = { kind: "on-date", phrase, date: IsoDate.make(year, month, 1), reading: "before" };
    } else if (cue === "nửa đầu" || cue === "nửa cuối") {
      const half = cue === "nửa đầu" ? 1 : 2;
      rule = { kind: "end-of-period", phrase, period: { unit: "half-of-month", year, month, half } };
    } else if (cue === "cuối" || cue === "đầu" || cue === "giữa") {
      rule = {
        kind: "end-of-period",
        phrase,
        period: { unit: "part-of-month", year, month, part: PART[cue] ?? "late" },
      };
    } else {
      rule = { kind: "end-of-period", phrase, period: { unit: "month", year, month } };
    }
    push(out, rule, start, end, 3, warnings);
  }
};

const quarters = (text: string, ctx: Context, out: Found[], lower: string): void => {
  for (const m of scan(QUARTER, text, lower, "quý")) {
    const cue = cueOf(m[1]);
    const quarter = DateText.quarterOf(m[2] ?? "");
    const start = m.index;
    const end = start + m[0].length;
    const phrase = squash(m[0]);
    if (quarter === null) continue;
    if (
      cue === "" &&
      !ctx.cell &&
      !/^\s*(?:xong|hoàn thành)/iu.test(text.slice(Math.max(0, start - 12), start))
    )
      continue;
    const warnings: Warning[] = [];
    let year: number | null;
    if (m[3] !== undefined) year = Number(m[3]);
    else if (m[4] !== undefined) year = YearInference.ofWord(m[4], ctx.issuedOn).year;
    else {
      year = YearInference.quarter(quarter, ctx.issuedOn);
      if (year !== null) warnings.push(inferredYear(start, end, phrase, year));
    }
    if (year === null) {
      out.push(yearless("end-of-period", 3, start, end, phrase));
      continue;
    }
    const rule: Rule =
      cue === "trước"
        ? { kind: "on-date", phrase, date: IsoDate.make(year, quarter * 3 - 2, 1), reading: "before" }
        : cue === "đầu" || cue === "giữa" || cue === "cuối"
          ? {
              kind: "end-of-period",
              phrase,
              period: { unit: "part-of-quarter", year, quarter, part: PART[cue] ?? "late" },
            }
          : { kind: "end-of-period", phrase, period: { unit: "quarter", year, quarter } };
    push(out, rule, start, end, 3, warnings);
  }
};

const halves = (text: string, ctx: Context, out: Found[], lower: string): void => {
  for (const m of scan(HALF, text, lower, "tháng đầu", "tháng cuối")) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] === undefined && !isDeadlineSpot(text, start, ctx)) continue;
    const phrase = squash(m[0]);
    const count = m[2] ?? "";
    const late = (m[3] ?? "").toLowerCase() === "cuối";
    const year = m[4] !== undefined ? YearInference.ofWord(m[4], ctx.issuedOn).year : yearOf(ctx);
    if (year === null) {
      out.push(yearless("end-of-period", 3, start, end, phrase));
      continue;
    }
    let period: DeadlineRule.Period | null;
    if (/9|chín/u.test(count)) period = late ? null : { unit: "nine-months", year };
    else if (/3|ba/u.test(count)) period = { unit: "quarter", year, quarter: late ? 4 : 1 };
    else period = { unit: "half", year, half: late ? 2 : 1 };
    if (period === null) continue;
    push(out, { kind: "end-of-period", phrase, period }, start, end, 3);
  }
  for (const m of scan(HALF_YEAR, text, lower, "nửa")) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] === undefined && !isDeadlineSpot(text, start, ctx)) continue;
    const phrase = squash(m[0]);
    const year = m[3] !== undefined ? YearInference.ofWord(m[3], ctx.issuedOn).year : yearOf(ctx);
    if (year === null) {
      out.push(yearless("end-of-period", 3, start, end, phrase));
      continue;
    }
    const half = (m[2] ?? "").toLowerCase() === "cuối" ? 2 : 1;
    push(out, { kind: "end-of-period", phrase, period: { unit: "half", year, half } }, start, end, 3);
  }
};

const years = (text: string, ctx: Context, out: Found[], lower: string): void => {
  for (const m of scan(YEAR, text, lower, "năm 1", "năm 2")) {
    const cue = cueOf(m[1]);
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    // “các nhiệm vụ trong năm 2023” names work of a year; a deadline opens the clause or follows
    // a verb of completion.
    if (
      cue === "trong" &&
      !ctx.cell &&
      !isClauseStart(text, start) &&
      !/(?:hoàn thành|xong|thực hiện|triển khai|ban hành|trình|phê duyệt)[^.;,]{0,25}$/iu.test(before)
    )
      continue;
    // “6 tháng đầu năm 2025” is a span of months, read by `halves`.
    if (SPAN_BEFORE.test(before)) continue;
    const year = Number(m[2]);
    const phrase = squash(m[0]);
    const rule: Rule =
      cue === "trước"
        ? { kind: "on-date", phrase, date: `${year}-01-01`, reading: "before" }
        : cue === "cuối" || cue === "đầu" || cue === "giữa"
          ? {
              kind: "end-of-period",
              phrase,
              period: { unit: "part-of-year", year, part: PART[cue] ?? "late" },
            }
          : { kind: "end-of-period", phrase, period: { unit: "year", year } };
    push(out, rule, start, end, 4);
  }
  // A table cell that is only a year (“Năm 2026”) is that year's end.
  const bare = ctx.cell === true ? BARE_YEAR.exec(text) : null;
  if (bare !== null) {
    const start = bare.index + (bare[0].length - bare[0].trimStart().length);
    const year = Number(bare[1]);
    const phrase = squash(bare[0]);
    push(
      out,
      { kind: "end-of-period", phrase, period: { unit: "year", year } },
      start,
      start + phrase.length,
      4,
    );
  }
  for (const m of scan(RANGE, text, lower, "giai đoạn", "năm 1", "năm 2")) {
    const start = m.index;
    const end = start + m[0].length;
    const from = Number(m[2]);
    const to = Number(m[3]);
    if (!(from < to && to - from <= 20)) continue;
    const spot =
      ctx.cell === true ||
      (m[1] === undefined ? isClauseStart(text, start) : isDeadlineSpot(text, start, ctx));
    if (!spot) continue;
    const phrase = squash(m[0]);
    push(out, { kind: "end-of-period", phrase, period: { unit: "years", from, to } }, start, end, 4);
  }
  for (const m of scan(
    THIS_PERIOD,
    text,
    lower,
    "tháng này",
    "quý này",
    "năm này",
    "năm nay",
    "tháng tới",
    "quý tới",
    "năm tới",
    "tháng sau",
    "quý sau",
    "năm sau",
    "kế tiếp",
  )) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] === undefined && !ctx.cell && !isClauseStart(text, start)) continue;
    // “quý I năm sau”, “tháng 3 năm tới”: the year of a named quarter or month, read above.
    if (
      /(?:quý\s+(?:IV|I{1,3}|[1-4])|tháng\s+\d{1,2}|tháng\s+(?:đầu|cuối))\s+$/iu.test(
        text.slice(Math.max(0, start - 16), start),
      )
    )
      continue;
    const phrase = squash(m[0]);
    const on = ctx.issuedOn ?? null;
    if (on === null) {
      out.push(yearless("end-of-period", 3, start, end, phrase));
      continue;
    }
    const next = /^(?:tới|sau|kế tiếp)$/iu.test(m[3] ?? "") ? 1 : 0;
    const y0 = Number(on.slice(0, 4));
    const m0 = Number(on.slice(5, 7));
    const unit = (m[2] ?? "").toLowerCase();
    const part = PART[(m[1] ?? "").toLowerCase()];
    let period: DeadlineRule.Period;
    if (unit === "tháng") {
      const total = y0 * 12 + m0 - 1 + next;
      const year = Math.floor(total / 12);
      const month = total - year * 12 + 1;
      period =
        part === undefined ? { unit: "month", year, month } : { unit: "part-of-month", year, month, part };
    } else if (unit === "quý") {
      const total = y0 * 4 + Math.ceil(m0 / 3) - 1 + next;
      const year = Math.floor(total / 4);
      const quarter = total - year * 4 + 1;
      period =
        part === undefined
          ? { unit: "quarter", year, quarter }
          : { unit: "part-of-quarter", year, quarter, part };
    } else {
      const year = y0 + next;
      period = part === undefined ? { unit: "year", year } : { unit: "part-of-year", year, part };
    }
    push(out, { kind: "end-of-period", phrase, period }, start, end, 3);
  }
  for (const m of scan(YEAR_PART, text, lower, "cuối năm", "đầu năm", "giữa năm")) {
    if (m[2] !== undefined) continue; // a written or relative year: read above
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 16), start);
    if (SPAN_BEFORE.test(before)) continue;
    if (!ctx.cell && !/(?:trước|trong|vào|đến|hoàn thành|xong)\s+$/iu.test(before)) continue;
    const phrase = squash(m[0]);
    const year = yearOf(ctx);
    if (year === null) {
      out.push(yearless("end-of-period", 4, start, end, phrase));
      continue;
    }
    const part = PART[(m[1] ?? "").toLowerCase()] ?? "late";
    push(out, { kind: "end-of-period", phrase, period: { unit: "part-of-year", year, part } }, start, end, 4);
  }
};

export const periods = (text: string, ctx: Context, out: Found[]): void => {
  const lower = text.toLowerCase();
  months(text, ctx, out, lower);
  quarters(text, ctx, out, lower);
  halves(text, ctx, out, lower);
  years(text, ctx, out, lower);
};
