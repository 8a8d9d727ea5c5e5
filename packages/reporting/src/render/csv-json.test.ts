import * as Effect from "effect/Effect";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as ReportBundle from "../report-bundle.js";
import * as ReportData from "../report-data.js";
import * as ReportPeriod from "../report-period.js";
import { calendar } from "../test-support/calendar.js";
import { fixture } from "../test-support/fixture.js";
import { meta } from "../test-support/meta.js";
import { unzip } from "../test-support/ooxml.js";
import * as Csv from "./csv.js";
import * as Json from "./json.js";
import * as Render from "./render.js";

const data = Result.getOrThrow(ReportData.parse(fixture));
const bundle = ReportBundle.build(data, {
  period: ReportPeriod.of("month", 2024, 5),
  at: "2024-06-05",
  calendar,
});

describe("Csv.render", () => {
  it("writes UTF-8 with a byte-order mark so Excel reads Vietnamese", async () => {
    const bytes = await Effect.runPromise(Csv.render(bundle));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.split("\r\n")[0]).toBe(
      "\uFEFFID,Thông báo,Mục,Nội dung nhiệm vụ,Cơ quan chủ trì,Ngày giao,Thời hạn ban đầu,Thời hạn,Được gia hạn,Ngày hoàn thành,Tình trạng,Số ngày làm việc quá hạn,Số ngày quá hạn",
    );
  });

  it("lists every task with dates as dd/MM/yyyy", () => {
    const lines = Csv.text(bundle).split("\r\n");
    expect(lines.find((l) => l.startsWith("t5,"))).toBe(
      "t5,45/TB-UBND,2.b,Báo cáo tình hình giải ngân các dự án nông nghiệp,Sở Nông nghiệp và Môi trường,20/03/2024,30/04/2024,20/05/2024,Có,17/05/2024,Hoàn thành đúng hạn,,",
    );
    expect(lines.find((l) => l.startsWith("t6,"))?.endsWith(",Hoàn thành quá hạn,1,1")).toBe(true);
  });

  it("quotes values holding the separator, such as Vietnamese rates", () => {
    const lines = Csv.text(bundle, { section: "agencies" }).split("\r\n");
    expect(lines.find((l) => l.includes("Sở Tài chính"))).toBe(
      '2,Sở Tài chính,6,4,1,1,2,2,0,"50,00%","25,00%"',
    );
  });
});

describe("Json.render", () => {
  it("round-trips the models under a named envelope", async () => {
    const parsed = JSON.parse(new TextDecoder().decode(await Effect.runPromise(Json.render(bundle))));
    expect(parsed.format).toBe("dondoc-report");
    expect(parsed.periodic.totals.total).toBe(12);
    expect(parsed.periodic.rates).toEqual({ completion: 0.5, onTime: 0.25, due: 8 });
    expect(parsed.scorecard.entries[0].agency.id).toBe("snnmt");
  });
});

describe("Render.fileName", () => {
  it("names the file after the period and the scope, in plain ASCII", () => {
    expect(Render.fileName(bundle, "docx")).toBe("bao-cao-2024-05.docx");
    const scoped = {
      ...bundle,
      periodic: { ...bundle.periodic, scope: { kind: "agency" as const, id: "Sở Đất đai/1" } },
    };
    expect(Render.fileName(scoped, "xlsx")).toBe("bao-cao-2024-05-agency-So-Dat-dai-1.xlsx");
  });
});

describe("Render.render", () => {
  it("renders an empty report and text with XML-special characters in every format", async () => {
    const empty = ReportBundle.build(Result.getOrThrow(ReportData.parse({})), {
      period: ReportPeriod.of("month", 2024, 5),
      at: "2024-06-05",
      calendar,
    });
    for (const format of Render.FORMATS) {
      const bytes = await Effect.runPromise(Render.render(empty, { format, meta }));
      expect(bytes.length).toBeGreaterThan(0);
    }
    const tricky = Result.getOrThrow(
      ReportData.parse({
        ...fixture,
        tasks: (fixture.tasks ?? []).map((t) =>
          t.id === "t7" ? { ...t, action: 'Sửa "quy chế" <điều 5> & báo cáo' } : t,
        ),
      }),
    );
    const b = ReportBundle.build(tricky, {
      period: ReportPeriod.of("month", 2024, 5),
      at: "2024-06-05",
      calendar,
    });
    const xml =
      unzip(await Effect.runPromise(Render.render(b, { format: "docx", meta })))["word/document.xml"] ?? "";
    expect(xml).toContain("Sửa &quot;quy chế&quot; &lt;điều 5&gt; &amp; báo cáo");
  });

  it("dispatches on the format", async () => {
    const docx = await Effect.runPromise(Render.render(bundle, { format: "docx", meta }));
    expect(Object.keys(unzip(docx))).toContain("word/document.xml");
    const xlsx = await Effect.runPromise(Render.render(bundle, { format: "xlsx" }));
    expect(Object.keys(unzip(xlsx))).toContain("xl/workbook.xml");
  });

  it("fails with a typed, Vietnamese error when DOCX lacks the document details", async () => {
    const result = await Effect.runPromise(
      Effect.result(Render.render(bundle, { format: "docx", meta: { place: "Huế" } })),
    );
    expect(Result.isFailure(result)).toBe(true);
    if (Result.isFailure(result)) {
      expect(result.failure._tag).toBe("InvalidDocumentMeta");
      expect(result.failure.message).toContain("issuer");
      expect(result.failure.message).toContain("signer");
    }
  });
});
