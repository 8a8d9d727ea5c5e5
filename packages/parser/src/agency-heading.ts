/**
 * AgencyHeading — recognises a numbered heading that only names the agencies the items under it
 * are addressed to (“1. Sở Công Thương”, “2. Giao Sở Xây dựng”, “7. Ủy ban nhân dân các xã, phường
 * có cụm công nghiệp”, “1. Trách nhiệm chung của các cơ quan, đơn vị”, “4. Công an tỉnh, các sở,
 * ban, ngành và Ủy ban nhân dân⏎các xã, phường”): the text and the items under it list those
 * agencies' duties, without a “Giao …” verb. A heading wrapped onto a second line (PDF text) is
 * read whole; a joint heading gives one mention per agency.
 */
import type { ParsedNotice } from "@dondoc/domain";

import * as AgencyMention from "./agency-mention.js";
import { squash } from "./normalize.js";
import type * as Outline from "./outline.js";

/** “Đối với Sở Tài chính:”, “Giao Sở Y tế:”, “Trách nhiệm chung của các sở, ngành:” — words before the agency in a heading. */
const LEAD_IN =
  /^(?:Đối với|Về phía|Giao|Riêng|(?:Yêu cầu|Đề nghị|Kiến nghị)(?:\s+đối với)?|(?:Trách nhiệm|Nhiệm vụ)(?:\s+chung)?(?:\s+(?:của|đối với))?)\s+/u;

/** Whether a heading text is only an agency name (or a list of them). */
export const isAgencyHeading = (text: string): boolean => {
  // A heading ends without a full stop (“1. Sở Công Thương”, “a) Đối với Sở Y tế:”); a sentence is no heading.
  if (/[.;]\s*$/u.test(text)) return false;
  // A list broken off by a PDF line (“Sở Tài chính, Sở Kế hoạch và Đầu tư,”) is no heading.
  if (/(?:,|\svà)\s*$/u.test(text)) return false;
  const lead = LEAD_IN.exec(text.trim())?.[0] ?? "";
  const t = text.trim().replace(/:$/u, "").slice(lead.length);
  if (t.length === 0 || t.length > 160 || /[.;!?]/u.test(t)) return false;
  // A bare head word (“Giao Sở⏎Tài chính …” wrapped by a PDF) names no agency yet.
  if (!/\s/u.test(t.trim())) return false;
  const qualifiedLead = /^(?:Trách nhiệm|Nhiệm vụ)|đối với/u.test(lead);
  // “2. Yêu cầu đối với chủ đầu tư”: a lower-case party named by its role.
  if (
    qualifiedLead &&
    /^(?:các\s+)?(?:chủ đầu tư|nhà đầu tư|nhà thầu|doanh nghiệp|tổ chức|đơn vị)(?![\p{L}])/u.test(t)
  )
    return true;
  if (!AgencyMention.startsAgency(t)) return false;
  // “Trách nhiệm của các tổ chức, doanh nghiệp hoạt động trong lĩnh vực …”: the addressee keeps its qualifier.
  if (qualifiedLead) return true;
  return AgencyMention.listEnd(t).end >= t.length;
};

/** The agencies a heading names and where the text under it starts. */
export interface Heading {
  readonly mentions: ReadonlyArray<AgencyMention.Mention>;
  /** The mode the heading's lead-in sets (“Đề nghị …” → `requested`), or `null` for none. */
  readonly mode: ParsedNotice.TaskMode | null;
  /** Where the heading ends (after any wrapped continuation line). */
  readonly end: number;
  /** How many of the node's lines the heading takes (1, or more when wrapped). */
  readonly lineCount: number;
  /** The duties follow on the heading's own line, after its colon. */
  readonly inline: boolean;
}

/** Whether a heading line breaks off mid-phrase (“… và Ủy ban nhân dân⏎các xã, phường”, “… Sở⏎Xây dựng”) and goes on below. */
const continues = (before: string, line: string): boolean =>
  !/[:.;]$/u.test(before) &&
  (/(?:,|\svà|\scác|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|\s(?:Sở|Bộ|Ban|Phòng|Cục|Chi cục|Văn phòng|Trung tâm|Công an))$/u.test(
    before,
  ) ||
    /^\p{Ll}/u.test(line));

/** The agencies a heading names, or `null` when the node's heading is not an agency heading. */
export const headingOf = (text: string, node: Outline.Node): Heading | null => {
  if (node.head === null || node.style === "bullet") return null;
  let t = text.slice(node.textStart, node.head.end);
  let end = node.head.end;
  let lineCount = 1;
  let inline = false;
  const head = t.trim();
  // A heading may be cut by a line break inside its list of agencies.
  const next = node.lines[1];
  const wraps = next !== undefined && continues(head, next.text);
  const third = node.lines[2];
  const joined = next === undefined ? head : `${head} ${next.text}`;
  if (
    next !== undefined &&
    wraps &&
    isAgencyHeading(joined) &&
    (third === undefined || !continues(joined, third.text))
  ) {
    t = text.slice(node.textStart, next.end);
    end = next.end;
    lineCount = 2;
  } else if (wraps) {
    // The line goes on below (“… Sở Xây dựng chủ⏎trì, phối hợp …”): a wrapped sentence, no heading.
    return null;
  } else if (!isAgencyHeading(head)) {
    // “1. Trách nhiệm chung của các sở, ngành: tăng cường …”, “a) Đối với Sở Y tế: rà soát …” — the
    // addressee, a colon, its duties on the same line.
    const colon = head.indexOf(":");
    const before = colon > 0 ? head.slice(0, colon) : "";
    if (
      !/^(?:Trách nhiệm|Nhiệm vụ|Đối với|Về phía|Riêng)\s/u.test(before) ||
      !isAgencyHeading(before) ||
      head.slice(colon + 1).trim().length === 0
    )
      return null;
    const at = text.indexOf(":", node.textStart);
    t = text.slice(node.textStart, at);
    end = at + 1;
    inline = true;
  }
  const lead = LEAD_IN.exec(t)?.[0] ?? "";
  const skip = lead.length;
  const trimmed = t.replace(/[\s:.]+$/u, "");
  const name = trimmed.slice(skip);
  const qualified =
    /^(?:Trách nhiệm|Nhiệm vụ)|đối với/u.test(lead) && AgencyMention.listEnd(name).end < name.length;
  const mentions: AgencyMention.Mention[] = qualified
    ? [
        {
          name: squash(name),
          start: node.textStart + skip,
          end: node.textStart + trimmed.length,
          collective: AgencyMention.isCollective(squash(name)),
          catchAll: false,
        },
      ]
    : // The heading's agencies lead their items, catch-alls included (“Các sở, ngành: …”).
      AgencyMention.split(name, node.textStart + skip).map((m) => ({ ...m, catchAll: false }));
  if (mentions.length === 0) return null;
  const mode = /^(?:Đề nghị|Kiến nghị)/u.test(lead)
    ? "requested"
    : /^(?:Giao|Yêu cầu)/u.test(lead)
      ? "assigned"
      : null;
  return { mentions, mode, end, lineCount, inline };
};
