import { describe, expect, it } from "vitest";

import * as Logger from "./logger.js";

describe("Logger", () => {
  it("writes one JSON object per line with the level label, an ISO time, the message and the fields", () => {
    const lines: string[] = [];
    const log = Logger.create("info", (line) => lines.push(line), "json");
    log.log("info", "request", { requestId: "r-1", status: 200 });
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] ?? "");
    expect(record).toMatchObject({ level: "info", msg: "request", requestId: "r-1", status: 200 });
    expect(new Date(record.time).toISOString()).toBe(record.time);
  });

  it("drops what is below the threshold, and everything when silent", () => {
    const lines: string[] = [];
    const warn = Logger.create("warn", (line) => lines.push(line), "json");
    warn.log("info", "not shown");
    warn.log("error", "shown");
    Logger.create("silent", (line) => lines.push(line)).log("error", "never");
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(["shown"]);
  });
});
