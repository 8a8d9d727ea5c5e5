/**
 * The admin talks to the API through `@dondoc/client` only (`api.ts` → `client.ts`): no `fetch`,
 * no XMLHttpRequest, no `/v1/…` URL written anywhere but as the typed path of a client call. Biome
 * refuses a bare `fetch` in `apps/admin/src` too (`noRestrictedGlobals`); this also catches
 * `window.fetch(…)` and URLs built by hand.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });

// `test/` holds recorded API data (an attachment's URL as the API sends it), not code that calls.
const files = sources(root)
  .filter((path) => !relative(root, path).startsWith("test"))
  .map((path) => ({ path: relative(root, path), text: readFileSync(path, "utf8") }));

/** `client.ts` hands the client the global `fetch`, looked up per call so tests can stub it. */
const injection = "fetch: (input, init) => globalThis.fetch(input, init)";

describe("the admin's way to the API", () => {
  it("reads the sources it checks", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)("$path sends no request of its own", ({ text }) => {
    const code = text.replace(injection, "");
    expect(code).not.toMatch(/(?<![\w$])(?:window\.|globalThis\.|self\.)?fetch\s*\(/);
    expect(code).not.toMatch(/XMLHttpRequest|navigator\.sendBeacon/);
  });

  it.each(files)("$path writes /v1 URLs only as typed client paths", ({ text }) => {
    const stray = [...text.matchAll(/["'`]\/v1\//g)].filter((m) => {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      return !/(?:api\s*\.\s*(?:GET|POST|PUT|PATCH|DELETE)\(\s*|paths\[\s*)$/.test(before);
    });
    expect(stray.map((m) => text.slice(m.index, m.index + 60).split("\n")[0])).toEqual([]);
  });
});
