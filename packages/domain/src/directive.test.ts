import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as Directive from "./directive.js";

const d = (path: string): Directive.Directive => ({
  id: `d-${path}`,
  noticeId: "n",
  path,
  text: `Mục ${path}`,
  informational: path === "1",
  span: null,
});

describe("Directive", () => {
  it.each(["1", "2.a", "2.1", "II.3", "3.đ", "2.1.a"])("accepts the path %s", (p) => {
    expect(Directive.DirectivePath.safeParse(p).success).toBe(true);
  });

  it.each(["", "2.", ".1", "2..a", "2.ab", "a-1"])("rejects the path “%s”", (p) => {
    expect(Directive.DirectivePath.safeParse(p).success).toBe(false);
  });

  it("orders paths as a notice reads them", () => {
    const paths = ["3", "2.b", "10", "2", "1", "2.a", "2.đ", "2.d", "2.e", "2.c"];
    expect([...paths].sort(Directive.comparePaths)).toEqual([
      "1",
      "2",
      "2.a",
      "2.b",
      "2.c",
      "2.d",
      "2.đ",
      "2.e",
      "3",
      "10",
    ]);
    expect(Directive.comparePaths("2.1", "2.2")).toBeLessThan(0);
    expect(Directive.comparePaths("2.d", "2.đ")).toBeLessThan(0);
    expect(Directive.comparePaths("2.đ", "2.e")).toBeLessThan(0);
    expect(Directive.comparePaths("9", "10")).toBeLessThan(0);
    expect(Directive.comparePaths("IV", "V")).toBeLessThan(0);
    expect(Directive.comparePaths("2", "2.a")).toBeLessThan(0);
  });

  it("builds the tree of the Vũng Tàu notice, hanging orphans under their nearest ancestor", () => {
    const nodes = Directive.tree(["2.2", "1", "2", "3", "2.1", "2.4", "2.3", "4.a"].map(d));
    expect(nodes.map((n) => n.directive.path)).toEqual(["1", "2", "3", "4.a"]);
    expect(nodes[1]?.children.map((n) => n.directive.path)).toEqual(["2.1", "2.2", "2.3", "2.4"]);
    expect(Directive.parentPathOf("2.a")).toBe("2");
    expect(Directive.parentPathOf("2")).toBeNull();
    expect(Directive.isAncestor("2", "2.a.1")).toBe(true);
    expect(Directive.isAncestor("2", "21")).toBe(false);
  });

  it("takes a parsed directive as it is", () => {
    const parsed = {
      path: "2.1",
      text: "Giao Văn phòng HĐND và UBND Thành phố …",
      informational: false,
      span: { start: 5, end: 40 },
      tasks: [],
    };
    const dir = Directive.fromParsed(parsed, { id: "d1", noticeId: "n1" });
    expect(dir).toEqual({
      id: "d1",
      noticeId: "n1",
      path: "2.1",
      text: parsed.text,
      informational: false,
      span: parsed.span,
    });
    expect(Directive.Directive.safeParse(dir).success).toBe(true);
  });

  it("keeps every directive exactly once in the tree", () => {
    const seg = fc.oneof(fc.integer({ min: 1, max: 12 }).map(String), fc.constantFrom("a", "b", "c", "đ"));
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.array(seg, { minLength: 1, maxLength: 3 }).map((s) => s.join(".")),
          { maxLength: 20 },
        ),
        (paths) => {
          const seen: string[] = [];
          const walk = (ns: ReadonlyArray<Directive.DirectiveNode>): void => {
            for (const n of ns) {
              seen.push(n.directive.path);
              for (const c of n.children)
                expect(Directive.isAncestor(n.directive.path, c.directive.path)).toBe(true);
              walk(n.children);
            }
          };
          walk(Directive.tree(paths.map(d)));
          expect(seen.sort()).toEqual([...paths].sort());
        },
      ),
    );
  });
});
