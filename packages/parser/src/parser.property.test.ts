import { ParsedNotice } from "@dondoc/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as Parser from "./parser.js";

const words = [
  "1.",
  "2.1",
  "a)",
  "II.",
  "- ",
  "Giao",
  "Sở Tài chính",
  "chủ trì",
  "phối hợp với",
  "các sở, ban, ngành",
  "UBND các huyện: A, B",
  "Đề nghị",
  "trước ngày",
  "15/3",
  "15/3/2024",
  "trong tháng",
  "01/2023",
  "quý II/2024",
  "định kỳ hàng tháng",
  "thường xuyên",
  "khẩn trương",
  "**",
  "###",
  "\n",
  "\r\n",
  ";",
  ":",
  " | ",
  "Nơi nhận:",
  "KT. CHỦ TỊCH",
  "Số: 12/TB-UBND",
  "Hà Nội, ngày 05 tháng 01 năm 2024",
  "e\u0301",
  "\u0000",
];
const noticeLike = fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((ws) => ws.join(" "));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), noticeLike);

const check = (n: ParsedNotice.ParsedNotice): void => {
  expect(ParsedNotice.ParsedNotice.safeParse(n).success).toBe(true);
  const inside = (s: { start: number; end: number } | null): void => {
    if (s === null) return;
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(n.text.length);
  };
  for (const d of n.directives) {
    inside(d.span);
    expect(d.path.length).toBeGreaterThan(0);
    for (const t of d.tasks) {
      inside(t.span);
      inside(t.lead.span);
      inside(t.deadline.span);
      for (const c of t.coordinators) inside(c.span);
    }
  }
  for (const w of n.warnings) inside(w.span);
  for (const r of n.notice.references) inside(r.span);
};

describe("Parser.parseText properties", () => {
  it("never throws, returns a valid ParsedNotice and keeps every span inside the text", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        check(Parser.parseText(s));
      }),
      { numRuns: 400 },
    );
  });

  it("puts every task under a directive that has a path and covers it", () => {
    fc.assert(
      fc.property(noticeLike, (s) => {
        const n = Parser.parseText(s);
        for (const d of n.directives) for (const t of d.tasks) expect(t.span.start).toBeGreaterThanOrEqual(0);
        expect(n.directives.every((d) => typeof d.path === "string" && d.path.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("returns NFC text without carriage returns", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = Parser.parseText(s);
        expect(n.text).toBe(n.text.normalize("NFC"));
        expect(n.text.includes("\r")).toBe(false);
      }),
    );
  });

  it("copes with a 5 MB notice", () => {
    const one =
      "1. Giao Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành rà soát, hoàn thành trước ngày 15/3/2024.\n";
    const big = one.repeat(Math.ceil((5 * 1024 * 1024) / one.length));
    const n = Parser.parseText(big);
    expect(n.directives.length).toBeGreaterThan(1000);
    expect(n.warnings.map((w) => w.code)).not.toContain("parser-defect");
  }, 60_000);
});
