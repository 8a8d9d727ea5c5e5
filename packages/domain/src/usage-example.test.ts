import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";

const read = (relative: string): string =>
  readFileSync(fileURLToPath(new URL(relative, import.meta.url)), "utf8");

/** The code block between the README's example markers. */
const readmeExample = (): string => {
  const readme = read("../README.md");
  const match = /<!-- example:start -->\n```ts\n([\s\S]*?)```\n<!-- example:end -->/.exec(readme);
  return match?.[1] ?? "";
};

/** The mirrored example without its two-line header comment, imports pointed at the package. */
const mirroredExample = (): string =>
  read("./usage.example.ts")
    .split("\n")
    .slice(2)
    .join("\n")
    .replace('from "./index.js";', 'from "@dondoc/domain";');

describe("README example", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("is the code of src/usage.example.ts, word for word", () => {
    expect(readmeExample().length).toBeGreaterThan(500);
    expect(mirroredExample()).toBe(readmeExample());
  });

  it("prints what its “// →” comments promise", async () => {
    const printed: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(" "));
    });
    await import("./usage.example.js");
    const promised = [...readmeExample().matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1]);
    expect(promised.length).toBeGreaterThanOrEqual(8);
    expect(printed).toEqual(promised);
  });
});
