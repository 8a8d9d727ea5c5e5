/**
 * Every translation key the screens use exists in Vietnamese and in English, so no reader ever
 * sees a raw key (`task.created`, `json.username`): the sources are read for `t("…")` calls (and
 * the menu's `label: "nav.…"`), each key is looked up in the namespace its file uses (the app's
 * strings, or `integrations` for the files that ask for it); a key built at run time
 * (`t(\`timeliness.${value}\`)`) must at least name an existing group. No Vietnamese string is
 * a key itself.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

import { describe, expect, it } from "vitest";

import { en as integrationsEn, vi as integrationsVi } from "../pages/integrations/strings.js";
import { en } from "./en.js";
import { vi } from "./vi.js";

const root = join(import.meta.dirname, "..");

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });

const files = sources(root)
  .filter((path) => !relative(root, path).startsWith("test"))
  .map((path) => ({ path: relative(root, path), text: readFileSync(path, "utf8") }));

type Tree = { readonly [key: string]: string | Tree };

function lookup(tree: Tree, key: string): string | Tree | undefined {
  return key
    .split(".")
    .reduce<string | Tree | undefined>(
      (node, part) => (typeof node === "object" ? node[part] : undefined),
      tree,
    );
}

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}

interface Use {
  readonly file: string;
  readonly key: string;
  /** Built at run time: only the part before the first `${` is known. */
  readonly dynamic: boolean;
}

const uses: Use[] = files.flatMap(({ path, text }) => {
  const found: Use[] = [];
  for (const m of text.matchAll(/(?<![\w$.])t\(\s*"([^"]+)"/g))
    found.push({ file: path, key: m[1] ?? "", dynamic: false });
  for (const m of text.matchAll(/(?<![\w$.])t\(\s*`([^`]+)`/g)) {
    const key = m[1] ?? "";
    const cut = key.indexOf("${");
    found.push({ file: path, key: cut === -1 ? key : key.slice(0, cut), dynamic: cut !== -1 });
  }
  for (const m of text.matchAll(/\blabel: "([a-z]+(?::[a-z]+)?(?:\.[a-zA-Z]+)*)"/g)) {
    const key = m[1] ?? "";
    if (key.includes(".") || key.includes(":")) found.push({ file: path, key, dynamic: false });
  }
  return found;
});

/** The strings a key of `file` is looked up in: the integrations namespace or the app's. */
function dictionaries(use: Use): readonly [Tree, Tree, string] {
  const file = files.find((f) => f.path === use.file)?.text ?? "";
  if (use.key.startsWith("integrations:")) return [integrationsVi, integrationsEn, use.key.slice(13)];
  if (/useTranslation\(NS\)/.test(file)) return [integrationsVi, integrationsEn, use.key];
  return [vi, en, use.key];
}

describe("translation keys in use", () => {
  it("finds the keys the screens use", () => {
    expect(uses.filter((u) => !u.dynamic).length).toBeGreaterThan(300);
    expect(uses.filter((u) => u.dynamic).length).toBeGreaterThan(20);
  });

  it("has every key in Vietnamese and in English", () => {
    const missing = uses
      .filter((u) => !u.dynamic)
      .flatMap((u) => {
        const [inVi, inEn, key] = dictionaries(u);
        // A key looked up with a count may be written in its plural forms (`sent_one`, `sent_other`).
        const has = (tree: Tree) =>
          typeof lookup(tree, key) === "string" || typeof lookup(tree, `${key}_other`) === "string";
        return [
          ...(has(inVi) ? [] : [`${u.file}: ${u.key} (vi)`]),
          ...(has(inEn) ? [] : [`${u.file}: ${u.key} (en)`]),
        ];
      });
    expect(missing).toEqual([]);
  });

  it("builds run-time keys only inside existing groups", () => {
    const missing = uses
      .filter((u) => u.dynamic)
      .flatMap((u) => {
        const [inVi, inEn, key] = dictionaries(u);
        // `errors.${key}.title` → the group `errors`; `timeliness.${v}` → `timeliness`.
        const group = key
          .replace(/\.$/, "")
          .split(".")
          .slice(0, key.endsWith(".") ? undefined : -1)
          .join(".");
        const ok = (tree: Tree) => group === "" || typeof lookup(tree, group) === "object";
        return ok(inVi) && ok(inEn) ? [] : [`${u.file}: ${u.key}…`];
      });
    expect(missing).toEqual([]);
  });

  it("never uses a key as a Vietnamese string", () => {
    const raw = [...leaves(vi), ...leaves(integrationsVi)].filter(
      ([key, value]) => value === key || /^[a-z]+(?:\.[a-zA-Z_]+)+$/.test(value),
    );
    expect(raw).toEqual([]);
  });
});
