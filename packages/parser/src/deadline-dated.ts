/**
 * Dated deadline phrases: “chậm nhất ngày 08/01/2024”, “trước ngày 15/3/2024”, “trước 17 giờ ngày
 * 20/3/2025” (the hour fills the rule's `time`), a date without its year taken as the first such
 * date on or after the notice (`year-inferred`), an impossible date named (`invalid-date`), and a
 * second date joined to the first (“… và ngày 15/10/2025”). Internal to `deadline-phrase.ts`.
 */
import { IsoDate } from "@dondoc/domain";

import * as DateText from "./date-text.js";
import {
  type Context,
  cueOf,
  type Found,
  LABEL,
  NUM,
  type Rule,
  type Warning,
  WORDS,
  warning,
  yearless,
} from "./deadline-found.js";
import { squash } from "./normalize.js";
import * as YearInference from "./year-inference.js";

/** A time of day before the date: “14 giờ, ngày …”, “17h00 ngày …”. */
const TIME = String.raw`(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}\s*(?:phút)?)?\s*,?\s*(?:ngày\s+)?)?`;

const DATE = String.raw`(?:ngày\s+)?(?:${WORDS}|${NUM})`;

const ON_DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(chậm nhất|muộn nhất|hạn chót|hạn cuối|trước|hạn|hoàn thành|xong|đến hết|đến|trong|${LABEL})\s*(?:là\s+|vào\s+|trong\s+)?${TIME}${DATE}`,
  "giud",
);

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

export const onDates = (text: string, ctx: Context, out: Found[]): void => {
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
