/**
 * Building blocks of the DOCX renderer in the Decree 30/2020/NĐ-CP layout (Phụ lục I): Times New
 * Roman, A4 with the decree's margins, the short rules under the national motto, the issuing body
 * and the title, and the borderless layout tables of the header and signature blocks.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
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
