import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import * as Effect from "effect/Effect";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as DocumentText from "./document-text.js";
import * as Parser from "./parser.js";

/** A one-page PDF; `text` is drawn with Helvetica (ASCII), or nothing at all for a “scan”. */
const pdf = (text: string | null): Uint8Array => {
  const stream = text === null ? "" : `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
};

const docx = async (): Promise<Uint8Array> => {
  const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph("Số: 7/TB-UBND"),
          new Paragraph({
            children: [new TextRun({ text: "Phó Chủ tịch UBND tỉnh kết luận như sau:", bold: true })],
          }),
          new Paragraph(
            "1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát, hoàn thành trong tháng 01/2023.",
          ),
          new Table({
            rows: [
              new TableRow({
                children: [
                  "TT",
                  "Nhiệm vụ",
                  "Cơ quan chủ trì",
                  "Cơ quan phối hợp",
                  "Thời gian hoàn thành",
                ].map(cell),
              }),
              new TableRow({
                children: ["1", "Kiểm tra mỏ", "Sở Công Thương", "Các sở, ngành", "Thường xuyên"].map(cell),
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
};

const text = (input: DocumentText.Input) => Effect.runPromise(Effect.result(DocumentText.of(input)));

describe("DocumentText.of", () => {
  it("reads a DOCX, keeping table rows as cells joined with |", async () => {
    const r = await text({ docx: await docx() });
    expect(Result.isSuccess(r)).toBe(true);
    if (Result.isSuccess(r)) {
      expect(r.success).toContain("1. Giao Sở Tài chính chủ trì");
      expect(r.success).toContain("1 | Kiểm tra mỏ | Sở Công Thương | Các sở, ngành | Thường xuyên");
    }
  });

  it("parses a DOCX given as sniffed bytes", async () => {
    const n = await Effect.runPromise(Parser.parse(await docx()));
    expect(n.notice.number).toBe("7");
    const tasks = n.directives.flatMap((d) => d.tasks.map((t) => [t.lead.name, t.deadline.kind]));
    expect(tasks).toEqual([
      ["Sở Tài chính", "end-of-period"],
      ["Sở Công Thương", "ongoing"],
    ]);
  });

  it("reads the text layer of a PDF", async () => {
    const r = await text({
      pdf: pdf("Giao So Tai chinh chu tri, hoan thanh truoc ngay 15/3/2024 theo ke hoach nay"),
    });
    expect(Result.isSuccess(r) && r.success).toContain("hoan thanh truoc ngay 15/3/2024");
  });

  it("fails with ScannedPdf on a PDF without text", async () => {
    const r = await text(pdf(null));
    expect(Result.isFailure(r) && r.failure._tag).toBe("ScannedPdf");
    if (Result.isFailure(r)) expect(r.failure.message).toContain("OCR");
  });

  it("fails with UnreadableDocument on a damaged file", async () => {
    const r = await text({ pdf: new TextEncoder().encode("%PDF-1.4 garbage") });
    expect(Result.isFailure(r) && r.failure._tag).toBe("UnreadableDocument");
    const d = await text({ docx: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) });
    expect(Result.isFailure(d) && d.failure._tag).toBe("UnreadableDocument");
  });

  it("decodes UTF-8 and UTF-16 text bytes", async () => {
    const utf8 = await text(new TextEncoder().encode("Giao Sở Y tế"));
    expect(Result.isSuccess(utf8) && utf8.success).toBe("Giao Sở Y tế");
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...[..."Sở"].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const r = await text(le);
    expect(Result.isSuccess(r) && r.success).toBe("Sở");
  });
});

describe("DocumentText.htmlToText", () => {
  it("numbers Word lists the way they are shown", () => {
    expect(
      DocumentText.htmlToText(
        "<ol><li>Giao Sở A<ol><li>việc một</li><li>việc hai</li></ol></li><li>Giao Sở B</li></ol>",
      ),
    ).toBe("1. Giao Sở A\na) việc một\nb) việc hai\n2. Giao Sở B");
  });
});
