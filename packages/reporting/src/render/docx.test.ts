import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Effect from "effect/Effect";
import * as Result from "effect/Result";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";

import * as DocumentMeta from "../document-meta.js";
import * as ReportBundle from "../report-bundle.js";
import * as ReportData from "../report-data.js";
import * as ReportPeriod from "../report-period.js";
import { calendar } from "../test-support/calendar.js";
import { fixture } from "../test-support/fixture.js";
import { meta } from "../test-support/meta.js";
import { paragraphs, tables, unzip } from "../test-support/ooxml.js";
import * as Docx from "./docx.js";

const data = Result.getOrThrow(ReportData.parse(fixture));
const bundle = ReportBundle.build(data, {
  period: ReportPeriod.of("month", 2024, 5),
  at: "2024-06-05",
  calendar,
});
const render = (o: Docx.Options) => Effect.runPromise(Docx.render(bundle, o));

describe("Docx.render", async () => {
  const bytes = await render({ meta });
  const files = unzip(bytes);
  const xml = files["word/document.xml"] ?? "";
  const text = paragraphs(xml);

  it("lays the page out on A4 with the Decree 30 margins", () => {
    const size = /<w:pgSz ([^>]*)\/>/.exec(xml)?.[1] ?? "";
    expect(size).toContain('w:w="11906"'); // 210 mm
    expect(size).toContain('w:h="16838"'); // 297 mm
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? "";
    expect(margin).toContain('w:top="1134"'); // 20 mm
    expect(margin).toContain('w:bottom="1134"');
    expect(margin).toContain('w:left="1701"'); // 30 mm
    expect(margin).toContain('w:right="850"'); // 15 mm
    expect(files["word/styles.xml"]).toMatch(/w:ascii="Times New Roman"/);
    expect(files["word/styles.xml"]).toMatch(/<w:sz w:val="28"\/>/);
  });

  it("numbers pages at the top centre from page 2 only", () => {
    expect(xml).toContain("<w:titlePg/>");
    const headers = Object.entries(files).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    const numbered = headers.filter(([, h]) => h.includes("PAGE"));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]?.[1]).toContain('<w:jc w:val="center"/>');
    expect(xml).toMatch(/<w:headerReference w:type="first"/);
  });

  it("opens with the issuing body, the national motto, the number and the place-and-date line in italics", () => {
    const [header] = tables(xml);
    expect(header?.[0]?.[0]).toBe("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\nSố: 125/BC-UBND");
    expect(header?.[0]?.[1]).toBe(
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQuảng Trị, ngày 05 tháng 06 năm 2024",
    );
    const dateRun =
      /<w:r>(?:(?!<\/w:r>)[\s\S])*Quảng Trị, ngày 05(?:(?!<\/w:r>)[\s\S])*<\/w:r>/.exec(xml)?.[0] ?? "";
    expect(dateRun).toContain("<w:i/>");
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("Tình hình thực hiện nhiệm vụ được giao tháng 05 năm 2024");
  });

  it("states the totals and both rates, clearly labelled", () => {
    expect(text.some((p) => p.startsWith("Tổng số nhiệm vụ theo dõi trong kỳ: 12 (giao trong kỳ: 7"))).toBe(
      true,
    );
    expect(text).toContain(
      "Tỷ lệ hoàn thành (cách tính của Văn phòng Chính phủ: đã hoàn thành (kể cả quá hạn) ÷ (đã hoàn thành + chưa hoàn thành quá hạn)): 50,00%.",
    );
    expect(text).toContain(
      "Tỷ lệ hoàn thành đúng hạn (hoàn thành đúng hạn ÷ tổng số nhiệm vụ đến hạn): 25,00%.",
    );
  });

  it("carries the tables: summary, agencies with a total row, overdue list, ranking, carry-over, resolutions", () => {
    const all = tables(xml);
    // header block + 6 data tables + signature block
    expect(all).toHaveLength(8);
    const agencies = all[2] ?? [];
    expect(agencies[0]?.[1]).toBe("Cơ quan chủ trì");
    expect(agencies.find((r) => r[1] === "Sở Tài chính")).toEqual([
      "2",
      "Sở Tài chính",
      "6",
      "4",
      "1",
      "1",
      "2",
      "2",
      "0",
      "50,00%",
      "25,00%",
    ]);
    expect(agencies.at(-1)?.slice(1)).toEqual([
      "Tổng cộng",
      "12",
      "7",
      "2",
      "2",
      "4",
      "4",
      "1",
      "50,00%",
      "25,00%",
    ]);
    const overdue = all[3] ?? [];
    expect(overdue.slice(1).map((r) => [r[1], r[4], r[6], r[7]])).toEqual([
      ["923/TB-UBND (mục 4)", "31/01/2023", "486", "Trên 120 ngày"],
      ["07/TB-UBND (mục 1)", "29/02/2024", "92", "61–120 ngày"],
      ["45/TB-UBND (mục 2.a)", "15/04/2024", "46", "31–60 ngày"],
      ["112/TB-UBND (mục 8)", "15/05/2024", "16", "Đến 30 ngày"],
    ]);
    expect(overdue[3]?.[5]).toBe("31");
  });

  it("repeats the header row of data tables on every page", () => {
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(6);
  });

  it("ends with the recipients and the signature block (TM./KT., title, name)", () => {
    const signature = tables(xml).at(-1)?.[0] ?? [];
    expect(signature[0]).toContain("Nơi nhận:");
    expect(signature[0]).toContain("- Văn phòng Chính phủ;");
    expect(signature[0]?.endsWith("- Lưu: VT.")).toBe(true);
    expect(signature[1]?.trim().split("\n").filter(Boolean)).toEqual([
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Hoàng Nam",
    ]);
  });

  it("embeds a bar chart of overdue tasks by agency", async () => {
    const chart = files["word/charts/chart1.xml"] ?? "";
    expect(chart).toContain("<c:barChart>");
    expect(chart).toContain("Sở Tài chính");
    expect(await render({ meta, chart: false }).then((b) => "word/charts/chart1.xml" in unzip(b))).toBe(
      false,
    );
  });

  it("writes Vietnamese in NFC, even from decomposed input, and drops characters XML cannot hold", async () => {
    expect(xml.normalize("NFC")).toBe(xml);
    const nfd = Result.getOrThrow(
      ReportData.parse({
        ...fixture,
        tasks: (fixture.tasks ?? []).map((t) =>
          t.id === "t7" ? { ...t, action: "Xây dựng đề án\u000b sắp xếp".normalize("NFD") } : t,
        ),
      }),
    );
    const b = ReportBundle.build(nfd, {
      period: ReportPeriod.of("month", 2024, 5),
      at: "2024-06-05",
      calendar,
    });
    const out = unzip(await Effect.runPromise(Docx.render(b, { meta })))["word/document.xml"] ?? "";
    expect(out).toContain("Xây dựng đề án sắp xếp");
    expect(out.normalize("NFC")).toBe(out);
  });

  it("prints the parent body above the issuing office, and a TL./KT. signature", async () => {
    const office = Result.getOrThrow(
      DocumentMeta.parse({
        ...meta,
        parentBody: "UBND tỉnh Quảng Trị",
        issuer: "Văn phòng",
        symbol: "BC-VP",
        signer: {
          authority: ["TL. Chủ tịch", "KT. Chánh Văn phòng"],
          title: "Phó Chánh Văn phòng",
          name: "Lê Văn Bình",
        },
      }),
    );
    const doc = unzip(await render({ meta: office }))["word/document.xml"] ?? "";
    const all = tables(doc);
    expect(all[0]?.[0]?.[0]).toBe("UBND TỈNH QUẢNG TRỊ\nVĂN PHÒNG\n\nSố: 125/BC-VP");
    expect(all.at(-1)?.[0]?.[1]?.trim().split("\n").filter(Boolean)).toEqual([
      "TL. CHỦ TỊCH",
      "KT. CHÁNH VĂN PHÒNG",
      "PHÓ CHÁNH VĂN PHÒNG",
      "Lê Văn Bình",
    ]);
  });

  it("leaves the number blank on a draft and speaks English when asked", async () => {
    const draft = Result.getOrThrow(DocumentMeta.parse({ ...meta, number: null }));
    const en = unzip(await render({ meta: draft, lang: "en" }))["word/document.xml"] ?? "";
    const enText = paragraphs(en);
    expect(enText).toContain("No.:        /BC-UBND");
    expect(enText).toContain("SOCIALIST REPUBLIC OF VIETNAM");
    expect(enText.some((p) => p.startsWith("Completion rate (Government Office method"))).toBe(true);
  });
});

const soffice = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("Docx.render → PDF", () => {
  it.skipIf(!soffice)(
    soffice
      ? "renders to PDF with LibreOffice: several A4 pages, numbered from page 2"
      : "renders to PDF with LibreOffice — SKIPPED: soffice is not installed (scripts/ci-system-deps.sh installs it)",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "dondoc-docx-"));
      try {
        writeFileSync(join(dir, "report.docx"), await render({ meta }));
        execFileSync(
          "soffice",
          ["--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "report.docx")],
          {
            stdio: "ignore",
            env: { ...process.env, HOME: dir },
            timeout: 120_000,
          },
        );
        const pdf = await getDocumentProxy(new Uint8Array(readFileSync(join(dir, "report.pdf"))));
        expect(pdf.numPages).toBeGreaterThanOrEqual(2);
        expect(pdf.numPages).toBeLessThanOrEqual(6);
        const page1 = await pdf.getPage(1);
        const { width, height } = page1.getViewport({ scale: 1 });
        // A4 in points: 595 × 842.
        expect(Math.round(width)).toBe(595);
        expect(Math.round(height)).toBe(842);
        const { text } = await extractText(pdf, { mergePages: false });
        expect(text[0]?.trimStart().startsWith("1")).toBe(false);
        expect(text[1]?.trimStart().startsWith("2")).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
