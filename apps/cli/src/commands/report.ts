/**
 * `dondoc report --input export.json --period 2024-01|2024-Q1|2024-H1|2024 [--scope all|agency:ID|
 * notice:ID|resolution:ID] [--format docx|xlsx|csv|json] --out FILE` — the periodic report on
 * assigned tasks from a JSON export (`ReportData` of `@dondoc/reporting`), as a Decree 30/2020
 * document, a workbook, CSV or JSON. The document details (issuer, number, signer) come from
 * `--meta FILE` or the export's `document` key. The work is in `report-run.ts`, loaded when a
 * report is made.
 */
import type { Csv, Render } from "@dondoc/reporting";
import type { Command } from "commander";

import * as Messages from "../messages.js";

type Lang = Messages.Lang;

// Kept here so that `dondoc --help` and the other commands do not load the report renderers
// (docx, exceljs: about a second): `@dondoc/reporting` is imported when a report is made.
export const FORMATS: readonly Render.Format[] = ["docx", "xlsx", "csv", "json"];
export const SECTIONS: readonly Csv.Section[] = [
  "tasks",
  "summary",
  "agencies",
  "overdue",
  "scorecard",
  "carry-over",
  "resolutions",
];

export const words = {
  vi: {
    description:
      "lập báo cáo định kỳ tình hình thực hiện nhiệm vụ (DOCX theo Nghị định 30/2020, XLSX, CSV, JSON)",
    input: "tệp dữ liệu xuất (JSON, dạng ReportData)",
    period: "kỳ báo cáo: 2024-01 (tháng), 2024-Q1 (quý), 2024-H1 (6 tháng), 2024 (năm)",
    scope: "phạm vi: all, agency:<mã>, notice:<mã>, issuer:<mã>, resolution:<mã>",
    format: "định dạng: docx, xlsx, csv, json (mặc định theo đuôi tệp --out)",
    out: "tệp kết quả (“-” in ra màn hình, chỉ với csv và json)",
    at: "ngày lập báo cáo YYYY-MM-DD (mặc định: hôm nay)",
    cutOff: "cách chốt số liệu: decree-09 (15 → 14, mặc định) hoặc calendar (cả tháng)",
    meta: "tệp JSON thông tin văn bản: cơ quan ban hành, số, địa danh, người ký",
    csvSection: "bảng xuất CSV: tasks, summary, agencies, overdue, scorecard, carry-over, resolutions",
    noChart: "không chèn biểu đồ vào DOCX",
    allAgencies:
      "liệt kê mọi cơ quan trong dữ liệu (kể cả không có nhiệm vụ); mặc định chỉ các cơ quan chủ trì có nhiệm vụ",
    steps: (format: string) => ["đọc dữ liệu", "lập báo cáo", `xuất ${format.toUpperCase()}`, "ghi tệp"],
    badFormat: (f: string) => `Định dạng “${f}” không hỗ trợ: dùng docx, xlsx, csv hoặc json.`,
    badCutOff: (c: string) => `Cách chốt số liệu “${c}” không hợp lệ: dùng decree-09 hoặc calendar.`,
    badSection: (s: string) => `Bảng “${s}” không có: dùng ${SECTIONS.join(", ")}.`,
    binaryToStdout: (f: string) => `Định dạng ${f} là tệp nhị phân: cần --out <tệp>.`,
    noMeta:
      "Báo cáo DOCX cần thông tin văn bản: thêm --meta <tệp.json> hoặc khóa “document” trong tệp dữ liệu (issuer, place, signer).",
    written: (
      what: string,
      file: string,
      total: number,
      overdue: number,
      completion: string,
      onTime: string,
    ) =>
      `Đã ghi báo cáo ${what} vào ${file}: ${total} nhiệm vụ, ${overdue} chưa hoàn thành quá hạn; tỷ lệ hoàn thành ${completion}, tỷ lệ hoàn thành đúng hạn ${onTime}.`,
  },
  en: {
    description:
      "write the periodic report on assigned tasks (DOCX in the Decree 30/2020 layout, XLSX, CSV, JSON)",
    input: "export file (JSON, ReportData shape)",
    period: "period: 2024-01 (month), 2024-Q1 (quarter), 2024-H1 (half-year), 2024 (year)",
    scope: "scope: all, agency:<id>, notice:<id>, issuer:<id>, resolution:<id>",
    format: "format: docx, xlsx, csv, json (default from the --out extension)",
    out: "output file (“-” prints, csv and json only)",
    at: "day the report is made, YYYY-MM-DD (default: today)",
    cutOff: "data cut-off: decree-09 (15th → 14th, default) or calendar (whole months)",
    meta: "JSON file with the document details: issuer, number, place, signer",
    csvSection: "CSV table: tasks, summary, agencies, overdue, scorecard, carry-over, resolutions",
    noChart: "leave the chart out of the DOCX",
    allAgencies:
      "list every agency of the export (with zeros); by default only those leading a task in the report",
    steps: (format: string) => [
      "reading the export",
      "building the report",
      `rendering ${format.toUpperCase()}`,
      "writing",
    ],
    badFormat: (f: string) => `Unsupported format “${f}”: use docx, xlsx, csv or json.`,
    badCutOff: (c: string) => `Unknown cut-off “${c}”: use decree-09 or calendar.`,
    badSection: (s: string) => `No table “${s}”: use ${SECTIONS.join(", ")}.`,
    binaryToStdout: (f: string) => `${f} is a binary format: give --out <file>.`,
    noMeta:
      "A DOCX report needs the document details: add --meta <file.json> or a “document” key in the export (issuer, place, signer).",
    written: (
      what: string,
      file: string,
      total: number,
      overdue: number,
      completion: string,
      onTime: string,
    ) =>
      `Wrote the report for ${what} to ${file}: ${total} tasks, ${overdue} unfinished and overdue; completion rate ${completion}, on-time rate ${onTime}.`,
  },
} as const;

export interface Options {
  input: string;
  period: string;
  scope: string;
  format?: string;
  out?: string;
  at?: string;
  cutOff: string;
  meta?: string;
  csvSection?: string;
  chart: boolean;
  allAgencies?: boolean;
}

export const isFormat = (f: string): f is Render.Format => (FORMATS as readonly string[]).includes(f);
export const isSection = (s: string): s is Csv.Section => (SECTIONS as readonly string[]).includes(s);

export const register = (program: Command): void => {
  const lang0: Lang = Messages.langOf(process.argv);
  const w = words[lang0];
  program
    .command("report")
    .description(w.description)
    .requiredOption("--input <file>", w.input)
    .requiredOption("--period <period>", w.period)
    .option("--scope <scope>", w.scope, "all")
    .option("--format <format>", w.format)
    .option("--out <file>", w.out)
    .option("--at <date>", w.at)
    .option("--cut-off <mode>", w.cutOff, "decree-09")
    .option("--meta <file>", w.meta)
    .option("--csv-section <table>", w.csvSection)
    .option("--no-chart", w.noChart)
    .option("--all-agencies", w.allAgencies)
    .option("--json", Messages.of(lang0).jsonErrors)
    .action(async (opts: Options) => {
      const { run } = await import("./report-run.js");
      await run(opts, Messages.langOf(process.argv));
    });
};
