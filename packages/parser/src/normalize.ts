/**
 * Normalises a notice text before parsing: Unicode NFC (Vietnamese text pasted from Word or PDF
 * often mixes decomposed and precomposed diacritics), `\n` line ends, no control characters, and
 * none of the Markdown emphasis the seeds carry (`**bold**`, `### heading`). Every span the parser
 * returns refers to the string this module returns, so callers show and highlight that string.
 */

/** Markdown heading marks at the start of a line (`### 3. …`). */
const HEADING = /^[ \t]*#{1,6}[ \t]+/gm;
/** Bold/italic runs written with `**` or `__`. */
const EMPHASIS = /\*\*|__/g;
/** An italic run written with single asterisks (`*Hà Nội, ngày …*`), not a `* item` bullet. */
const ITALIC = /(^|[\s(|])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s.,;:)|])/gmu;
/** C0 controls except tab and line feed, DEL, and zero-width characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g;

/**
 * The text every span refers to: NFC, `\n` line ends, non-breaking spaces as spaces, no control
 * characters, no Markdown `**` / `__` / `*…*` emphasis and no `#` heading marks. Never throws.
 *
 * @example
 * Normalize.text("**1. Giao Sở Tài chính**\r\n") // "1. Giao Sở Tài chính\n"
 */
export const text = (raw: string): string => {
  const s = raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(CONTROL, "")
    .replace(HEADING, "")
    .replace(EMPHASIS, "");
  // Most notices have no asterisk left: skip the italic pass then.
  return s.includes("*") ? s.replace(ITALIC, "$1$2") : s;
};

/**
 * A key for comparing Vietnamese words regardless of case and diacritics: `Sở Tài chính` and
 * `SO TAI CHINH` give the same key. `đ` folds to `d`.
 */
export const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();

/** Collapses runs of whitespace to single spaces and trims. */
export const squash = (s: string): string => s.replace(/\s+/g, " ").trim();
