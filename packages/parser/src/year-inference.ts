/**
 * YearInference — the year of a deadline the notice writes without one (“trước ngày 30/6”,
 * “chậm nhất ngày 15/8”, “trong tháng 3”, “quý I năm sau”). A date without its year is taken as
 * the first such date on or after the notice's own date (the notice's year, or the next year when
 * that day has passed), and the clerk is told the year was inferred; without a notice date nothing
 * is inferred. Relative years (“năm nay”, “năm sau”, “năm tới”) count from the notice's year.
 */
import { IsoDate } from "@dondoc/domain";

/** The outcome of inferring the year of a day and month. */
export type Inferred =
  | { readonly _tag: "Date"; readonly iso: IsoDate.IsoDate; readonly year: number }
  /** The day and month exist in no year (31/02, 31/4, 32/1). */
  | { readonly _tag: "Impossible" }
  /** No notice date to infer from. */
  | { readonly _tag: "NoAnchor" };

/** `true` when day/month exists in some year (29/02 does, in leap years). */
export const isPossible = (day: number, month: number): boolean => IsoDate.isValidCivil(2024, month, day);

/**
 * The first `day/month` on or after `issuedOn`. Fails as `Impossible` for a day no month has, and
 * `NoAnchor` without a notice date.
 */
export const dayMonth = (
  day: number,
  month: number,
  issuedOn: IsoDate.IsoDate | null | undefined,
): Inferred => {
  if (!isPossible(day, month)) return { _tag: "Impossible" };
  if (issuedOn === null || issuedOn === undefined) return { _tag: "NoAnchor" };
  const first = Number(issuedOn.slice(0, 4));
  // 29/02 may wait up to 8 years (1900 → 1904 style gaps around century years).
  for (let year = first; year <= first + 8; year++) {
    if (!IsoDate.isValidCivil(year, month, day)) continue;
    const iso = IsoDate.make(year, month, day);
    if (iso >= issuedOn) return { _tag: "Date", iso, year };
  }
  return { _tag: "Impossible" };
};

/** The year of a month written without one: the notice's year unless that month has already ended. */
export const month = (m: number, issuedOn: IsoDate.IsoDate | null | undefined): number | null => {
  if (issuedOn === null || issuedOn === undefined) return null;
  const year = Number(issuedOn.slice(0, 4));
  return m >= Number(issuedOn.slice(5, 7)) ? year : year + 1;
};

/** The year of a quarter written without one: the notice's year unless that quarter has already ended. */
export const quarter = (q: number, issuedOn: IsoDate.IsoDate | null | undefined): number | null => {
  if (issuedOn === null || issuedOn === undefined) return null;
  const year = Number(issuedOn.slice(0, 4));
  return q * 3 >= Number(issuedOn.slice(5, 7)) ? year : year + 1;
};

/** A year word after “năm”: `2025`, `nay` (this year), `sau` / `tới` / `kế tiếp` (next year). */
export const YEAR_WORD = String.raw`(\d{4}|nay|sau(?!\s+khi)|tới|kế tiếp)`;

/**
 * The year a {@link YEAR_WORD} names, `null` when it is relative and there is no notice date;
 * `relative` says it was counted from the notice.
 */
export const ofWord = (
  word: string,
  issuedOn: IsoDate.IsoDate | null | undefined,
): { readonly year: number | null; readonly relative: boolean } => {
  if (/^\d{4}$/u.test(word)) return { year: Number(word), relative: false };
  if (issuedOn === null || issuedOn === undefined) return { year: null, relative: true };
  const year = Number(issuedOn.slice(0, 4));
  return { year: word.toLowerCase() === "nay" ? year : year + 1, relative: true };
};
