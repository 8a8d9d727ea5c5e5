/**
 * Parser — notice text in, `ParsedNotice` out: header, directive tree, tasks with lead and
 * coordinating agencies (resolved through the agency directory), deadline rules resolved with the
 * working-day calendar, and warnings for everything unsure. `parseText` is pure and synchronous
 * and runs in the browser; `parse` also takes DOCX and PDF bytes (extracted asynchronously).
 */
import type { ParsedNotice } from "@dondoc/domain";
import * as Effect from "effect/Effect";

import { isAgencyHeading } from "./agency-heading.js";
import * as Directives from "./directives.js";
import * as DocumentText from "./document-text.js";
import * as NoticeHeader from "./header.js";
import * as IssuerScope from "./issuer-scope.js";
import * as Normalize from "./normalize.js";
import type { Options } from "./options.js";
import * as Outline from "./outline.js";
import type { Context } from "./task-resolution.js";
import * as TaskTable from "./task-table.js";

export type { Options } from "./options.js";

type Notice = ParsedNotice.ParsedNotice;
type Directive = ParsedNotice.ParsedDirective;
type Warning = ParsedNotice.ParseWarning;
type Mode = ParsedNotice.TaskMode;

const MARKER_WORDS =
  /(?:kết luận(?:\s+(?:chỉ đạo|như sau))*|có ý kiến(?:\s+chỉ đạo)?(?:\s+như sau)?|ý kiến chỉ đạo(?:\s+như sau)?|chỉ đạo như sau|như sau|TRẢ LỜI|(?:các\s+)?(?:nội dung|nhiệm vụ|công việc)(?:\s+cụ thể)?\s+(?:sau|như sau))\s*:/iu;
/** The conclusions marker; its words may be wrapped over two lines (“kết luận như⏎sau:”). */
const MARKER = new RegExp(MARKER_WORDS.source.replace(/ /g, "\\s+"), "iu");
/**
 * Where the conclusions start: the first “… kết luận như sau:” / “có ý kiến chỉ đạo:” that is not
 * itself inside a numbered item (“1. Giao Sở X thực hiện các nội dung như sau:” opens item 1’s
 * list, not the notice body).
 */
const markerOf = (text: string): RegExpExecArray | null =>
  markerWith(text, MARKER_WORDS) ?? markerWith(text, MARKER);

const markerWith = (text: string, marker: RegExp): RegExpExecArray | null => {
  const re = new RegExp(marker.source, "giu");
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

/** The issuer's province: the one the caller names, else the one the header names. */
const scopeOf = (
  options: Options,
  header: ParsedNotice.ParsedNoticeHeader,
  issuedOn: string | null,
): IssuerScope.Scope | null => {
  const dir = options.directory;
  if (dir === undefined || dir === null) return null;
  const given = options.issuerId ?? null;
  return (given === null ? null : IssuerScope.ofId(dir, given)) ?? IssuerScope.of(dir, header, issuedOn);
};

const parseNormalised = (text: string, options: Options): Notice => {
  const { header, closingAt } = NoticeHeader.read(text);
  const issuedOn = header.issuedOn ?? options.issuedOn ?? null;
  const ctx: Context = {
    text,
    options,
    issuedOn,
    warnings: headerWarnings(header, text),
    fullForms: new Map(),
    scope: scopeOf(options, header, issuedOn),
  };
  const marker = markerOf(text);
  const bodyStart =
    marker === null ? Math.max(0, NoticeHeader.addresseeBlockEnd(text)) : marker.index + marker[0].length;
  let mode: Mode = "assigned";
  let addressee: Directives.Addressee | null = null;
  if (marker !== null) {
    const sentenceStart = Directives.sentenceStartOf(text, marker.index);
    mode = Directives.modeOfIntro(text.slice(sentenceStart, bodyStart), mode);
    addressee = Directives.addresseeIn(ctx, sentenceStart, bodyStart, mode);
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
    // “… các nội dung sau:”, or the line just before the first item ending with a colon (“Giao Bộ Tài chính:”).
    const lastIntro = root.lines[root.lines.length - 1];
    const r = root.lines.filter(
      (l) => Directives.INTRO.test(l.text) || (l === lastIntro && /:\s*$/u.test(l.text)),
    );
    for (const l of r) {
      mode = Directives.modeOfIntro(l.text, mode);
      addressee =
        Directives.addresseeIn(ctx, Directives.sentenceStartOf(text, l.start), l.end, mode) ?? addressee;
    }
    directives.push(...Directives.directivesOf(ctx, root, mode, addressee));
    Directives.closingOf(ctx, root, mode, directives);
  } else if (table.rows.length === 0) {
    const d = Directives.implicitDirective(ctx, root.lines, mode, addressee);
    if (d !== null) directives.push(d);
  }
  directives.push(...Directives.tableDirectives(ctx, table.rows));
  // An appendix after the signature (“Phụ lục: Nhiệm vụ …”) holds its task table.
  const appendix = /\n[ \t]*(?:PHỤ LỤC|Phụ lục)(?![\p{L}])/u.exec(text.slice(bodyEnd));
  if (appendix !== null) {
    const more = TaskTable.find(Outline.linesOf(text, bodyEnd + appendix.index, text.length));
    directives.push(...Directives.tableDirectives(ctx, more.rows));
  }
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
