import { describe, expect, it } from "vitest";

import * as Progress from "./progress.js";

const sink = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, isTTY, write: (s: string) => written.push(s) };
};

describe("Progress", () => {
  it("draws the step and a bar in place on a terminal, and clears the line when done", () => {
    const tty = sink(true);
    const p = Progress.start(["đọc dữ liệu", "lập báo cáo"], tty);
    p.step(0);
    p.step(1, "34.166 nhiệm vụ");
    p.done();
    const clear = "\r\x1b[2K";
    expect(tty.written[0]).toBe(`${clear}${"░".repeat(20)} 1/2 đọc dữ liệu`);
    expect(tty.written[1]).toBe(`${clear}${"█".repeat(10)}${"░".repeat(10)} 2/2 lập báo cáo 34.166 nhiệm vụ`);
    expect(tty.written.at(-1)).toBe("\r\x1b[2K");
  });

  it("writes nothing when standard error is not a terminal", () => {
    const pipe = sink(false);
    const p = Progress.start(["đọc dữ liệu"], pipe);
    p.step(0);
    p.done();
    expect(pipe.written).toEqual([]);
  });
});
