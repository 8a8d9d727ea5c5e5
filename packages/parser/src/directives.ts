/**
 * Directives — walks the outline of a notice and gives each numbered item its directive: path,
 * heading, span and tasks (from “Giao/Yêu cầu/Đề nghị …”, clauses headed by an agency, or the
 * duties under an agency heading), with the mode a list introduction sets for its items
 * (“… đề nghị các cơ quan báo cáo các nội dung sau:” → `requested`), the closing lines of a list
 * (a deadline written once for all items), unnumbered letters (one implicit directive) and task
 * tables.
 */
import type { ParsedNotice } from "@dondoc/domain";

import { headingMention } from "./agency-heading.js";
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

/** A line that introduces the items below it (“… các nội dung sau:”). */
export const INTRO = /(?:sau|như sau)\s*:\s*$/u;

export const modeOfIntro = (s: string, fallback: Mode): Mode =>
  /(?<![\p{L}])đề nghị(?![\p{L}])(?!\s+(?:của|tại|số))/iu.test(s)
    ? "requested"
    : /(?:yêu cầu|giao)(?![\p{L}])/iu.test(s)
      ? "assigned"
      : fallback;

const headingOf = (text: string, node: Outline.Node): string => {
  if (node.head === null) return "";
  const t = Normalize.squash(text.slice(node.textStart, node.head.end));
  const first = /^(.{20,300}?[.!?])(?:\s|$)/u.exec(t);
  return first?.[1] ?? (t.length > 300 ? `${t.slice(0, 297)}…` : t);
};

const ownEnd = (node: Outline.Node): number => node.lines[node.lines.length - 1]?.end ?? node.textStart;

/** Drafts of the node's own text (before its children), skipping list introductions. */
const draftsOfNode = (
  ctx: Context,
  node: Outline.Node,
  mode: Mode,
): { drafts: Assignment.Draft[]; mode: Mode } => {
  // A line ending “… như sau:” introduces the sub-items; over bullets it is the task itself.
  const intro = node.children.length > 0 ? node.lines.filter((l) => INTRO.test(l.text)) : [];
  let childMode = mode;
  for (const l of intro) childMode = modeOfIntro(l.text, childMode);
  const heading = node.head === null ? null : headingMention(ctx.text, node);
  if (heading !== null) {
    if (node.children.length > 0) return { drafts: [], mode: childMode };
    const from = node.lines[1]?.start ?? node.head?.end ?? node.textStart;
    const to = ownEnd(node);
    if (to <= from) return { drafts: [], mode: childMode };
    return { drafts: Assignment.underHeading(ctx.text, from, to, heading, mode), mode: childMode };
  }
  const drafts = Assignment.find(ctx.text, node.textStart, ownEnd(node), {
    defaultMode: mode,
    verbs: true,
  }).filter((d) => !intro.some((l) => d.start >= l.start && d.start < l.end));
  return { drafts, mode: childMode };
};

export const directivesOf = (
  ctx: Context,
  node: Outline.Node,
  mode: Mode,
  parentHeading: AgencyMention.Mention | null,
): Directive[] => {
  const out: Directive[] = [];
  for (const child of node.children) {
    let drafts: Assignment.Draft[];
    let childMode: Mode;
    if (child.style === "bullet" && parentHeading !== null) {
      drafts = Assignment.underHeading(ctx.text, child.textStart, Outline.endOf(child), parentHeading, mode);
      childMode = mode;
    } else {
      const r = draftsOfNode(ctx, child, mode);
      drafts = r.drafts;
      childMode = r.mode;
    }
    const tasks = tasksOf(ctx, drafts);
    const start = child.head?.start ?? child.textStart;
    const directive: Directive = {
      path: child.path,
      text: headingOf(ctx.text, child),
      informational: tasks.length === 0,
      span: { start, end: Math.max(start, Outline.endOf(child)) },
      tasks,
    };
    out.push(directive);
    const heading = child.head === null ? null : headingMention(ctx.text, child);
    const nested = directivesOf(ctx, child, childMode, heading);
    out.push(...nested);
    if (tasks.length === 0 && nested.length > 0 && child.head !== null) {
      shareDeadline(ctx, child.textStart, ownEnd(child), nested);
    }
    closingOf(ctx, child, childMode, [directive, ...nested]);
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
): Directive | null => {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first === undefined || last === undefined) return null;
  const drafts = Assignment.find(ctx.text, first.start, last.end, { defaultMode: mode, verbs: true }).filter(
    (d) => !lines.some((l) => INTRO.test(l.text) && d.start >= l.start && d.start < l.end),
  );
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
