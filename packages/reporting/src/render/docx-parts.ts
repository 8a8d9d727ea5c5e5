/**
 * Building blocks of the DOCX renderer in the Decree 30/2020/NĐ-CP layout (Phụ lục I): Times New
 * Roman, A4 with the decree's margins, the short rules under the national motto, the issuing body
 * and the title, borderless layout tables, and bordered data tables whose header row repeats on
 * every page.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";

/** Times New Roman (Phụ lục I, mục 4). */
export const FONT = "Times New Roman";

/** Half-points: body 14 pt, tables 12 pt, recipients 11 pt. */
export const SIZE = { body: 28, heading: 26, motto: 24, table: 24, small: 22, tiny: 20 } as const;

const mm = (n: number): number => Math.round((n * 1440) / 25.4);

/** A4 portrait (11906 × 16838 twips, as Word writes it) and the decree's margins: top/bottom 20 mm, left 30 mm, right 15 mm. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
} as const;

/** The writing width between the margins, in twips. */
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export interface TextOptions {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly size?: number;
  readonly align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  readonly indentFirst?: number;
  readonly after?: number;
  readonly before?: number;
  readonly keepNext?: boolean;
}

/** One paragraph of text; `\n` starts a new line within it. */
export const para = (text: string, o: TextOptions = {}): Paragraph =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: o.before ?? 0, after: o.after ?? 120, line: 300 },
    ...(o.indentFirst ? { indent: { firstLine: o.indentFirst } } : {}),
    ...(o.keepNext ? { keepNext: true } : {}),
    children: text.split("\n").map(
      (line, i) =>
        new TextRun({
          text: line,
          font: FONT,
          size: o.size ?? SIZE.body,
          ...(o.bold ? { bold: true } : {}),
          ...(o.italics ? { italics: true } : {}),
          ...(i > 0 ? { break: 1 } : {}),
        }),
    ),
  });

/** A centred line of text with no space after (the header blocks). */
export const line = (text: string, o: TextOptions = {}): Paragraph =>
  para(text, { align: AlignmentType.CENTER, after: 0, ...o });

/** The short solid rule under the motto, the issuing body and the title (Phụ lục I), `width` twips long. */
export const rule = (width: number, within: number): Paragraph => {
  const side = Math.max(0, Math.round((within - width) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 120, line: 240 },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [new TextRun({ text: "", size: 4, font: FONT })],
  });
};

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

/** A borderless table laying blocks side by side (header block, signature block). */
export const layout = (columns: readonly { width: number; children: Paragraph[] }[]): Table =>
  new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: [
      new TableRow({
        children: columns.map(
          (c) =>
            new TableCell({
              width: { size: c.width, type: WidthType.DXA },
              margins: { left: 30, right: 30 },
              children: c.children,
            }),
        ),
      }),
    ],
  });

export type Align = "left" | "center" | "right";

export interface Column {
  readonly header: string;
  /** Share of the table width (the shares are normalised). */
  readonly weight: number;
  readonly align?: Align;
}

const alignOf = (a: Align | undefined) =>
  a === "center" ? AlignmentType.CENTER : a === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT;

const cell = (
  text: string,
  width: number,
  o: { bold?: boolean; align?: Align; shade?: boolean; size?: number },
) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 30, bottom: 30, left: 50, right: 50 },
    ...(o.shade ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "E7E6E6" } } : {}),
    children: [
      new Paragraph({
        alignment: alignOf(o.align),
        spacing: { before: 0, after: 0, line: 260 },
        children: [
          new TextRun({ text, font: FONT, size: o.size ?? SIZE.table, ...(o.bold ? { bold: true } : {}) }),
        ],
      }),
    ],
  });

/**
 * A bordered data table: bold shaded header row repeated on each page, then the rows; a row whose
 * first cell is marked `bold` (a total) is printed in bold.
 */
export const dataTable = (
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  o: { boldRows?: ReadonlySet<number>; size?: number; headerSize?: number } = {},
): Table => {
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => Math.floor((CONTENT_WIDTH * c.weight) / total));
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: SINGLE,
      bottom: SINGLE,
      left: SINGLE,
      right: SINGLE,
      insideHorizontal: SINGLE,
      insideVertical: SINGLE,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) =>
          cell(c.header, widths[i] ?? 0, {
            bold: true,
            align: "center",
            shade: true,
            size: o.headerSize ?? o.size ?? SIZE.table,
          }),
        ),
      }),
      ...rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: columns.map((c, i) =>
              cell(row[i] ?? "", widths[i] ?? 0, {
                ...(c.align ? { align: c.align } : {}),
                ...(o.boldRows?.has(r) ? { bold: true } : {}),
                ...(o.size ? { size: o.size } : {}),
              }),
            ),
          }),
      ),
    ],
  });
};
