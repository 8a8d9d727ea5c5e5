import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { ParsedNotice } from "@dondoc/domain";
import { Parser } from "@dondoc/parser";
import type { z } from "@hono/zod-openapi";
import { describe, expect, expectTypeOf, it } from "vitest";

import { Parsed } from "./parsed-schema.js";

const fixtures = join(import.meta.dirname, "../../../seeds");
const notices = readdirSync(fixtures).filter((f) => f.endsWith(".txt"));

describe("the documented ParsedNotice", () => {
  it("is the domain's ParsedNotice type", () => {
    expectTypeOf<z.infer<typeof Parsed>>().toEqualTypeOf<ParsedNotice.ParsedNotice>();
  });

  it.each(notices)("reads the parser's output of %s exactly as the domain's schema does", (name) => {
    const parsed = Parser.parseText(readFileSync(join(fixtures, name), "utf8"));
    expect(Parsed.parse(parsed)).toEqual(ParsedNotice.ParsedNotice.parse(parsed));
  });

  it("refuses what the domain's schema refuses", () => {
    const parsed = Parser.parseText(readFileSync(join(fixtures, notices[0] ?? ""), "utf8"));
    const broken = { ...parsed, warnings: [{ code: "x", message: "y", span: { start: 5, end: 1 } }] };
    expect(ParsedNotice.ParsedNotice.safeParse(broken).success).toBe(false);
    expect(Parsed.safeParse(broken).success).toBe(false);
  });
});
