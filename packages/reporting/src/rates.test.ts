import { describe, expect, it } from "vitest";

import * as Rates from "./rates.js";

describe("Rates", () => {
  // Báo cáo 1270/BC-TCTTTg (2017): 14,068 on time, 1,983 late, 5,640 within deadline, 223 overdue.
  const bc1270 = { doneOnTime: 14_068, doneLate: 1_983, openInTime: 5_640, openOverdue: 223 };

  it("reproduces the Government Office's 98,62% for 2017, late completions counted as done", () => {
    const r = Rates.of(bc1270);
    expect(r.due).toBe(16_274);
    expect(Rates.format(r.completion)).toBe("98,62%");
  });

  it("gives the strict on-time rate on the same denominator, about 12 points lower", () => {
    const r = Rates.of(bc1270);
    expect(Rates.format(r.onTime)).toBe("86,44%");
    expect(Rates.format(r.onTime, "en")).toBe("86.44%");
  });

  it("reproduces the 2,501 ÷ 2,723 = 91,8% example (tasks due, done)", () => {
    const r = Rates.of({ doneOnTime: 2_501, doneLate: 0, openInTime: 3_549, openOverdue: 222 });
    expect(Rates.format(r.completion)).toBe("91,84%");
  });

  it("has no rate when nothing is due, shown as a dash", () => {
    expect(Rates.of({ doneOnTime: 0, doneLate: 0, openInTime: 5, openOverdue: 0 })).toEqual({
      completion: null,
      onTime: null,
      due: 0,
    });
    expect(Rates.format(null)).toBe("—");
  });

  it("divides by every task when the policy counts all tasks", () => {
    const r = Rates.of({ doneOnTime: 1, doneLate: 1, openInTime: 2, openOverdue: 0 }, "all-tasks");
    expect(r.completion).toBe(0.5);
    expect(r.onTime).toBe(0.5);
  });

  it.each([
    [0.29, "29,00%"],
    [1, "100,00%"],
    [0, "0,00%"],
    [2 / 3, "66,66%"],
  ])("formats %s as %s", (rate, text) => {
    expect(Rates.format(rate)).toBe(text);
  });
});
