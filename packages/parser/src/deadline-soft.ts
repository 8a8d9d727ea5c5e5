/**
 * Deadline phrases without a date: “đúng tiến độ” (follows a schedule), “thường xuyên” (ongoing),
 * “khẩn trương”, “xử lý ngay” (urgent). Internal to `deadline-phrase.ts`.
 */
import { type Context, type Found, isClauseStart } from "./deadline-found.js";
import { squash } from "./normalize.js";

const ONGOING = /(?<![\p{L}\d])thường xuyên(?![\p{L}\d])/giu;

const URGENT =
  /(?<![\p{L}\d])(khẩn trương|khẩn cấp|ngay lập tức|hỏa tốc|hoả tốc|(?:thực hiện|triển khai|xử lý|báo cáo|khắc phục|chấn chỉnh|tổ chức|kiểm tra|rà soát|dừng|di dời|tháo dỡ|ngăn chặn)\s+ngay(?:\s+sau khi[^,.;\n]{0,60})?)(?![\p{L}\d])/giu;

const SCHEDULE =
  /(?<![\p{L}\d])(?:đúng|theo|bảo đảm|đảm bảo)\s+tiến độ(?:\s+(?:được\s+)?(?:phê duyệt|đề ra|quy định|yêu cầu))?/giu;

export const softKinds = (text: string, ctx: Context, out: Found[]): void => {
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
