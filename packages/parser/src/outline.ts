/**
 * Outline — the directive tree of a notice body. Numbered lines open directives: roman `I.`,
 * arabic `1.` / `1)`, dotted `2.1.` and `2.4` (no final dot), letters `a)` / `a.`, small roman
 * `(i).` / `(ii)`; Markdown
 * headings were already reduced to their text by normalisation (`### 3.` → `3.`). Paths follow the
 * numbering (`2.a`, `2.1`, `II.1`). Bullets (`-`, `+`, `•`) stay part of their directive's text,
 * except under a heading that is only an agency name (“1. Sở Công Thương”), where each bullet is a
 * duty of that agency and becomes a directive of its own (`II.1.1`), and a bullet that opens a
 * sub-heading (“- Về công tác đất đai: …”), which is a sub-directive (`1.1`). Text after the last item of
 * a list that is not its continuation (“Báo cáo của các cơ quan gửi về … trước ngày …”) is kept
 * apart as the list's closing.
 */

import { isHeadingLine } from "./agency-mention.js";

/** A line of the notice, without surrounding blanks. */
export interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** `paren` is `1)`: a list of its own beside `1.` (often nested in it). */
type Style = "roman" | "arabic" | "paren" | "letter" | "small-roman" | "bullet" | "root";

/** A directive (or the root) of the tree. */
export interface Node {
  readonly style: Style;
  /** Depth of a dotted number (`2.1` → 2); 1 otherwise. */
  readonly depth: number;
  readonly label: string;
  path: string;
  /** The numbered line, or `null` for the root. */
  readonly head: Line | null;
  /** Where the text after the number starts. */
  readonly textStart: number;
  readonly lines: Line[];
  readonly children: Node[];
  /** Lines after the last child that close the list (shared deadline, closing formula). */
  readonly closing: Line[];
}

const ROMAN = /^(?:PHẦN\s+|Phần\s+)?([IVX]{1,5})\s*[.)\-–]\s+/u;
/** “Điều 2.” of a decision or a chỉ thị: a numbered item (path `2`). */
const ARTICLE = /^Điều\s+(\d{1,3})\s*[.:]\s*/u;
const DOTTED = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?[)]?\s+(?=\S)/u;
const ARABIC = /^(\d{1,2})\s*([.)]|\/(?=\s))\s*(?=\S)(?!\d)/u;
const LETTER = /^([a-zđ])\s*(?:[).]|\/(?=\s))\s+(?=\S)/u;
/** `(i).`, `(ii)`, `iii)` — lower-case roman items of a letter's proposals. */
const SMALL_ROMAN = /^\(?((?:i|ii|iii|iv|v|vi|vii|viii|ix|x))\)\.?\s+(?=\S)/u;
const BULLET = /^([-–+•*])\s*(?=\S)/u;
/** “- Về công tác đất đai: …”: a bullet that opens a sub-directive of its numbered item. */
const SUB_HEADING = /^[-–+•*]\s*(?:Về|Đối với)\s[^:.;\n]{3,90}:/u;

/** Splits `text[from, to)` into non-blank lines. */
export const linesOf = (text: string, from: number, to: number): Line[] => {
  const out: Line[] = [];
  let i = from;
  while (i < to) {
    let j = text.indexOf("\n", i);
    if (j < 0 || j > to) j = to;
    const raw = text.slice(i, j);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t.length > 0) out.push({ text: t, start: i + lead, end: i + lead + t.length });
    i = j + 1;
  }
  return out;
};

interface Marked {
  style: Style;
  depth: number;
  label: string;
  rest: number;
}

const mark = (line: Line): Marked | null => {
  const t = line.text;
  let m = ARTICLE.exec(t);
  if (m !== null) return { style: "arabic", depth: 1, label: m[1] ?? "", rest: m[0].length };
  m = ROMAN.exec(t);
  if (m !== null) return { style: "roman", depth: 1, label: m[1] ?? "", rest: m[0].length };
  m = DOTTED.exec(t);
  if (m !== null) {
    const label = m[1] ?? "";
    return { style: "arabic", depth: label.split(".").length, label, rest: m[0].length };
  }
  m = ARABIC.exec(t);
  if (m !== null)
    return { style: m[2] === ")" ? "paren" : "arabic", depth: 1, label: m[1] ?? "", rest: m[0].length };
  m = SMALL_ROMAN.exec(t);
  if (m !== null && (t.startsWith("(") || (m[1] ?? "").length > 1))
    return { style: "small-roman", depth: 1, label: m[1] ?? "", rest: m[0].length };
  m = LETTER.exec(t);
  if (m !== null) return { style: "letter", depth: 1, label: m[1] ?? "", rest: m[0].length };
  m = BULLET.exec(t);
  if (m !== null) return { style: "bullet", depth: 1, label: "", rest: m[0].length };
  return null;
};

const newNode = (style: Style, depth: number, label: string, head: Line | null, textStart: number): Node => ({
  style,
  depth,
  label,
  path: "",
  head,
  textStart,
  lines: head === null ? [] : [head],
  children: [],
  closing: [],
});

const headText = (n: Node): string => (n.head === null ? "" : n.head.text.slice(n.textStart - n.head.start));

/** Builds the tree of `lines`; `isAgencyHeading` says whether a heading's text only names an agency. */
export const build = (lines: ReadonlyArray<Line>, isAgencyHeading: (text: string) => boolean): Node => {
  const root = newNode("root", 0, "", null, 0);
  const stack: Node[] = [root];
  const top = (): Node => stack[stack.length - 1] ?? root;
  for (const line of lines) {
    const m = mark(line);
    // Only right under a numbered heading (“1. Về công tác quy hoạch:”), not under a task that lists notes.
    const parent = nearestNumbered(stack);
    const subHeading =
      m?.style === "bullet" &&
      SUB_HEADING.test(line.text) &&
      isHeadingLine(headText(parent)) &&
      (parent.lines.length === 1 || top().style === "bullet");
    if (
      m === null ||
      (m.style === "bullet" && !subHeading && !isAgencyHeading(headText(nearestNumbered(stack))))
    ) {
      top().lines.push(line);
      continue;
    }
    if (m.style === "bullet") {
      while (top().style === "bullet") stack.pop();
      const node = newNode("bullet", 1, "", line, line.start + m.rest);
      top().children.push(node);
      stack.push(node);
      continue;
    }
    // Pop to the level this item belongs to: same style and depth closes a sibling; a dotted
    // number `2.1` sits under `2`.
    let found = -1;
    for (let k = stack.length - 1; k > 0; k--) {
      const n = stack[k];
      if (n !== undefined && n.style === m.style && n.depth === m.depth) {
        found = k;
        break;
      }
    }
    if (found > 0) stack.length = found;
    else if (m.style === "arabic" && m.depth > 1) {
      for (let k = stack.length - 1; k > 0; k--) {
        const n = stack[k];
        if (n !== undefined && n.style === "arabic" && n.depth < m.depth) {
          stack.length = k + 1;
          break;
        }
      }
    }
    while (top().style === "bullet") stack.pop();
    const node = newNode(m.style, m.depth, m.label, line, line.start + m.rest);
    top().children.push(node);
    stack.push(node);
  }
  assignPaths(root, "");
  return root;
};

const nearestNumbered = (stack: ReadonlyArray<Node>): Node => {
  for (let k = stack.length - 1; k >= 0; k--) {
    const n = stack[k];
    if (n !== undefined && n.style !== "bullet") return n;
  }
  return stack[0] ?? newNode("root", 0, "", null, 0);
};

const assignPaths = (node: Node, prefix: string): void => {
  let bullet = 0;
  for (const child of node.children) {
    let own: string;
    if (child.style === "bullet") own = String(++bullet);
    else if (child.style === "arabic" && child.depth > 1) {
      // `2.1` under `2` (or under `II.2`): keep the written number, prefixed by any roman part.
      const romanPrefix = prefix.split(".").filter((p) => /^[IVX]+$/u.test(p));
      child.path = [...romanPrefix, child.label].join(".");
      assignPaths(child, child.path);
      continue;
    } else own = child.label;
    child.path = prefix === "" ? own : `${prefix}.${own}`;
    assignPaths(child, child.path);
  }
};

/** The end of a node: its last line or the last line of its last descendant. */
export const endOf = (n: Node): number => {
  let end = n.lines[n.lines.length - 1]?.end ?? n.head?.end ?? 0;
  for (const c of n.children) end = Math.max(end, endOf(c));
  return end;
};

/**
 * Moves the lines after the last item of each list that do not continue it to the list's
 * `closing`: after an item written as a full sentence, or after an agency heading's first
 * paragraph, a further paragraph that opens with a capital is no longer that item's text.
 */
export const separateClosings = (root: Node, isAgencyHeading: (text: string) => boolean): void => {
  const visit = (parent: Node): void => {
    for (const c of parent.children) visit(c);
    const last = parent.children[parent.children.length - 1];
    if (last === undefined || last.style === "bullet") return;
    const head = headText(last);
    const sentence = /[.;!?]$/u.test(head.trim()) && head.length > 40;
    const agency = isAgencyHeading(head);
    if (!sentence && !agency) return;
    const body = last.lines.slice(1);
    let keep = 0;
    let complete = sentence;
    for (const l of body) {
      if (complete && !/^\p{Ll}/u.test(l.text) && !/^[-–+•]/u.test(l.text)) break;
      keep++;
      complete = /[.!?]$/u.test(l.text) || (agency && /[.;]$/u.test(l.text));
    }
    if (agency && last.children.length > 0) return;
    const moved = body.slice(keep);
    if (moved.length === 0) return;
    last.lines.length = 1 + keep;
    parent.closing.push(...moved);
  };
  visit(root);
};
