/**
 * Dates as Vietnamese notices write them: `08/01/2024`, `8-1-2024`, `ngày 15 tháng 3 năm 2024`,
 * with or without the year. The readers here only read; whether a date is a deadline is decided
 * by the deadline phrase rules.
 */
import { IsoDate } from "@dondoc/domain";

/** A day and month as written, with the year when the text gives one. */
export interface WrittenDate {
  readonly day: number;
  readonly month: number;
  readonly year: number | null;
}

/** `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, year optional (source of a regex, 3 groups). */
export const NUMERIC = String.raw`(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?(?![\d/.\-]*\d)`;
/** `15 tháng 3 năm 2024`, year optional (source of a regex, 3 groups; “ngày” is matched outside). */
export const WORDS = String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?`;

/** Reads the three captured groups of {@link NUMERIC} or {@link WORDS}. */
export const fromGroups = (
  day: string | undefined,
  month: string | undefined,
  year: string | undefined,
): WrittenDate | null => {
  if (day === undefined || month === undefined) return null;
  return { day: Number(day), month: Number(month), year: year === undefined ? null : Number(year) };
};

/** The ISO date of a written date, or `null` when it has no year or does not exist (31/02). */
export const toIso = (d: WrittenDate): IsoDate.IsoDate | null =>
  d.year !== null && IsoDate.isValidCivil(d.year, d.month, d.day)
    ? IsoDate.make(d.year, d.month, d.day)
    : null;

const ANY_DATE = new RegExp(String.raw`(?:ngày\s+)?(?:${WORDS}|${NUMERIC})`, "iu");

/** The first complete date in a string (`ngày 05/01/2023`, `19 tháng 6 năm 2026`), or `null`. */
export const firstIn = (s: string): { iso: IsoDate.IsoDate; index: number; length: number } | null => {
  const re = new RegExp(ANY_DATE.source, "giu");
  for (const m of s.matchAll(re)) {
    const d = fromGroups(m[1] ?? m[4], m[2] ?? m[5], m[3] ?? m[6]);
    const iso = d === null ? null : toIso(d);
    if (iso !== null) return { iso, index: m.index, length: m[0].length };
  }
  return null;
};

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** Quarter numbers written `II`, `2`, `IV`. */
export const quarterOf = (s: string): number | null => {
  const n = ROMAN[s.toUpperCase()] ?? Number(s);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? n : null;
};
