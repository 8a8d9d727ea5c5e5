/**
 * Assignment — finds who is told to do what in a stretch of a notice: “Giao X (chủ trì, phối hợp
 * với Y) …”, “Yêu cầu X …”, “Đề nghị X …” (mode `requested`), and clauses that open with the
 * agency (“Sở Tài chính chủ trì …”, “; đồng thời UBND phường Âu Lâu đề xuất …”). Each assignment
 * runs until the next one; its deadline is read from that stretch. A list of several agencies
 * without one lead gives one task each; a catch-all after a named agency (“Sở A và các đơn vị
 * liên quan”) coordinates. Formulaic closings (“… khẩn trương triển khai thực hiện./.”) are no task.
 */
import type { ParsedNotice } from "@dondoc/domain";

import * as AgencyMention from "./agency-mention.js";
import { fold, squash } from "./normalize.js";

type Mode = ParsedNotice.TaskMode;

/** A task before its deadline and agencies are resolved. */
export interface Draft {
  readonly lead: AgencyMention.Mention;
  readonly coordinators: ReadonlyArray<AgencyMention.Mention>;
  readonly mode: Mode;
  readonly action: string;
  /** Where the assignment is written (lead to the end of its stretch). */
  readonly start: number;
  readonly end: number;
  /** Where the deadline of this task is looked for. */
  readonly scopeStart: number;
  readonly scopeEnd: number;
}

const VERB_TRIGGER =
  /(?<![\p{L}])(Giao|giao|Yêu cầu|yêu cầu|Đề nghị|đề nghị|Kính đề nghị|Kiến nghị|kiến nghị|Chỉ đạo|Phân công|phân công|Ủy quyền|Uỷ quyền|Đồng ý (?:để|cho)|đồng ý (?:để|cho)|Cho phép|cho phép)(?:\s+(?:cho|nhiệm vụ cho|trách nhiệm cho))?\s+/gu;
/** The first word of a two-word trigger right before a line break (“yêu⏎cầu”). */
const SPLIT_TRIGGER =
  /(?<![\p{L}])(?:Yêu|yêu|Đề|đề|Kính|Kiến|kiến|Chỉ|Phân|phân|Ủy|Uỷ|Đồng|đồng|Cho|cho)[ \t]*\n/u;
const NOT_A_VERB_BEFORE =
  /(?:được|đã|đang|sẽ|theo|xét|của|việc|nhiệm vụ|hồ sơ|quá trình|văn bản|tờ trình|công văn|kiến nghị,|bàn|chuyển|trao|nhận|tiếp nhận)\s+$/u;
/** What ends a clause before a trigger (a full stop, semicolon or colon before a space or a line break, a blank line). */
const CLAUSE_ENDS = [". ", ".\n", "; ", ";\n", ": ", ":\n", "! ", "? ", "\n\n"];
const DESCRIBED =
  /(?:đã|từng)\s+(?:nhiều lần\s+)?(?:có|ban hành|gửi)\s+(?:các\s+)?(?:Văn bản|văn bản|Công văn|công văn|Tờ trình|tờ trình|Thông báo|thông báo|Báo cáo|báo cáo)/u;
const CLAUSE_START =
  /(?:^|[.;!?]\s+|\n|:[ \t]+)[ \t]*(?:[-–+•][ \t]*)?(?:đồng thời,?\s+)?|,\s*đồng thời,?\s+|(?:Căn cứ|Trên cơ sở)[^,.;\n]{0,120},\s*/gu;
const ISSUER_SUBJECT =
  /^(?:Chủ tịch|Phó Chủ tịch|Thường trực|Lãnh đạo)?\s*(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)(?:\s+(?:tỉnh|thành phố|Thành phố|TP|huyện|quận|thị xã|xã|phường))?$/u;
const GENERIC_ACTION =
  /^(?:(?:khẩn trương|nghiêm túc|kịp thời|chủ động|tích cực|quyết liệt)\s*,?\s*)*(?:(?:biết|nắm)\s*(?:,|và)?\s*)?(?:(?:tổ chức|triển khai|nghiêm túc)\s+)?(?:thực hiện|triển khai)?(?:\s+(?:thực hiện|theo quy định|theo đúng quy định|kết luận này))?\s*[./]*$/iu;

/** Accountability, not work: “(Chủ tịch UBND các xã, phường) chịu trách nhiệm toàn diện trước pháp luật … nếu để xảy ra …”. */
export const isAccountability = (action: string): boolean =>
  // A duty after a semicolon (“…; xử lý, kiểm điểm …”) makes it a task again.
  !action.includes(";") &&
  /^(?:(?:Chủ tịch|Thủ trưởng|Giám đốc|Người đứng đầu)[^.;]{0,60}\s)?chịu trách nhiệm(?:\s+toàn diện)?\s+trước\s/u.test(
    action.trim(),
  );

/** Whether an action is a formula of the closing rather than work (“triển khai thực hiện./.”). */
export const isGeneric = (action: string): boolean =>
  (/\p{L}/u.test(action) && GENERIC_ACTION.test(action.trim())) ||
  /nêu cao tinh thần|biết,?\s*(?:và\s*)?(?:triển khai\s+|tổ chức\s+)?thực hiện/iu.test(action) ||
  // “… chịu trách nhiệm thi hành Quyết định này./.” closes a decision.
  /^chịu trách nhiệm thi hành\s+(?:Quyết định|Chỉ thị|Nghị quyết|Thông báo|Kế hoạch|văn bản)\s+này[\s./]*$/iu.test(
    action.trim(),
  ) ||
  isAccountability(action) ||
  // “… đề nghị Bộ X quan tâm, sớm xem xét, chỉ đạo giải quyết./.” closes a letter.
  (action.length < 90 && /^quan tâm\b.*(?:xem xét|giải quyết|thực hiện)[\s./]*$/iu.test(action.trim())) ||
  // “Sở X thông báo cho các đơn vị được biết và triển khai thực hiện./.” closes a notice.
  /^thông báo\s+(?:cho|để|đến|tới)\b[^.]{0,200}\bbiết\b/iu.test(action.trim());

/** “… yêu cầu Thủ trưởng các sở … nghiêm túc thực hiện. Trong quá trình thực hiện …”: a closing, whatever follows it. */
const isClosing = (action: string): boolean => {
  if (!action.includes("nghiêm túc")) return false;
  const first = /^[^.]*\./u.exec(action)?.[0] ?? action;
  return (
    (/nghiêm túc/u.test(first) && isGeneric(first)) ||
    /nghiêm túc\s+(?:triển khai\s+)?thực hiện\s*\.$/u.test(first)
  );
};

interface Trigger {
  at: number;
  listAt: number;
  mode: Mode | null;
}

const triggersIn = (text: string, from: number, to: number, verbs: boolean, clauses = true): Trigger[] => {
  const region = text.slice(from, to);
  const out: Trigger[] = [];
  if (verbs) {
    // A verb wrapped over two lines (“yêu⏎cầu”) is found in the text with its line breaks as spaces.
    const flat = SPLIT_TRIGGER.test(region) ? region.replace(/\n/gu, " ") : region;
    for (const m of flat.matchAll(VERB_TRIGGER)) {
      const before = region.slice(Math.max(0, m.index - 20), m.index);
      if (NOT_A_VERB_BEFORE.test(before)) continue;
      // Described content, not an assignment: “Cục X đã có Văn bản số … đề nghị Cục Y …”.
      const window = region.slice(Math.max(0, m.index - 240), m.index);
      const clause = window.slice(Math.max(...CLAUSE_ENDS.map((e) => window.lastIndexOf(e))) + 1);
      if (DESCRIBED.test(clause)) continue;
      const rest = region.slice(m.index + m[0].length, m.index + m[0].length + 200);
      if (!AgencyMention.startsAgency(rest) && !AgencyMention.startsProvince(rest)) continue;
      const verb = (m[1] ?? "").toLowerCase().replace(/\s+/gu, " ");
      // “… đề nghị UBND tỉnh xem xét”: a proposal to the issuer, not an assignment.
      const e = AgencyMention.listEnd(rest);
      if (ISSUER_SUBJECT.test(squash(rest.slice(0, e.end)))) continue;
      out.push({
        at: from + m.index,
        listAt: from + m.index + m[0].length,
        mode: /đề nghị|kiến nghị/u.test(verb) ? "requested" : "assigned",
      });
    }
  }
  for (const m of clauses ? region.matchAll(CLAUSE_START) : []) {
    const at = m.index + m[0].length;
    const br = m[0].indexOf("\n");
    if (br >= 0 && !/[.;!?]/u.test(m[0]) && AgencyMention.isSoftWrap(region, m.index + br)) continue;
    if (at >= region.length) continue;
    const rest = region.slice(at, at + 600);
    if (!AgencyMention.startsAgency(rest)) continue;
    const end = AgencyMention.listEnd(rest);
    // “Sở Tài chính: chủ trì, phối hợp …” — the agency, a colon, its duty.
    const colon = end.verb === null && rest.charAt(end.end) === ":" && /^:\s*\S/u.test(rest.slice(end.end));
    // “Bộ Tài chính, Bộ Nông nghiệp và Môi trường thống nhất hướng dẫn …”: a joint subject agreeing on work.
    const jointAgreement =
      (end.verb === "thống nhất" || end.verb === "nhất trí") &&
      /[,;]|\svà\s/u.test(rest.slice(0, end.end)) &&
      AgencyMention.startsVerb(rest.slice(end.end + end.verb.length).trimStart());
    if (!colon && !jointAgreement && !AgencyMention.isAction(end.verb)) continue;
    const subject = squash(rest.slice(0, end.end));
    if (ISSUER_SUBJECT.test(subject)) continue;
    if (end.verb !== null && /^(?:giao|yêu cầu|đề nghị|kiến nghị)$/u.test(end.verb)) continue;
    if (out.some((t) => t.listAt === from + at)) continue;
    out.push({ at: from + at, listAt: from + at, mode: null });
  }
  return out.sort((a, b) => a.at - b.at);
};

const COORD_AFTER_LEAD = /^[\s,:]*(?:và\s+)?phối\s+hợp(?:\s+chặt\s+chẽ)?\s+với\s+/u;
const COORD_AFTER_CHU_TRI =
  /^[\s,:]*[Cc]hủ\s+trì\s*(?:([^;.:\n]{0,45}?)\s*,?\s*)?(?:và\s+)?phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s+/u;
const CHU_TRI = /^[\s,:]*[Cc]hủ trì(?![\p{L}])\s*,?\s*/u;

/** Reads the coordinators right after a lead (or after “chủ trì”), and where the action starts. */
export const coordinatorsAt = (
  text: string,
  at: number,
  end: number,
): { coordinators: AgencyMention.Mention[]; actionAt: number } => {
  const rest = text.slice(at, end);
  const c = COORD_AFTER_CHU_TRI.exec(rest);
  const between = c?.[1] ?? "";
  const m = c !== null && !/(?:các|Các)\s|\p{Lu}/u.test(between) ? c : COORD_AFTER_LEAD.exec(rest);
  if (m === null) {
    const t = CHU_TRI.exec(rest);
    return { coordinators: [], actionAt: at + (t === null ? 0 : t[0].length) };
  }
  const listAt = at + m[0].length;
  const list = text.slice(listAt, end);
  const e = AgencyMention.listEnd(list);
  const coordinators = AgencyMention.split(list.slice(0, e.end), listAt);
  return { coordinators, actionAt: listAt + e.end };
};

/** The whole text of the task's clause, as written (whitespace squashed): never cut. */
const actionOf = (text: string, from: number, to: number): string =>
  squash(text.slice(from, to).replace(/^[\s,;:]+/u, "")).replace(/[\s,;]+$/u, "");

/** Options of {@link find}. */
export interface FindOptions {
  /** Mode of clauses that open with the agency (inherited from “… đề nghị … như sau:”). */
  readonly defaultMode: Mode;
  /** Look for “Giao/Yêu cầu/Đề nghị X” (off under a heading that names the agency). */
  readonly verbs: boolean;
  /** Look for clauses that open with the agency (default true); an introduction's addressee comes only after a verb. */
  readonly clauses?: boolean;
  /** Keep assignments whose action is a formula (“… thực hiện các nội dung sau:” names an addressee all the same). */
  readonly keepGeneric?: boolean;
}

/** The tasks assigned in `text[from, to)`. Never throws. */
export const find = (text: string, from: number, to: number, options: FindOptions): Draft[] => {
  const triggers = triggersIn(text, from, to, options.verbs, options.clauses ?? true);
  const drafts: Draft[] = [];
  // A clause start inside the lists of the previous assignment (“…; UBND các huyện: X, Y và …”) is no new one.
  let listsEnd = -1;
  const kept = triggers.filter((t) => {
    if (t.at < listsEnd) return false;
    const list = text.slice(t.listAt, Math.min(to, t.listAt + 600));
    const e = AgencyMention.listEnd(list);
    const co = coordinatorsAt(text, t.listAt + e.end, Math.min(to, t.listAt + 1200));
    listsEnd = co.actionAt;
    return true;
  });
  kept.forEach((t, i) => {
    const next = kept[i + 1];
    const scopeEnd = next === undefined ? to : next.at;
    const list = text.slice(t.listAt, Math.min(scopeEnd, t.listAt + 600));
    const e = AgencyMention.listEnd(list);
    const mentions = AgencyMention.split(list.slice(0, e.end), t.listAt);
    if (mentions.length === 0) return;
    const co = coordinatorsAt(text, t.listAt + e.end, scopeEnd);
    const leads: AgencyMention.Mention[] = [];
    const extra: AgencyMention.Mention[] = [];
    let named = false;
    for (const m of mentions) {
      if (named && m.catchAll) extra.push(m);
      else leads.push(m);
      if (!m.catchAll) named = true;
    }
    const action = actionOf(text, co.actionAt, scopeEnd);
    if (options.keepGeneric !== true && (isGeneric(action) || isClosing(action))) return;
    for (const lead of leads) {
      drafts.push({
        lead,
        coordinators: [...extra, ...co.coordinators],
        mode: t.mode ?? options.defaultMode,
        action,
        start: t.at,
        end: scopeEnd,
        scopeStart: t.at,
        scopeEnd,
      });
    }
  });
  return drafts;
};

/**
 * The tasks under a heading that names the agency (“1. Sở Công Thương” followed by its duties):
 * the heading agency leads, unless a clause opens with another agency. Never throws.
 */
export const underHeading = (
  text: string,
  from: number,
  to: number,
  heading: AgencyMention.Mention,
  mode: Mode,
): Draft[] => {
  const others = find(text, from, to, { defaultMode: mode, verbs: false });
  const firstOther = others.reduce((min, d) => Math.min(min, d.start), to);
  const drafts: Draft[] = [];
  const own = text.slice(from, firstOther);
  if (/[\p{L}]{2}/u.test(own)) {
    const c = /(?<![\p{L}])[Cc]hủ trì(?![\p{L}])/u.exec(own);
    const co =
      c === null ? { coordinators: [], actionAt: from } : coordinatorsAt(text, from + c.index, firstOther);
    drafts.push({
      lead: heading,
      coordinators: co.coordinators,
      mode,
      action: actionOf(text, from, firstOther),
      start: from,
      end: firstOther,
      scopeStart: from,
      scopeEnd: firstOther,
    });
  }
  // “- Chủ đầu tư và các nhà thầu chịu trách nhiệm …” under “Yêu cầu đối với chủ đầu tư”: the
  // heading's own agency restated is its duty, not a second task.
  const restated = drafts.length > 0 ? fold(heading.name) : null;
  return [...drafts, ...others.filter((d) => restated === null || fold(d.lead.name) !== restated)];
};
