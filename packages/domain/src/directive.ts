/**
 * Directive — ý kết luận. One numbered conclusion of a notice (`1`, `2.a`, `2.1`, `II.3`), with
 * its text and where it sits in the source. Conclusions nest by their numbering, so a notice's
 * directives form a tree. Some are informational (“Cơ bản thống nhất dự thảo báo cáo…”) and
 * create no task.
 */
import { z } from "zod";

import type { ParsedDirective } from "./parsed-notice.js";
import { Span } from "./span.js";

/** A numbering path: segments of digits, Roman numerals or single letters joined by dots. */
export const DirectivePath = z
  .string()
  .regex(/^(?:[IVXLC]+|\d+|[a-zđ])(?:\.(?:[IVXLC]+|\d+|[a-zđ]))*$/u, {
    message: "Số mục phải có dạng 1, 2.a, 2.1 hoặc II.1",
  })
  .describe("Số thứ tự mục kết luận, ví dụ `2.a`");
export type DirectivePath = z.infer<typeof DirectivePath>;

export const Directive = z.object({
  id: z.string().min(1),
  noticeId: z.string().min(1),
  path: DirectivePath,
  /** Heading or first sentence, as written. */
  text: z.string(),
  /** Informational conclusions (agreement, assessment) create no task. */
  informational: z.boolean(),
  span: Span.nullable(),
});
export type Directive = z.infer<typeof Directive>;

/** A directive from the parse contract (its tasks become `Task`s separately, see `Task.fromParsed`). */
export const fromParsed = (
  parsed: ParsedDirective,
  ids: { readonly id: string; readonly noticeId: string },
): Directive => ({
  id: ids.id,
  noticeId: ids.noticeId,
  path: parsed.path,
  text: parsed.text,
  informational: parsed.informational,
  span: parsed.span,
});

/** The segments of a path: `"2.a"` → `["2", "a"]`. */
export const segmentsOf = (path: string): string[] => path.split(".").filter((s) => s.length > 0);

/** The parent path: `"2.a"` → `"2"`; `null` for a top-level path. */
export const parentPathOf = (path: string): string | null => {
  const segs = segmentsOf(path);
  return segs.length <= 1 ? null : segs.slice(0, -1).join(".");
};

const roman: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const romanValue = (s: string): number => {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = roman[s.charAt(i)] ?? 0;
    const next = roman[s.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
};
const rank = (seg: string): number =>
  /^\d+$/.test(seg)
    ? Number.parseInt(seg, 10)
    : /^[IVXLC]+$/.test(seg)
      ? romanValue(seg)
      : seg === "đ"
        ? 4.5 // Vietnamese lettering: a, b, c, d, đ, e…
        : seg.charCodeAt(0) - 96;

/** Orders paths the way the notice reads: `1` < `2` < `2.a` < `2.b` < `2.1`… segment by segment. */
export const comparePaths = (a: string, b: string): number => {
  const x = segmentsOf(a);
  const y = segmentsOf(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = rank(x[i] ?? "") - rank(y[i] ?? "");
    if (d !== 0) return d;
  }
  return x.length - y.length;
};

/** Whether `ancestor` contains `path` (`"2"` contains `"2.a"` and `"2.a.1"`, not itself). */
export const isAncestor = (ancestor: string, path: string): boolean => path.startsWith(`${ancestor}.`);

/** A node of the directive tree. */
export interface DirectiveNode {
  readonly directive: Directive;
  readonly children: ReadonlyArray<DirectiveNode>;
}

/**
 * The directives as a tree in reading order. A directive whose parent is missing (a notice that
 * numbers `2.a` without a `2`) hangs under its nearest present ancestor, or at the top.
 */
export const tree = (directives: ReadonlyArray<Directive>): DirectiveNode[] => {
  const sorted = [...directives].sort((a, b) => comparePaths(a.path, b.path));
  const children = new Map<string, Directive[]>();
  const roots: Directive[] = [];
  const present = new Set(sorted.map((d) => d.path));
  for (const d of sorted) {
    let parent = parentPathOf(d.path);
    while (parent !== null && !present.has(parent)) parent = parentPathOf(parent);
    if (parent === null) roots.push(d);
    else children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  const build = (d: Directive): DirectiveNode => ({
    directive: d,
    children: (children.get(d.path) ?? []).map(build),
  });
  return roots.map(build);
};
