import * as Effect from "effect/Effect";
import * as Result from "effect/Result";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as ReportBundle from "../report-bundle.js";
import * as ReportData from "../report-data.js";
import * as ReportPeriod from "../report-period.js";
import { calendar } from "../test-support/calendar.js";
import { generate } from "../test-support/generate.js";
import * as Json from "./json.js";
import * as Render from "./render.js";

const bundle = ReportBundle.build(Result.getOrThrow(ReportData.parse(generate(2_000))), {
  period: ReportPeriod.of("month", 2024, 5),
  at: "2024-06-05",
  calendar,
});

describe("Json.prettyPieces", () => {
  it("concatenates to JSON.stringify(value, null, 2) at any depth", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        expect([...Json.prettyPieces(value, depth)].join("")).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });

  it("leaves out undefined members and prints undefined array items as null, as JSON does", () => {
    const value = { a: undefined, b: [undefined, 1, { c: undefined, d: new Date(0) }], e: {} };
    expect([...Json.prettyPieces(value)].join("")).toBe(JSON.stringify(value, null, 2));
  });
});

describe("Render.chunks", () => {
  it("writes the JSON report in pieces of about 64 KiB that make the same bytes as render", async () => {
    const whole = await Effect.runPromise(Render.render(bundle, { format: "json" }));
    const parts = [...(await Effect.runPromise(Render.chunks(bundle, { format: "json" })))];
    expect(parts.length).toBeGreaterThan(10);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(256 * 1024);
    expect(Buffer.concat(parts).equals(Buffer.from(whole))).toBe(true);
  });

  it("gives the other formats as one chunk", async () => {
    const parts = [...(await Effect.runPromise(Render.chunks(bundle, { format: "csv" })))];
    expect(parts).toHaveLength(1);
  });
});

describe("Json.pieces", () => {
  it("ends with the newline render adds", () => {
    expect([...Json.pieces(bundle)].join("").endsWith("}\n")).toBe(true);
  });
});
