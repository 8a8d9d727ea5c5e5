/**
 * “Within N days” deadline phrases: “trong vòng 10 ngày làm việc kể từ ngày nhận được văn bản”,
 * counted from a stated date (“kể từ ngày 01/7/2025”), from the notice (“kể từ ngày ký”), or — for
 * an event without a date — kept with `from.on: null` and a `deadline-event-date` warning naming the
 * event. Internal to `deadline-phrase.ts`.
 */
import { type DeadlineRule, IsoDate } from "@dondoc/domain";

import * as DateText from "./date-text.js";
import { type Context, type Found, NUM, type Warning, WORDS, warning } from "./deadline-found.js";
import { squash } from "./normalize.js";
import * as YearInference from "./year-inference.js";

const WITHIN =
  /(?<![\p{L}\d])(?:trong|trong vòng|trong thời hạn|trong thời gian|thời hạn là|chậm nhất|không quá|tối đa|chậm nhất sau)\s+(\d{1,3})\s*(ngày làm việc|ngày|tuần|tháng|năm)(?!\s+(?:đầu|cuối)\s+năm)(?!\s+(?:qua|vừa qua|gần đây|trước|liên tiếp|liền))(?:\s*,?\s*(?:kể từ|tính từ|từ)\s+(?:ngày\s+)?([^,.;\n]{0,80}))?/giu;

/** A date at the start of a “kể từ …” label (“ngày” already read). Groups as `DateText`. */
const EVENT_DATE = new RegExp(String.raw`^(?:ngày\s+)?(?:${WORDS}|${NUM})`, "iu");

export const withins = (text: string, ctx: Context, out: Found[]): void => {
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
