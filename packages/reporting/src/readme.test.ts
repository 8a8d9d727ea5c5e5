import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";

describe("README", () => {
  afterEach(() => vi.restoreAllMocks());

  it("has an example that runs and prints what its comments say", async () => {
    expect(example).toContain("ReportBundle.fromInput");
    const dir = join(import.meta.dirname, "..", "test-artifacts");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "readme-example.ts");
    writeFileSync(file, example);
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
    });
    await import(/* @vite-ignore */ file);
    expect(lines).toEqual(["1 1", "50,00% 50,00%", '{"workingDays":12,"calendarDays":16}', "true"]);
  });
});
