/**
 * AgencyHeading — recognises a numbered heading that only names an agency (“1. Sở Công Thương”,
 * “7. Ủy ban nhân dân các xã, phường có cụm công nghiệp”): the text under it lists that agency's
 * duties, without a “Giao …” verb.
 */
import * as AgencyMention from "./agency-mention.js";
import type * as Outline from "./outline.js";

/** “Đối với Sở Tài chính:”, “Giao Sở Y tế:” — words before the agency in a heading. */
const LEAD_IN = /^(?:Đối với|Về phía|Giao|Riêng)\s+/u;

/** Whether a heading text is only an agency name. */
export const isAgencyHeading = (text: string): boolean => {
  // A heading ends without a full stop (“1. Sở Công Thương”, “a) Đối với Sở Y tế:”); a sentence is no heading.
  if (/[.;]\s*$/u.test(text)) return false;
  const t = text.trim().replace(/:$/u, "").replace(LEAD_IN, "");
  if (t.length === 0 || t.length > 120 || /[.;!?]/u.test(t)) return false;
  if (!AgencyMention.startsAgency(t)) return false;
  return AgencyMention.listEnd(t).end >= t.length;
};

/** The agency a heading names, or `null` when the heading is not an agency heading. */
export const headingMention = (text: string, node: Outline.Node): AgencyMention.Mention | null => {
  if (node.head === null || node.style === "bullet") return null;
  const t = text.slice(node.textStart, node.head.end);
  if (!isAgencyHeading(t)) return null;
  const skip = LEAD_IN.exec(t)?.[0].length ?? 0;
  const trimmed = t.replace(/[\s:.]+$/u, "");
  const name = trimmed.slice(skip).trim();
  return {
    name,
    start: node.textStart + skip,
    end: node.textStart + trimmed.length,
    collective: AgencyMention.isCollective(name),
    catchAll: false,
  };
};
