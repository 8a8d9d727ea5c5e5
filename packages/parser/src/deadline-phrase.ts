/**
 * DeadlinePhrase — reads the deadline (thời hạn) of a task from its wording and maps it to exactly
 * one `DeadlineRule` of the domain: “chậm nhất ngày 08/01/2024”, “trước ngày 15/3/2024”, “trong
 * tháng 01/2023”, “trong quý II/2024”, “6 tháng đầu năm”, “trong năm 2023”, “cuối tháng 3/2024”,
 * “trong vòng 10 ngày làm việc kể từ ngày nhận được văn bản”, “định kỳ hàng tháng”, “định kỳ theo
 * quý, 06 tháng và năm”, “thường xuyên”, “khẩn trương”, “đúng tiến độ”. Rules are written from the
 * language of Decree 30/2020/NĐ-CP administrative documents, not from particular files: a date
 * counts only after a deadline cue (“chậm nhất”, “trước”, “hoàn thành”, “xong”, “hạn”), so the
 * dates of cited documents (“Nghị định số 32/2024/NĐ-CP ngày 15/3/2024”) are never read as deadlines.
 * A date without its year (“trước ngày 15/3”) is reported, never completed by guessing.
 */
import { DeadlineRule, IsoDate, type ParsedNotice, PolicyPack, WorkingCalendar } from "@dondoc/domain";
import { Result } from "effect";

import * as DateText from "./date-text.js";
import { squash } from "./normalize.js";
import * as YearInference from "./year-inference.js";

type Rule = DeadlineRule.DeadlineRule;
type Kind = DeadlineRule.DeadlineKind;
type Warning = ParsedNotice.ParseWarning;
type Frequency = DeadlineRule.Frequency;

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

const NUM = DateText.NUMERIC;
const WORDS = DateText.WORDS;
/** A time of day before the date: “14 giờ, ngày …”, “17h00 ngày …”. */
const TIME = String.raw`(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}\s*(?:phút)?)?\s*,?\s*(?:ngày\s+)?)?`;
const DATE = String.raw`(?:ngày\s+)?(?:${WORDS}|${NUM})`;
/** “Thời hạn:”, “Thời gian hoàn thành:” — a label that makes what follows a deadline. */
const LABEL = String.raw`(?:thời hạn|thời gian)(?:\s+(?:hoàn thành|thực hiện|báo cáo|nộp|gửi))?\s*:`;

const ON_DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(chậm nhất|muộn nhất|hạn chót|hạn cuối|trước|hạn|hoàn thành|xong|đến hết|đến|trong|${LABEL})\s*(?:là\s+|vào\s+|trong\s+)?${TIME}${DATE}`,
  "giud",
);
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
/** A verb of completion shortly before a period makes the period a deadline. */
const COMPLETION =
  /(?:hoàn thành|xong|thực hiện|triển khai|ban hành|trình|phê duyệt|báo cáo|gửi)[^.;,]{0,25}$/iu;
const WITHIN =
  /(?<![\p{L}\d])(?:trong|trong vòng|trong thời hạn|trong thời gian|thời hạn là|chậm nhất|không quá|tối đa|chậm nhất sau)\s+(\d{1,3})\s*(ngày làm việc|ngày|tuần|tháng|năm)(?!\s+(?:đầu|cuối)\s+năm)(?!\s+(?:qua|vừa qua|gần đây|trước|liên tiếp|liền))(?:\s*,?\s*(?:kể từ|tính từ|từ)\s+(?:ngày\s+)?([^,.;\n]{0,80}))?/giu;
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
const ONGOING = /(?<![\p{L}\d])thường xuyên(?![\p{L}\d])/giu;
const URGENT =
  /(?<![\p{L}\d])(khẩn trương|khẩn cấp|ngay lập tức|hỏa tốc|hoả tốc|(?:thực hiện|triển khai|xử lý|báo cáo|khắc phục|chấn chỉnh|tổ chức|kiểm tra|rà soát|dừng|di dời|tháo dỡ|ngăn chặn)\s+ngay(?:\s+sau khi[^,.;\n]{0,60})?)(?![\p{L}\d])/giu;
const SCHEDULE =
  /(?<![\p{L}\d])(?:đúng|theo|bảo đảm|đảm bảo)\s+tiến độ(?:\s+(?:được\s+)?(?:phê duyệt|đề ra|quy định|yêu cầu))?/giu;

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

/** The cue word, with a “Thời hạn: …” label read as “trong” (or “trước” when it says so). */
const cueOf = (raw: string | undefined): string => {
  const c = (raw ?? "").toLowerCase();
  if (!/^thời (?:hạn|gian)/u.test(c)) return c;
  return /trước\s*$/u.test(c) ? "trước" : "trong";
};

const isClauseStart = (text: string, index: number): boolean =>
  /(?:^|[.;:!?\n(]|\s[-–+•])\s*$/u.test(text.slice(Math.max(0, index - 6), index)) || index === 0;

const warning = (code: string, message: string, start: number, end: number): Warning => ({
  code,
  message,
  span: { start, end },
});

interface Found {
  kind: Kind;
  rule: Rule | null;
  start: number;
  end: number;
  priority: number;
  warnings: Warning[];
  /** Findings inside this one are part of it (“báo cáo định kỳ tháng 8/2026” holds “tháng 8/2026”). */
  absorbs?: boolean;
}

const yearOf = (ctx: Context): number | null =>
  ctx.issuedOn === null || ctx.issuedOn === undefined ? null : Number(ctx.issuedOn.slice(0, 4));

const missingYear = (start: number, end: number, what: string): Warning =>
  warning(
    "year-missing",
    `Thời hạn “${what}” không ghi năm: chưa xác định được ngày đến hạn, cần kiểm tra lại.`,
    start,
    end,
  );

/** A deadline whose year the notice does not give: no rule, and a `year-missing` warning. */
const yearless = (
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

/** “17 giờ”, “10h00”, “16 giờ 30”, “16 giờ 30 phút”: the hour and minute of a time of day. */
const HOUR = /(\d{1,2})\s*(?:giờ|h)(?:\s*(\d{1,2})(?:\s*phút)?)?/iu;

/** The `HH:mm` written in `s`, `null` when there is none, `"invalid"` for 25 giờ or 17h75. */
const timeIn = (s: string): string | null | "invalid" => {
  const m = HOUR.exec(s);
  if (m === null) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (!(h >= 0 && h <= 23 && min >= 0 && min <= 59)) return "invalid";
  return `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
};

/** A second date joined to a dated phrase: “chậm nhất ngày 15/4/2025 và ngày 15/10/2025”. */
const AND_DATE = new RegExp(
  String.raw`^\s*(?:,|và|hoặc|;)\s*(?:(?:chậm nhất|trước|đến)\s+)?(?:ngày\s+)?(?:${WORDS}|${NUM})`,
  "iu",
);

/** One dated phrase: its rule (year inferred when missing) and warnings. */
const dated = (
  text: string,
  ctx: Context,
  cue: string,
  written: DateText.WrittenDate,
  start: number,
  end: number,
  time: string | null | "invalid",
): Found => {
  const phrase = squash(text.slice(start, end));
  const reading = cue === "trước" ? "before" : "by";
  const warnings: Warning[] = [];
  let iso = DateText.toIso(written);
  if (written.year === null) {
    const inferred = YearInference.dayMonth(written.day, written.month, ctx.issuedOn);
    if (inferred._tag === "NoAnchor") return yearless("on-date", 1, start, end, phrase);
    if (inferred._tag === "Date") {
      iso = inferred.iso;
      warnings.push(
        warning(
          "year-inferred",
          `Thời hạn “${phrase}” không ghi năm: đã hiểu là ngày ${IsoDate.formatVi(inferred.iso)} (ngày ${written.day}/${written.month} đầu tiên kể từ ngày ban hành văn bản), cần kiểm tra lại.`,
          start,
          end,
        ),
      );
    }
  }
  if (iso === null) {
    return {
      kind: "on-date",
      rule: null,
      start,
      end,
      priority: 1,
      warnings: [
        warning(
          "invalid-date",
          `Ngày ${written.day}/${written.month}${written.year === null ? "" : `/${written.year}`} trong “${phrase}” không tồn tại trong lịch.`,
          start,
          end,
        ),
      ],
    };
  }
  if (ctx.issuedOn && iso < ctx.issuedOn) {
    warnings.push(
      warning(
        "deadline-before-issue",
        `Thời hạn ${phrase} sớm hơn ngày ban hành văn bản: có thể ghi nhầm năm, cần kiểm tra lại.`,
        start,
        end,
      ),
    );
  }
  if (time === "invalid") {
    warnings.push(
      warning(
        "invalid-time",
        `Giờ trong “${phrase}” không hợp lệ: đã bỏ qua giờ, tính hạn hết ngày.`,
        start,
        end,
      ),
    );
  }
  const rule: Rule =
    typeof time === "string" && time !== "invalid"
      ? { kind: "on-date", phrase, date: iso, reading, time }
      : { kind: "on-date", phrase, date: iso, reading };
  return { kind: "on-date", rule, start, end, priority: 1, warnings };
};

const onDates = (text: string, ctx: Context, out: Found[]): void => {
  for (const m of text.matchAll(ON_DATE)) {
    const cue = cueOf(m[1]);
    const written = DateText.fromGroups(m[2] ?? m[5], m[3] ?? m[6], m[4] ?? m[7]);
    if (written === null) continue;
    // “trong ngày 15/3” is a date; “trong 15/3” is not a phrase notices use.
    if (cue === "trong" && !/ngày/iu.test(m[0])) continue;
    if (cue === "đến" && !/ngày/iu.test(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (written.year === null) {
      // “trước ngày 25/12 hằng năm”: a yearly duty, not a date without its year.
      const yearly = /^\s*(?:hàng|hằng|của mỗi|mỗi)\s+năm/iu.exec(text.slice(end, end + 20));
      if (yearly !== null) {
        const last = end + yearly[0].length;
        const day = written.day;
        const month = written.month;
        if (!YearInference.isPossible(day, month)) continue;
        out.push({
          kind: "recurring",
          rule: {
            kind: "recurring",
            phrase: squash(text.slice(start, last)),
            frequencies: ["annual"],
            periods: "calendar",
            dueDay: day,
            startsOn: ctx.issuedOn ?? null,
            dueMonthOffset: month - 12,
            ...(cue === "trước" ? { reading: "before" as const } : {}),
          },
          start,
          end: last,
          priority: 5,
          warnings: [],
        });
        continue;
      }
    }
    // The hour is written before the date (“trước 17 giờ ngày 20/3/2025”).
    const dayAt = m.indices?.[2]?.[0] ?? m.indices?.[5]?.[0] ?? end;
    const time = timeIn(text.slice(start + (m[1] ?? "").length, dayAt));
    out.push(dated(text, ctx, cue, written, start, end, time));
    // “… và ngày 15/10/2025”: a second deadline joined to the first, kept, never dropped silently.
    let tail = end;
    for (let k = 0; k < 4; k++) {
      const more = AND_DATE.exec(text.slice(tail));
      if (more === null) break;
      const w2 = DateText.fromGroups(more[1] ?? more[4], more[2] ?? more[5], more[3] ?? more[6]);
      if (w2 === null) break;
      const s2 = tail + (more[0].length - more[0].trimStart().length);
      const e2 = tail + more[0].length;
      const lead = /^\s*(?:,|và|hoặc|;)\s*/iu.exec(more[0]);
      out.push(dated(text, ctx, cue, w2, s2 + (lead === null ? 0 : lead[0].trimStart().length), e2, null));
      tail = e2;
    }
  }
};

const NOTHING: ReadonlyArray<RegExpExecArray> = [];
/** Runs `re` only when `lower` holds `word` (most texts hold none of the cues). */
const scan = (re: RegExp, text: string, lower: string, ...words: string[]): Iterable<RegExpExecArray> =>
  words.some((w) => lower.includes(w)) ? text.matchAll(re) : NOTHING;

const PART: Record<string, "early" | "mid" | "late"> = { đầu: "early", giữa: "mid", cuối: "late" };

/** A bare period (no cue) is a deadline in a table cell, at the start of a clause, or after a verb of completion. */
const isDeadlineSpot = (text: string, start: number, ctx: Context): boolean =>
  ctx.cell === true ||
  isClauseStart(text, start) ||
  COMPLETION.test(text.slice(Math.max(0, start - 40), start));

const inferredYear = (start: number, end: number, phrase: string, year: number): Warning =>
  warning(
    "year-inferred",
    `Thời hạn “${phrase}” không ghi năm: đã hiểu là năm ${year} (kỳ đầu tiên chưa kết thúc vào ngày ban hành văn bản), cần kiểm tra lại.`,
    start,
    end,
  );

const push = (
  out: Found[],
  rule: Rule,
  start: number,
  end: number,
  priority: number,
  warnings: Warning[] = [],
) => out.push({ kind: rule.kind, rule, start, end, priority, warnings });

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

const periods = (text: string, ctx: Context, out: Found[]): void => {
  const lower = text.toLowerCase();
  months(text, ctx, out, lower);
  quarters(text, ctx, out, lower);
  halves(text, ctx, out, lower);
  years(text, ctx, out, lower);
};

/** A date at the start of a “kể từ …” label (“ngày” already read). Groups as `DateText`. */
const EVENT_DATE = new RegExp(String.raw`^(?:ngày\s+)?(?:${WORDS}|${NUM})`, "iu");

const withins = (text: string, ctx: Context, out: Found[]): void => {
  for (const m of text.matchAll(WITHIN)) {
    const amount = Number(m[1]);
    if (!(amount > 0)) continue;
    const unitWord = (m[2] ?? "").toLowerCase();
    const unit: DeadlineRule.DurationUnit =
      unitWord === "ngày làm việc"
        ? "working-days"
        : unitWord === "ngày"
          ? "days"
          : unitWord === "tuần"
            ? "weeks"
            : unitWord === "tháng"
              ? "months"
              : "years";
    const raw = m[3] === undefined ? null : squash(m[3]);
    const start = m.index;
    const end = start + m[0].length;
    const phrase = squash(m[0]);
    const warnings: Warning[] = [];
    // “kể từ ngày 01/7/2025”: the event's own date is written, and counting starts from it.
    const stated = raw === null ? null : EVENT_DATE.exec(raw);
    let statedOn: string | null = null;
    if (stated !== null) {
      const w = DateText.fromGroups(stated[1] ?? stated[4], stated[2] ?? stated[5], stated[3] ?? stated[6]);
      if (w !== null && w.year !== null) statedOn = DateText.toIso(w);
      else if (w !== null) {
        const inferred = YearInference.dayMonth(w.day, w.month, ctx.issuedOn);
        if (inferred._tag === "Date") {
          statedOn = inferred.iso;
          warnings.push(
            warning(
              "year-inferred",
              `Ngày bắt đầu tính thời hạn trong “${phrase}” không ghi năm: đã hiểu là ${IsoDate.formatVi(inferred.iso)}, cần kiểm tra lại.`,
              start,
              end,
            ),
          );
        }
      }
      if (statedOn === null) {
        out.push({
          kind: "within",
          rule: null,
          start,
          end,
          priority: 2,
          warnings: [
            warning(
              "invalid-date",
              `Ngày bắt đầu tính thời hạn trong “${phrase}” không tồn tại trong lịch.`,
              start,
              end,
            ),
          ],
        });
        continue;
      }
    }
    const label =
      raw === null ? null : /từ\s+ngày\s/iu.test(m[0]) && !/^ngày\s/iu.test(raw) ? `ngày ${raw}` : raw;
    const event =
      label === null
        ? "notice-issued"
        : statedOn !== null
          ? "other"
          : /nhận được|tiếp nhận|nhận văn bản/iu.test(label)
            ? "received"
            : /họp/iu.test(label)
              ? "meeting"
              : /ban hành|ký|thông báo này|văn bản này|kết luận này/iu.test(label)
                ? "notice-issued"
                : "other";
    const on = statedOn ?? (event === "notice-issued" ? (ctx.issuedOn ?? null) : null);
    if (on === null && event !== "notice-issued") {
      warnings.push(
        warning(
          "deadline-event-date",
          `Thời hạn “${phrase}” tính từ “${label ?? "một sự kiện"}” nhưng văn bản không ghi ngày đó: chưa tính được hạn, cần nhập ngày bắt đầu tính.`,
          start,
          end,
        ),
      );
    }
    out.push({
      kind: "within",
      rule: { kind: "within", phrase, amount, unit, from: { event, label, on } },
      start,
      end,
      priority: 2,
      warnings,
    });
  }
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

const recurring = (text: string, ctx: Context, out: Found[]): void => {
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

const softKinds = (text: string, ctx: Context, out: Found[]): void => {
  for (const m of text.matchAll(SCHEDULE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/đẩy nhanh\s+$/iu.test(text.slice(Math.max(0, start - 12), start))) continue;
    out.push({
      kind: "follow-schedule",
      rule: { kind: "follow-schedule", phrase: squash(m[0]) },
      start,
      end,
      priority: 6,
      warnings: [],
    });
  }
  for (const m of text.matchAll(ONGOING)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 30);
    const adverb =
      /^\s+(?:theo dõi|kiểm tra|rà soát|cập nhật|báo cáo|đôn đốc|giám sát|phối hợp|chỉ đạo|hướng dẫn|tuyên truyền)/iu.test(
        after,
      );
    if (
      !ctx.cell &&
      !isClauseStart(text, start) &&
      !adverb &&
      !/một cách\s+$/iu.test(text.slice(Math.max(0, start - 12), start))
    )
      continue;
    out.push({
      kind: "ongoing",
      rule: { kind: "ongoing", phrase: squash(m[0]) },
      start,
      end,
      priority: 7,
      warnings: [],
    });
  }
  for (const m of text.matchAll(URGENT)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({
      kind: "urgent",
      rule: { kind: "urgent", phrase: squash(m[0]) },
      start,
      end,
      priority: 8,
      warnings: [],
    });
  }
};

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
