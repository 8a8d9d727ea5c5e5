/**
 * Runs the example of README.md and checks each `console.log(x); // value` line prints `value`.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { afterAll, expect, it, vi } from "vitest";

const dir = join(import.meta.dirname, "..");
const example = join(dir, "src", "readme-example.tmp.ts");
afterAll(() => rmSync(example, { force: true }));

it("runs the README example and prints what its comments say", async () => {
  const readme = readFileSync(join(dir, "README.md"), "utf8");
  const code = /```ts\n([\s\S]*?)```/u.exec(readme)?.[1] ?? "";
  const expected = [...code.matchAll(/console\.log\(.*\); \/\/ (.*)$/gmu)].map((m) => m[1]);
  writeFileSync(example, code.replace('from "@dondoc/parser"', 'from "./index.js"'));
  const logs: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => {
    logs.push(a.map(String).join(" "));
  });
  try {
    await import(example);
  } finally {
    spy.mockRestore();
  }
  expect(expected.length).toBeGreaterThan(5);
  expect(logs).toEqual(expected);
});
