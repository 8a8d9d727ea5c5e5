/**
 * Scores the parser on the labelled notices of `test/corpus/` (real notices and letters, copied
 * into the repository so the test runs on every clone and in CI) with the corpus's own scorer,
 * `test/corpus/score.mjs`, in its strict mode: a task counts only when it sits in the labelled
 * directive, its lead is the labelled name (not a containment) and its due date is right. The
 * notices are parsed in-process exactly as `dondoc parse FILE --json` does (seed directory).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { SeedDirectory } from "@dondoc/domain";
import { describe, expect, it } from "vitest";

import { Parser } from "../src/index.js";
import { score } from "./corpus/score.mjs";

const corpus = join(import.meta.dirname, "corpus");
const seeds = join(corpus, "seeds");
const directory = SeedDirectory.directory();

const parse = (file: string): unknown => Parser.parseText(readFileSync(file, "utf8"), { directory });

describe("labelled corpus (test/corpus, strict scoring)", () => {
  it("finds the labelled tasks in their directives with the exact lead and due date (strict task F1 ≥ 0.95, no wrong date)", () => {
    const s = score(corpus, { parse, strict: true, verbose: true });
    console.log(s.lines.join("\n"));
    expect(s.failed).toBe(0);
    expect(s.wrongDates).toBe(0);
    expect(s.taskF1).toBeGreaterThanOrEqual(0.95);
  });

  it("gets every task of the seeds right, strictly", () => {
    const s = score(seeds, { parse, strict: true, verbose: true });
    console.log(s.lines.join("\n"));
    expect(s.taskF1).toBe(1);
    expect(s.wrongDates).toBe(0);
  });
});
