/**
 * Data tables of the DOCX report, written as WordprocessingML directly. A report on 10,000 tasks
 * lists thousands of rows; building them as `docx` objects took seconds, so the document is laid
 * out with `docx` around a placeholder paragraph per table, and `inject` swaps each placeholder
 * for its table's XML in the packed file. The tables are bordered, their header row is bold,
 * shaded and repeated on every page, and rows never split across pages.
 */

import { Paragraph, TextRun } from "docx";
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from "fflate";

import { CONTENT_WIDTH } from "./docx-parts.js";

export type Align = "left" | "center" | "right";

export interface Column {
  readonly header: string;
  /** Share of the table width (the shares are normalised). */
  readonly weight: number;
  readonly align?: Align;
}

export interface TableOptions {
  /** Rows printed in bold (a total row). */
  readonly boldRows?: ReadonlySet<number>;
  /** Paragraph style of the body cells. */
  readonly style?: TableStyle;
}

/** Paragraph styles the document defines for table text (see `STYLES`). */
export type TableStyle = "DondocTable" | "DondocTableSmall";

/** The paragraph styles of table text: 12 pt, 11 pt, and 10 pt for headers; single spacing. */
export const STYLES = [
  { id: "DondocTable", size: 24 },
  { id: "DondocTableSmall", size: 22 },
  { id: "DondocTableHeader", size: 20 },
].map(({ id, size }) => ({
  id,
  name: id,
  basedOn: "Normal",
  quickFormat: false,
  run: { size },
  paragraph: { spacing: { before: 0, after: 0, line: 260 } },
}));

// Characters XML 1.0 cannot hold (a vertical tab pasted from Word would corrupt the file).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching those control characters is the point.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const escapeXml = (s: string): string =>
  s
    .replace(INVALID_XML, "")
    .replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

const cellXml = (
  text: string,
  width: number,
  style: string,
  align: Align,
  bold: boolean,
  shade: boolean,
): string =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${
    shade ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : ""
  }<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${style}"/><w:jc w:val="${align}"/></w:pPr><w:r>${
    bold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : ""
  }<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:tc>`;

/** Rows of a table per piece of XML handed to the compressor. */
const ROWS_PER_PIECE = 256;

/** The XML of one table, in pieces of {@link ROWS_PER_PIECE} rows (the header first). */
export function* tableXmlPieces(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  o: TableOptions = {},
): Generator<string> {
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => Math.floor((CONTENT_WIDTH * c.weight) / total));
  const style = o.style ?? "DondocTable";
  yield [
    `<w:tbl><w:tblPr><w:tblW w:w="${CONTENT_WIDTH}" w:type="dxa"/><w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="30" w:type="dxa"/><w:left w:w="50" w:type="dxa"/><w:bottom w:w="30" w:type="dxa"/><w:right w:w="50" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`,
    widths.map((w) => `<w:gridCol w:w="${w}"/>`).join(""),
    "</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
    columns
      .map((c, i) => cellXml(c.header, widths[i] ?? 0, "DondocTableHeader", "center", true, true))
      .join(""),
    "</w:tr>",
  ].join("");
  let piece = "";
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const bold = o.boldRows?.has(r) ?? false;
    piece += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (let i = 0; i < columns.length; i++) {
      piece += cellXml(row[i] ?? "", widths[i] ?? 0, style, columns[i]?.align ?? "left", bold, false);
    }
    piece += "</w:tr>";
    if ((r + 1) % ROWS_PER_PIECE === 0) {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}</w:tbl>`;
}

/** The XML of one table. */
export const tableXml = (
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  o: TableOptions = {},
): string => [...tableXmlPieces(columns, rows, o)].join("");

const token = (n: number): string => `⟦dondoc-table-${n}⟧`;

interface TableSpec {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly string[])[];
  readonly options: TableOptions;
}

/**
 * Deflate level of the rewritten package. A report on 50,000 tasks has a `document.xml` of about
 * 75 MB of repetitive table markup: level 1 compresses it about as well as 6, several times faster.
 */
const LEVEL = 1;

/**
 * Collects the tables of one document and the placeholder paragraphs that stand for them. The
 * tables' XML is written only in `inject`, piece by piece into the compressor, so the whole
 * `document.xml` (tens of megabytes for a large report) never exists as one string.
 */
export class Tables {
  private readonly specs: TableSpec[] = [];

  /** A placeholder paragraph for the table; `inject` replaces it with the table. */
  add(columns: readonly Column[], rows: readonly (readonly string[])[], o: TableOptions = {}): Paragraph {
    const n = this.specs.length;
    this.specs.push({ columns, rows, options: o });
    return new Paragraph({ children: [new TextRun(token(n))] });
  }

  /** Replaces every placeholder in the packed .docx with its table and packs it again. */
  inject(docx: Uint8Array): Uint8Array {
    if (this.specs.length === 0) return docx;
    const files = unzipSync(docx);
    const part = files["word/document.xml"];
    if (!part) throw new Error("word/document.xml is missing from the packed document");
    const document = strFromU8(part);
    const placeholders = this.specs
      .map((spec, n) => {
        const text = `<w:p><w:r><w:t xml:space="preserve">${token(n)}</w:t></w:r></w:p>`;
        const at = document.indexOf(text);
        if (at < 0) throw new Error(`table placeholder ${n} not found`);
        return { spec, at, end: at + text.length };
      })
      .sort((a, b) => a.at - b.at);

    const out: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else out.push(chunk);
    });
    for (const [name, bytes] of Object.entries(files)) {
      const entry = new ZipDeflate(name, { level: LEVEL });
      zip.add(entry);
      if (name !== "word/document.xml") {
        entry.push(bytes, true);
        continue;
      }
      let from = 0;
      for (const { spec, at, end } of placeholders) {
        entry.push(strToU8(document.slice(from, at)));
        for (const piece of tableXmlPieces(spec.columns, spec.rows, spec.options)) entry.push(strToU8(piece));
        from = end;
      }
      entry.push(strToU8(document.slice(from)), true);
    }
    zip.end();
    if (failure) throw failure;
    const packed = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const chunk of out) {
      packed.set(chunk, offset);
      offset += chunk.length;
    }
    return packed;
  }
}
