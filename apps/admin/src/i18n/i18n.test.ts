import { describe, expect, it } from "vitest";

import { en } from "./en.js";
import { vi } from "./vi.js";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

function leaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Object.values(value as Record<string, unknown>).flatMap(leaves);
}

describe("translations", () => {
  it("gives English every key that Vietnamese has, and no other", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it("leaves no Vietnamese string empty", () => {
    expect(leaves(vi).filter((s) => s.trim() === "")).toEqual([]);
  });

  it("writes Vietnamese with its diacritics (no ASCII-only sentences)", () => {
    const sentences = leaves(vi).filter((s) => s.split(" ").length >= 4);
    const ascii = sentences.filter((s) => !/[^\u0020-\u007e]/.test(s));
    expect(ascii).toEqual([]);
  });

  it("uses the same interpolation variables in both languages", () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const enByKey = new Map(
      keys(en).map((k) => [k, k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en)]),
    );
    for (const key of keys(vi)) {
      const v = key.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], vi) as string;
      expect(vars(String(enByKey.get(key))), key).toEqual(vars(v));
    }
  });
});
