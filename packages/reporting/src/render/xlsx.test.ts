import * as Effect from "effect/Effect";
import * as Result from "effect/Result";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import * as ReportBundle from "../report-bundle.js";
import * as ReportData from "../report-data.js";
import * as ReportPeriod from "../report-period.js";
import { calendar } from "../test-support/calendar.js";
import { fixture } from "../test-support/fixture.js";
import * as Xlsx from "./xlsx.js";

const data = Result.getOrThrow(ReportData.parse(fixture));
const bundle = ReportBundle.build(data, {
  period: ReportPeriod.of("month", 2024, 5),
  at: "2024-06-05",
  calendar,
});

const load = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
};

describe("Xlsx.render", async () => {
  const wb = await load(await Effect.runPromise(Xlsx.render(bundle)));
  const sheet = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };

  it("writes one sheet per section, named in Vietnamese", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Tổng hợp",
      "Theo cơ quan",
      "Quá hạn",
      "Nhiệm vụ",
      "Xếp hạng",
      "Chuyển tiếp",
      "Nghị quyết",
    ]);
  });

  it("freezes a bold header row and filters it on every sheet", () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.autoFilter).toBeTruthy();
    }
    expect(sheet("Quá hạn").autoFilter).toBe("A1:H1");
  });

  it("stores counts and rates as numbers, rates with a percent format", () => {
    const ws = sheet("Theo cơ quan");
    const row = ws.getRows(2, ws.rowCount - 1)?.find((r) => r.getCell(2).value === "Sở Tài chính");
    expect(row?.getCell(3).value).toBe(6);
    expect(row?.getCell(10).value).toBe(0.5);
    expect(row?.getCell(10).numFmt).toBe("0.00%");
    expect(row?.getCell(11).value).toBe(0.25);
    const total = ws.getRow(ws.rowCount);
    expect(total.getCell(2).value).toBe("Tổng cộng");
    expect(total.getCell(3).value).toBe(12);
    expect(total.font?.bold).toBe(true);
  });

  it("stores dates as real dates shown dd/mm/yyyy", () => {
    const ws = sheet("Quá hạn");
    const due = ws.getRow(2).getCell(5);
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString().slice(0, 10)).toBe("2023-01-31");
    expect(due.numFmt).toBe("dd/mm/yyyy");
    expect(ws.getRow(2).getCell(7).value).toBe(486);
  });

  it("lists every task with its category, and sets column widths", () => {
    const ws = sheet("Nhiệm vụ");
    expect(ws.rowCount).toBe(1 + bundle.periodic.tasks.length);
    const t5 = ws.getRows(2, ws.rowCount - 1)?.find((r) => r.getCell(1).value === "t5");
    expect(t5?.getCell(11).value).toBe("Hoàn thành đúng hạn");
    expect(t5?.getCell(9).value).toBe("Có");
    expect(ws.getColumn(4).width).toBe(60);
  });

  it("labels sheets and headers in English when asked", async () => {
    const en = await load(await Effect.runPromise(Xlsx.render(bundle, { lang: "en" })));
    expect(en.worksheets[0]?.name).toBe("Summary");
    expect(en.getWorksheet("By agency")?.getRow(1).getCell(2).value).toBe("Lead agency");
  });
});
