/**
 * Parser — notice text in, `ParsedNotice` out: header, directive tree, tasks with lead and
 * coordinating agencies (resolved through the agency directory), deadline rules resolved with the
 * working-day calendar, and warnings for everything unsure. `parseText` is pure and synchronous
 * and runs in the browser; `parse` also takes DOCX and PDF bytes (extracted asynchronously).
 */
import {
  AgencyDirectory,
  DeadlineRule,
  type IsoDate,
  type ParsedNotice,
  PolicyPack,
  WorkingCalendar,
} from "@dondoc/domain";
import { Effect, Result } from "effect";
import { headingMention, isAgencyHeading } from "./agency-heading.js";
import * as AgencyMention from "./agency-mention.js";
import * as Assignment from "./assignment.js";
import * as DeadlinePhrase from "./deadline-phrase.js";
import * as DocumentText from "./document-text.js";
import * as NoticeHeader from "./header.js";
import * as Normalize from "./normalize.js";
import * as Outline from "./outline.js";
import * as TaskTable from "./task-table.js";

type Notice = ParsedNotice.ParsedNotice;
type Directive = ParsedNotice.ParsedDirective;
type Task = ParsedNotice.ParsedTask;
type Warning = ParsedNotice.ParseWarning;
type Agency = ParsedNotice.ParsedAgency;
type Deadline = ParsedNotice.ParsedDeadline;
type Mode = ParsedNotice.TaskMode;

/** What the parser resolves against. All optional. */
export interface Options {
  /** Agency directory for `agencyId`; without one every `agencyId` is `null` (and no warning is given). */
  readonly directory?: AgencyDirectory.AgencyDirectory | null;
  /** Working-day calendar for due dates (default `WorkingCalendar.vietnam()`). */
  readonly calendar?: WorkingCalendar.WorkingCalendar;
  /** Policy pack (default `PolicyPack.national`): how “trước ngày” is read, roll-forward. */
  readonly policy?: PolicyPack.PolicyPack;
  /** Issue date to use when the text has none (a draft), as the anchor of relative deadlines. */
  readonly issuedOn?: IsoDate.IsoDate | null;
}

let defaultCalendar: WorkingCalendar.WorkingCalendar | undefined;
const calendarOf = (options: Options): WorkingCalendar.WorkingCalendar => {
  if (options.calendar !== undefined) return options.calendar;
  if (defaultCalendar === undefined) defaultCalendar = WorkingCalendar.vietnam();
  return defaultCalendar;
};

const MARKER =
  /(?:kết luận(?:\s+(?:chỉ đạo|như sau))*|có ý kiến(?:\s+chỉ đạo)?(?:\s+như sau)?|ý kiến chỉ đạo(?:\s+như sau)?|chỉ đạo như sau|như sau|TRẢ LỜI|(?:các\s+)?(?:nội dung|nhiệm vụ|công việc)(?:\s+cụ thể)?\s+(?:sau|như sau))\s*:/iu;
/**
 * Where the conclusions start: the first “… kết luận như sau:” / “có ý kiến chỉ đạo:” that is not
 * itself inside a numbered item (“1. Giao Sở X thực hiện các nội dung như sau:” opens item 1’s
 * list, not the notice body).
 */
const markerOf = (text: string): RegExpExecArray | null => {
  const re = new RegExp(MARKER.source, "giu");
  for (const m of text.slice(0, 20_000).matchAll(re)) {
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    if (
      /^\s*(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)/]\s|^\s*[-–+•]/u.test(
        text.slice(lineStart, m.index),
      )
    ) {
      return null;
    }
    return m;
  }
  return null;
};

const BODY_END =
  /(?:^|\n)[ \t]*(?:Thừa lệnh|Trên đây là|TL\.\s|KT\.\s|TM\.\s|Nơi nhận|Văn phòng[^.\n]{0,90}thông báo[^.\n]{0,120}(?:biết|thực hiện))/u;
const INTRO = /(?:sau|như sau)\s*:\s*$/u;

interface Context {
  readonly text: string;
  readonly options: Options;
  readonly issuedOn: IsoDate.IsoDate | null;
  readonly warnings: Warning[];
  readonly fullForms: Map<string, string>;
}

const modeOfIntro = (s: string, fallback: Mode): Mode =>
  /(?<![\p{L}])đề nghị(?![\p{L}])(?!\s+(?:của|tại|số))/iu.test(s)
    ? "requested"
    : /(?:yêu cầu|giao)(?![\p{L}])/iu.test(s)
      ? "assigned"
      : fallback;

/** “UBND phường X” is named as the notice names it in full elsewhere (“Ủy ban nhân dân phường X”). */
const fullForm = (ctx: Context, name: string): string => {
  const m = /^UBND\s+(\S.*)$/u.exec(name);
  if (m === null) return name;
  const cached = ctx.fullForms.get(name);
  if (cached !== undefined) return cached;
  let found = name;
  for (const head of ["Ủy ban nhân dân", "Uỷ ban nhân dân"]) {
    const full = `${head} ${m[1]}`;
    if (ctx.text.includes(full)) {
      found = full;
      break;
    }
  }
  ctx.fullForms.set(name, found);
  return found;
};

const agencyOf = (ctx: Context, mention: AgencyMention.Mention): Agency => {
  const m = { ...mention, name: fullForm(ctx, mention.name) };
  const span = { start: m.start, end: m.end };
  const dir = ctx.options.directory;
  if (dir === undefined || dir === null) {
    return { name: m.name, agencyId: null, collective: m.collective, groupId: null, span };
  }
  const found = AgencyDirectory.match(dir, m.name, ctx.issuedOn);
  switch (found.kind) {
    case "agency":
      return { name: m.name, agencyId: found.agency.id, collective: false, groupId: null, span };
    case "collective":
      return { name: m.name, agencyId: null, collective: true, groupId: found.group.id, span };
    case "ambiguous":
      ctx.warnings.push({
        code: "ambiguous-agency",
        message: `“${m.name}” khớp với nhiều cơ quan (${found.candidates.map((a) => a.name).join("; ")}): cần chọn đúng cơ quan.`,
        span,
      });
      return { name: m.name, agencyId: null, collective: m.collective, groupId: null, span };
    default:
      ctx.warnings.push({
        code: "unknown-agency",
        message: `Không tìm thấy “${m.name}” trong danh mục cơ quan: cần chọn cơ quan hoặc bổ sung danh mục.`,
        span,
      });
      return { name: m.name, agencyId: null, collective: m.collective, groupId: null, span };
  }
};

const NONE: DeadlineRule.DeadlineRule = { kind: "none", phrase: null };

const deadlineOf = (ctx: Context, found: DeadlinePhrase.Candidate | null): Deadline => {
  if (found === null) return resolved(ctx, NONE, null);
  for (const w of found.warnings) ctx.warnings.push(w);
  if (found.rule === null) {
    return {
      phrase: found.phrase,
      kind: found.kind,
      rule: null,
      dueOn: null,
      recurrence: null,
      derivation: null,
      span: found.span,
    };
  }
  return resolved(ctx, found.rule, found.span);
};

const resolved = (ctx: Context, rule: DeadlineRule.DeadlineRule, span: Deadline["span"]): Deadline => {
  const r = DeadlineRule.resolve(rule, {
    anchor: ctx.issuedOn,
    calendar: calendarOf(ctx.options),
    policy: ctx.options.policy ?? PolicyPack.national,
  });
  const recurrence = rule.kind === "recurring" ? [...rule.frequencies] : null;
  if (Result.isFailure(r)) {
    ctx.warnings.push({
      code: "deadline-unresolved",
      message: `Không tính được hạn của “${rule.phrase ?? ""}”: ${r.failure.message}`,
      span,
    });
    return { phrase: rule.phrase, kind: rule.kind, rule, dueOn: null, recurrence, derivation: null, span };
  }
  const ok = r.success;
  return {
    phrase: rule.phrase,
    kind: rule.kind,
    rule,
    dueOn: ok.dueOn,
    recurrence,
    derivation: ok.derivation,
    span,
  };
};

/** Turns drafts into tasks: agencies resolved, deadline read from each task's own stretch. */
const tasksOf = (ctx: Context, drafts: ReadonlyArray<Assignment.Draft>): Task[] => {
  const out: Task[] = [];
  const seen = new Set<string>();
  for (const d of drafts) {
    const key = `${d.lead.name}|${d.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const scope = ctx.text.slice(d.scopeStart, d.scopeEnd);
    const found = DeadlinePhrase.candidates(scope, { issuedOn: ctx.issuedOn, offset: d.scopeStart });
    const dated = found.filter((c) => c.priority < 5);
    const recurring = found.filter((c) => c.kind === "recurring");
    const choices = dated.length === 0 && recurring.length > 1 ? recurring : [DeadlinePhrase.pick(found)];
    const lead = agencyOf(ctx, d.lead);
    const coordinators = d.coordinators.map((c) => agencyOf(ctx, c));
    for (const choice of choices) {
      out.push({
        lead,
        coordinators,
        mode: d.mode,
        action: d.action,
        deadline: deadlineOf(ctx, choice),
        span: { start: d.start, end: Math.max(d.start, trimEnd(ctx.text, d.end)) },
      });
    }
  }
  return out;
};

const trimEnd = (text: string, end: number): number => {
  let e = end;
  while (e > 0 && /\s/u.test(text.charAt(e - 1))) e--;
  return e;
};

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

const directivesOf = (
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
    closingOf(ctx, child, childMode, [directive, ...nested]);
  }
  return out;
};

/** The closing lines of a list: further assignments join the last directive; a lone deadline applies to all. */
const closingOf = (ctx: Context, node: Outline.Node, mode: Mode, directives: Directive[]): void => {
  if (node.closing.length === 0) return;
  const from = node.closing[0]?.start ?? 0;
  const to = node.closing[node.closing.length - 1]?.end ?? from;
  const drafts = Assignment.find(ctx.text, from, to, { defaultMode: mode, verbs: true });
  const last = directives[directives.length - 1];
  if (drafts.length > 0 && last !== undefined) {
    const tasks = tasksOf(ctx, drafts);
    last.tasks.push(...tasks);
    (last as { informational: boolean }).informational = last.tasks.length === 0;
    return;
  }
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

const implicitDirective = (
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

const tableDirectives = (ctx: Context, rows: ReadonlyArray<TaskTable.Row>): Directive[] =>
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

const headerWarnings = (header: ParsedNotice.ParsedNoticeHeader, text: string): Warning[] => {
  const out: Warning[] = [];
  if (header.symbol !== null && header.number === null) {
    out.push({
      code: "number-missing",
      message: "Văn bản chưa có số (bản dự thảo chưa ban hành).",
      span: null,
    });
  }
  if (header.issuedOn === null && text.trim().length > 0) {
    out.push({
      code: "issued-date-missing",
      message: "Không đọc được ngày ban hành: thời hạn tính từ ngày ban hành chưa xác định được.",
      span: null,
    });
  }
  return out;
};

const empty = (text: string, warnings: Warning[]): Notice => ({
  notice: {
    number: null,
    symbol: null,
    issuer: null,
    place: null,
    issuedOn: null,
    meetingOn: null,
    subject: null,
    chair: null,
    attendees: [],
    references: [],
    recipients: [],
    signer: null,
  },
  directives: [],
  warnings,
  text,
});

const parseNormalised = (text: string, options: Options): Notice => {
  const { header, closingAt } = NoticeHeader.read(text);
  const issuedOn = header.issuedOn ?? options.issuedOn ?? null;
  const ctx: Context = {
    text,
    options,
    issuedOn,
    warnings: headerWarnings(header, text),
    fullForms: new Map(),
  };
  const marker = markerOf(text);
  const bodyStart = marker === null ? 0 : marker.index + marker[0].length;
  let mode: Mode = "assigned";
  if (marker !== null) {
    const sentenceStart =
      Math.max(text.lastIndexOf(".", marker.index), text.lastIndexOf("\n", marker.index)) + 1;
    mode = modeOfIntro(text.slice(sentenceStart, bodyStart), mode);
  }
  const endMatch = BODY_END.exec(text.slice(bodyStart));
  let bodyEnd = endMatch === null ? text.length : bodyStart + endMatch.index;
  if (closingAt >= bodyStart && closingAt < bodyEnd) bodyEnd = closingAt;
  const all = Outline.linesOf(text, bodyStart, bodyEnd);
  const table = TaskTable.find(all);
  const lines = all.filter((_, i) => !table.used.has(i));
  const root = Outline.build(lines, isAgencyHeading);
  Outline.separateClosings(root, isAgencyHeading);
  const directives: Directive[] = [];
  if (root.children.length > 0) {
    const r = root.lines.filter((l) => INTRO.test(l.text));
    for (const l of r) mode = modeOfIntro(l.text, mode);
    directives.push(...directivesOf(ctx, root, mode, null));
    closingOf(ctx, root, mode, directives);
  } else if (table.rows.length === 0) {
    const d = implicitDirective(ctx, root.lines, mode);
    if (d !== null) directives.push(d);
  }
  directives.push(...tableDirectives(ctx, table.rows));
  if (directives.every((d) => d.tasks.length === 0) && text.trim().length > 0) {
    ctx.warnings.push({
      code: "no-tasks",
      message: "Không tìm thấy nhiệm vụ nào được giao trong văn bản: cần nhập nhiệm vụ thủ công.",
      span: null,
    });
  }
  return { notice: header, directives, warnings: dedupe(ctx.warnings), text };
};

const dedupe = (warnings: ReadonlyArray<Warning>): Warning[] => {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}|${w.span?.start}|${w.span?.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Parses a notice text (plain, or the Markdown-ish form with `**bold**` and `###`). Pure and
 * synchronous; never throws: unreadable input gives a `ParsedNotice` with warnings. Spans refer
 * to `result.text`, the NFC-normalised text.
 *
 * @example
 * const notice = Parser.parseText("1. Giao Sở Tài chính chủ trì, hoàn thành trước ngày 15/3/2024.");
 * notice.directives[0]?.tasks[0]?.lead.name; // "Sở Tài chính"
 * notice.directives[0]?.tasks[0]?.deadline.dueOn; // "2024-03-15"
 */
export const parseText = (input: string, options: Options = {}): Notice => {
  let text = "";
  try {
    text = Normalize.text(typeof input === "string" ? input : String(input));
    return parseNormalised(text, options);
  } catch (cause) {
    // A defect in a rule must not lose the clerk's document: return it with a warning.
    return empty(text, [
      {
        code: "parser-defect",
        message: `Lỗi nội bộ của bộ phân tích, cần nhập tay: ${cause instanceof Error ? cause.message : String(cause)}`,
        span: null,
      },
    ]);
  }
};

/**
 * Parses a notice given as text, bytes (sniffed), DOCX or PDF. Fails only when a document yields
 * no text: `ScannedPdf` (a PDF without a text layer) or `UnreadableDocument`; the text itself never
 * makes it fail.
 *
 * @example
 * const notice = await Effect.runPromise(Parser.parse({ docx: bytes }, { directory }));
 */
export const parse = (
  input: DocumentText.Input,
  options: Options = {},
): Effect.Effect<Notice, DocumentText.DocumentError> =>
  Effect.map(DocumentText.of(input), (text) => parseText(text, options));
