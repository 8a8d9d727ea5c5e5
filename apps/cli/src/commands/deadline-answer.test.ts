import { PolicyPack, WorkingCalendar } from "@dondoc/domain";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import { answer } from "./deadline-answer.js";

const calendar = WorkingCalendar.vietnam();
const ask = (phrase: string, from: string) => {
  const r = answer(phrase, from, calendar, PolicyPack.national);
  if (Result.isFailure(r)) throw new Error(`no answer: ${r.failure._tag}`);
  return r.success;
};
const codes = (a: { warnings: ReadonlyArray<{ code: string }> }) => a.warnings.map((w) => w.code);

describe("the answer of `dondoc deadline`", () => {
  it.each([
    // [phrase, notice date, due date, time, a warning that must be there]
    ["trước 17 giờ ngày 20/3/2025", "2025-03-01", "2025-03-20", "17:00", null],
    ["chậm nhất 16 giờ 30 ngày 14/5/2025", "2025-05-02", "2025-05-14", "16:30", null],
    ["trước 10h00 ngày 06/6/2025", "2025-06-01", "2025-06-06", "10:00", null],
    ["trước ngày 30/6", "2025-03-10", "2025-06-27", null, "year-inferred"],
    ["chậm nhất ngày 15/8", "2025-09-01", "2026-08-17", null, "year-inferred"],
    ["6 tháng đầu năm 2025", "2025-01-10", "2025-06-30", null, null],
    ["nửa đầu tháng 8/2025", "2025-07-01", "2025-08-15", null, null],
    ["quý I năm sau", "2025-10-20", "2026-03-31", null, null],
    ["giai đoạn 2025 - 2026", "2025-02-01", "2026-12-31", null, null],
    ["trong 15 ngày kể từ ngày 01/7/2025", "2025-06-10", "2025-07-16", null, null],
    ["trước ngày 25/12 hằng năm", "2025-03-01", "2025-12-24", null, null],
    ["trong tháng 01/2023", "2023-06-01", "2023-01-31", null, "deadline-before-issue"],
    ["trong năm 2027", "2025-06-01", "2027-12-31", null, "provisional-calendar"],
    ["định kỳ hằng quý, trước ngày 15 của tháng cuối quý", "2025-04-02", "2025-06-13", null, null],
    ["báo cáo định kỳ tháng 8/2026", "2026-03-01", "2026-08-25", null, null],
    ["6 tháng một lần", "2025-03-01", "2025-07-25", null, null],
    ["Hàng năm", "2025-03-01", "2026-01-26", null, null],
  ] as const)("“%s” from %s is due %s (%s)", (phrase, from, due, time, code) => {
    const a = ask(phrase, from);
    expect(a.dueOn).toBe(due);
    expect(a.time).toBe(time);
    if (code !== null) expect(codes(a)).toContain(code);
  });

  it("names an impossible date and gives no due date", () => {
    const a = ask("chậm nhất ngày 31/02/2027", "2026-12-01");
    expect(a.dueOn).toBeNull();
    expect(codes(a)).toEqual(["invalid-date"]);
    expect(a.warnings[0]?.message).toContain("31/2/2027");
  });

  it("keeps both deadlines of one phrase and warns", () => {
    const a = ask("chậm nhất ngày 15/4/2025 và ngày 15/10/2025", "2025-03-01");
    expect(a.dueOn).toBe("2025-10-15");
    expect(a.also.map((o) => o.dueOn)).toEqual(["2025-04-15"]);
    expect(codes(a)).toContain("multiple-deadlines");
  });

  it("gives no date for a count from an event without a date, naming the event", () => {
    const a = ask("trong 10 ngày làm việc kể từ ngày nhận được văn bản", "2025-03-03");
    expect(a.dueOn).toBeNull();
    expect(codes(a)).toContain("deadline-event-date");
    expect(a.warnings.find((w) => w.code === "deadline-event-date")?.message).toContain("nhận được văn bản");
  });
});
