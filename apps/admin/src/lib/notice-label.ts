/** How a notice is named in lists: `12/TB-UBND (18/01/2023)`, or `Số …/TB-UBND` while unnumbered. */
import type { Notice } from "../api/types.js";
import { formatDate } from "./dates.js";

export function noticeLabel(
  notice: Pick<Notice, "number" | "symbol" | "issuedOn">,
  unnumbered: string,
): string {
  const code = notice.number
    ? `${notice.number}/${notice.symbol ?? ""}`
    : `${unnumbered}/${notice.symbol ?? ""}`;
  return notice.issuedOn ? `${code} (${formatDate(notice.issuedOn)})` : code;
}
