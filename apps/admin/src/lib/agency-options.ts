/**
 * Options of an agency picker: every agency of the directory, the ones that have ceased (merged in
 * 2025, for instance) marked with their last day, because older notices still name them.
 */
import type { TFunction } from "i18next";

import type { Agency } from "../api/types.js";
import { formatDate } from "./dates.js";

export function agencyOptions(agencies: readonly Agency[], t: TFunction): { value: string; label: string }[] {
  return agencies.map((a) => {
    const short = a.shortNames[0] ? ` (${a.shortNames[0]})` : "";
    const ended = a.validTo ? ` — ${t("agencies.endedOn", { date: formatDate(a.validTo) })}` : "";
    return { value: a.id, label: `${a.name}${short}${ended}` };
  });
}
