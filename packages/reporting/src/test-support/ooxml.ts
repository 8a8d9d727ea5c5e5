/** Reading generated Office files back in tests: unzip, and the text of each paragraph of a part. */
import { strFromU8, unzipSync } from "fflate";

export const unzip = (bytes: Uint8Array): Record<string, string> => {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
};

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The text of each `<w:p>` paragraph, in order (runs joined, line breaks as `\n`). */
export const paragraphs = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((t) => (t[0] === "<w:br/>" ? "\n" : decode(t[1] ?? "")))
      .join(""),
  );

/** The rows of each `<w:tbl>` as arrays of cell texts (nested tables are not expected). */
export const tables = (xml: string): string[][][] =>
  [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join("\n")),
    ),
  );
