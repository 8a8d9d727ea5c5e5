/**
 * Directives — walks the outline of a notice and gives each numbered item its directive: path,
 * heading, span and tasks (from “Giao/Yêu cầu/Đề nghị …”, clauses headed by an agency, or the
 * duties under an agency heading), with the mode a list introduction sets for its items
 * (“… đề nghị các cơ quan báo cáo các nội dung sau:” → `requested`), the closing lines of a list
 * (a deadline written once for all items), unnumbered letters (one implicit directive) and task
 * tables.
 */
import type { ParsedNotice } from "@dondoc/domain";

import { headingOf } from "./agency-heading.js";
import * as AgencyMention from "./agency-mention.js";
import * as Assignment from "./assignment.js";
import * as DeadlinePhrase from "./deadline-phrase.js";
import * as Normalize from "./normalize.js";
import * as Outline from "./outline.js";
import { agencyOf, type Context, deadlineOf, tasksOf } from "./task-resolution.js";
import type * as TaskTable from "./task-table.js";

type Directive = ParsedNotice.ParsedDirective;
type Task = ParsedNotice.ParsedTask;
type Mode = ParsedNotice.TaskMode;

/**
 * Where the sentence holding `at` starts: after the last full stop, semicolon or colon, or blank
 * line, before it — not at a line break, which in PDF text only wraps the sentence.
 */
export const sentenceStartOf = (text: string, at: number): number => {
  const from = Math.max(0, at - 800);
  const before = text.slice(from, at);
  let start = from;
  for (const m of before.matchAll(/[.;:!?](?=\s)|\n[ \t]*\n/gu)) start = from + m.index + m[0].length;
  return start;
};

/** A line that introduces the items below it (“… các nội dung sau:”). */
export const INTRO = /(?:sau|như\s+sau)\s*:\s*$/u;

export const modeOfIntro = (s: string, fallback: Mode): Mode =>
  /(?<![\p{L}])đề\s+nghị(?![\p{L}])(?!\s+(?:của|tại|số))/iu.test(s)
    ? "requested"
    : /(?:yêu\s+cầu|giao)(?![\p{L}])/iu.test(s)
      ? "assigned"
      : fallback;

const summaryOf = (text: string, node: Outline.Node): string => {
  if (node.head === null) return "";
  // “Điều 2.” alone on its line: the text starts on the next one.
  const headEnd = node.textStart >= node.head.end ? (node.lines[1]?.end ?? node.head.end) : node.head.end;
  const t = Normalize.squash(text.slice(node.textStart, headEnd));
  const first = /^(.{20,300}?[.!?])(?:\s|$)/u.exec(t);
  return first?.[1] ?? (t.length > 300 ? `${t.slice(0, 297)}…` : t);
};

const ownEnd = (node: Outline.Node): number => node.lines[node.lines.length - 1]?.end ?? node.textStart;

/**
 * Who the items of a list are addressed to when they do not name it themselves: the agencies of an
 * agency heading (“1. Sở Công Thương” over “a) …”, “b) …”) or of a list introduction (“Sở Công
 * Thương đề nghị các chủ đầu tư thực hiện các nội dung sau:”, “Giao Bộ Tài chính:”).
 */
export interface Addressee {
  readonly mentions: ReadonlyArray<AgencyMention.Mention>;
  readonly mode: Mode | null;
  /** From a heading (its items are its duties) rather than an introduction (items without a subject only). */
  readonly fromHeading: boolean;
}

/** The addressee named in `text[from, to)` after “Giao / Yêu cầu / Đề nghị …”, or `null`. */
export const addresseeIn = (ctx: Context, from: number, to: number, mode: Mode): Addressee | null => {
  // “Sở Công Thương thông báo … như sau:” names the issuer, not an addressee: only “Giao/Yêu cầu/Đề nghị X”.
  const drafts = Assignment.find(ctx.text, from, to, {
    defaultMode: mode,
    verbs: true,
    clauses: false,
    keepGeneric: true,
  });
  if (drafts.length === 0) return null;
  return { mentions: drafts.map((d) => d.lead), mode: drafts[0]?.mode ?? null, fromHeading: false };
};

const underAddressee = (
  ctx: Context,
  from: number,
  to: number,
  addressee: Addressee,
  mode: Mode,
): Assignment.Draft[] =>
  addressee.mentions
    .flatMap((m) => Assignment.underHeading(ctx.text, from, to, m, addressee.mode ?? mode))
    .filter(
      (d) =>
        (addressee.fromHeading || !Assignment.isGeneric(d.action)) && !Assignment.isAccountability(d.action),
    );

/** Whether a line of the node opens with an agency (“Thủ trưởng các sở … chịu trách nhiệm …”): it names its own subject. */
const namesOwnSubject = (ctx: Context, node: Outline.Node): boolean =>
  node.lines.some((l, i) => {
    const t = i === 0 && node.head !== null ? ctx.text.slice(node.textStart, l.end) : l.text;
    return AgencyMention.startsAgency(t.replace(/^[-–+•]\s*/u, ""));
  });

/** Drafts of the node's own text (before its children), skipping list introductions. */
const draftsOfNode = (
  ctx: Context,
  node: Outline.Node,
  mode: Mode,
  inherited: Addressee | null,
): { drafts: Assignment.Draft[]; mode: Mode; addressee: Addressee | null } => {
  // A line ending “… như sau:” (or the node's last line ending “:” over sub-items, “… đề nghị Bộ
  // Xây dựng:”) introduces the sub-items; over bullets it is the task itself. The introduction is
  // its whole sentence, which PDF text wraps over several lines.
  const last = node.lines[node.lines.length - 1];
  const intro: Outline.Line[] =
    node.children.length > 0
      ? node.lines
          .filter((l) => INTRO.test(l.text) || (l === last && /:\s*$/u.test(l.text)))
          .map((l) => {
            const start = Math.max(node.textStart, sentenceStartOf(ctx.text, l.end - 1));
            return { text: ctx.text.slice(start, l.end), start, end: l.end };
          })
      : [];
  let childMode = mode;
  for (const l of intro) childMode = modeOfIntro(l.text, childMode);
  const heading = node.head === null ? null : headingOf(ctx.text, node);
  if (heading !== null) {
    const addressee: Addressee = { mentions: heading.mentions, mode: heading.mode, fromHeading: true };
    const own = node.lines.slice(heading.lineCount);
    const from = heading.inline ? heading.end : (own[0]?.start ?? heading.end);
    const to = ownEnd(node);
    const hasBody =
      to > from && (heading.inline || !(node.children.length > 0 && own.every((l) => INTRO.test(l.text))));
    const drafts = hasBody ? underAddressee(ctx, from, to, addressee, mode) : [];
    return { drafts, mode: heading.mode ?? childMode, addressee };
  }
  if (inherited?.fromHeading === true) {
    // The duties under an agency heading: that agency leads unless a clause opens with another.
    const drafts = underAddressee(ctx, node.textStart, ownEnd(node), inherited, mode);
    return { drafts, mode: childMode, addressee: node.children.length > 0 ? inherited : null };
  }
  let drafts = Assignment.find(ctx.text, node.textStart, ownEnd(node), {
    defaultMode: mode,
    verbs: true,
  }).filter((d) => !intro.some((l) => d.start >= l.start && d.start < l.end));
  let addressee: Addressee | null = null;
  for (const l of intro) addressee = addresseeIn(ctx, l.start, l.end, childMode) ?? addressee;
  // “(i). Chỉ đạo Cục X …” under “đề nghị Bộ Y:” — the addressee directs; X is not the lead.
  const directs = /^(?:Sớm\s+|Khẩn trương\s+)?[Cc]hỉ đạo\s/u.test(
    ctx.text.slice(node.textStart, node.textStart + 40),
  );
  if (inherited !== null && directs && addressee === null && node.children.length === 0) {
    return {
      drafts: underAddressee(ctx, node.textStart, ownEnd(node), inherited, mode),
      mode: childMode,
      addressee,
    };
  }
  if (drafts.length === 0 && inherited !== null && addressee === null) {
    if (node.children.length > 0) addressee = inherited;
    else if (!namesOwnSubject(ctx, node))
      drafts = underAddressee(ctx, node.textStart, ownEnd(node), inherited, mode);
  }
  return { drafts, mode: childMode, addressee };
};

export const directivesOf = (
  ctx: Context,
  node: Outline.Node,
  mode: Mode,
  inherited: Addressee | null,
): Directive[] => {
  const out: Directive[] = [];
  for (const child of node.children) {
    const r = draftsOfNode(ctx, child, mode, inherited);
    const tasks = tasksOf(ctx, r.drafts);
    const start = child.head?.start ?? child.textStart;
    const directive: Directive = {
      path: child.path,
      text: summaryOf(ctx.text, child),
      informational: tasks.length === 0,
      span: { start, end: Math.max(start, Outline.endOf(child)) },
      tasks,
    };
    out.push(directive);
    const nested = directivesOf(ctx, child, r.mode, r.addressee);
    out.push(...nested);
    if (tasks.length === 0 && nested.length > 0 && child.head !== null) {
      shareDeadline(ctx, child.textStart, ownEnd(child), nested);
    }
    closingOf(ctx, child, r.mode, [directive, ...nested]);
  }
  return out;
};

/** The closing lines of a list: further assignments join the last directive; a lone deadline applies to all. */
export const closingOf = (ctx: Context, node: Outline.Node, mode: Mode, directives: Directive[]): void => {
  if (node.closing.length === 0) return;
  const from = node.closing[0]?.start ?? 0;
  const to = node.closing[node.closing.length - 1]?.end ?? from;
  const drafts = Assignment.find(ctx.text, from, to, { defaultMode: mode, verbs: true });
  const last = directives[directives.length - 1];
  if (drafts.length > 0 && last !== undefined) {
    const tasks = tasksOf(ctx, drafts);
    last.tasks.push(...tasks);
    last.informational = last.tasks.length === 0;
    return;
  }
  shareDeadline(ctx, from, to, directives);
};

/**
 * A deadline written once for a whole list — after it (“Báo cáo gửi về UBND tỉnh trước ngày …”)
 * or in its introduction (“Các nội dung sau hoàn thành trước ngày 30/6/2024:”) — applies to each
 * task of the list that has none of its own.
 */
const shareDeadline = (
  ctx: Context,
  from: number,
  to: number,
  directives: ReadonlyArray<Directive>,
): void => {
  const found = DeadlinePhrase.candidates(ctx.text.slice(from, to), {
    issuedOn: ctx.issuedOn,
    offset: from,
  }).filter((c) => c.priority <= 4);
  const shared = DeadlinePhrase.pick(found);
  if (shared === null) return;
  let used = false;
  for (const d of directives) {
    d.tasks.forEach((t, i) => {
      if (t.deadline.kind !== "none") return;
      d.tasks[i] = { ...t, deadline: deadlineOf(ctx, used ? { ...shared, warnings: [] } : shared) };
      used = true;
    });
  }
};

export const implicitDirective = (
  ctx: Context,
  lines: ReadonlyArray<Outline.Line>,
  mode: Mode,
  addressee: Addressee | null = null,
): Directive | null => {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first === undefined || last === undefined) return null;
  let drafts = Assignment.find(ctx.text, first.start, last.end, { defaultMode: mode, verbs: true }).filter(
    (d) => !lines.some((l) => INTRO.test(l.text) && d.start >= l.start && d.start < l.end),
  );
  // “… đề nghị các cơ quan, đơn vị … cụ thể như sau: - …; - …”: the bullets are the addressee's.
  if (drafts.length === 0 && addressee !== null)
    drafts = underAddressee(ctx, first.start, last.end, addressee, mode);
  const tasks = tasksOf(ctx, drafts);
  if (tasks.length === 0) return null;
  const start = tasks[0]?.span.start ?? first.start;
  return {
    path: "1",
    text: Normalize.squash(ctx.text.slice(start, Math.min(last.end, start + 300))).replace(
      /^(.{20,300}?[.!?])\s.*$/u,
      "$1",
    ),
    informational: false,
    span: { start: first.start, end: last.end },
    tasks,
  };
};

export const tableDirectives = (ctx: Context, rows: ReadonlyArray<TaskTable.Row>): Directive[] =>
  rows.map((row) => {
    const leads = row.lead === null ? [] : AgencyMention.split(row.lead.text, row.lead.start);
    const coordinators =
      row.coordinators === null ? [] : coordinatorCells(row.coordinators.text, row.coordinators.start);
    const deadline =
      row.deadline === null
        ? null
        : DeadlinePhrase.pick(
            DeadlinePhrase.candidates(row.deadline.text, {
              issuedOn: ctx.issuedOn,
              cell: true,
              offset: row.deadline.start,
            }),
          );
    const tasks: Task[] = leads.map((lead) => ({
      lead: agencyOf(ctx, lead),
      coordinators: coordinators.map((c) => agencyOf(ctx, c)),
      mode: "assigned",
      action: Normalize.squash(row.task.text),
      deadline: deadlineOf(ctx, deadline),
      span: { start: row.start, end: row.end },
    }));
    return {
      path: row.number,
      text: Normalize.squash(row.task.text).slice(0, 300),
      informational: tasks.length === 0,
      span: { start: row.start, end: row.end },
      tasks,
    };
  });

/** Coordinator cells are split on semicolons only: “Các Sở, ban, ngành và các địa phương liên quan” is one party. */
const coordinatorCells = (text: string, offset: number): AgencyMention.Mention[] => {
  const out: AgencyMention.Mention[] = [];
  let from = 0;
  for (const part of text.split(";")) {
    const lead = part.length - part.trimStart().length;
    const name = Normalize.squash(part).replace(/[.,]+$/u, "");
    if (name.length > 1) {
      out.push({
        name,
        start: offset + from + lead,
        end: offset + from + lead + part.trim().length,
        collective: AgencyMention.isCollective(name),
        catchAll: true,
      });
    }
    from += part.length + 1;
  }
  return out;
};
