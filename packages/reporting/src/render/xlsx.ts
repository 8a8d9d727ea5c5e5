/**
 * XLSX renderer: one formatted sheet per section of the report — summary, by agency, overdue,
 * every task, and the ranking, carry-over and resolution sections when present. Each sheet has a
 * bold frozen header row, an autofilter, column widths, real numbers, percentages as numbers with
 * a percent format, and real dates shown dd/mm/yyyy.
 */

import { Effect } from "effect";
import ExcelJS from "exceljs";

import { RenderFailed } from "../errors.js";
import * as Labels from "../labels.js";
import type { ReportBundle } from "../report-bundle.js";
import * as ReportPeriod from "../report-period.js";
import * as Rows from "./rows.js";

export interface Options {
  readonly lang?: Labels.Lang;
}

const FONT = "Times New Roman";
export const DATE_FORMAT = "dd/mm/yyyy";
export const RATE_FORMAT = "0.00%";

const dateOf = (iso: string): Date =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

const cellValue = (cell: Rows.Cell): ExcelJS.CellValue => {
  switch (cell.kind) {
    case "text":
      return cell.value;
    case "date":
      return cell.value === null ? null : dateOf(cell.value);
    case "int":
    case "rate":
      return cell.value;
    case "decimal":
      return cell.value === null ? null : Math.round(cell.value * 10) / 10;
  }
};

const formatOf = (cell: Rows.Cell): string | undefined =>
  cell.kind === "date"
    ? DATE_FORMAT
    : cell.kind === "rate"
      ? RATE_FORMAT
      : cell.kind === "int"
        ? "#,##0"
        : cell.kind === "decimal"
          ? "0.0"
          : undefined;

const addSheet = (wb: ExcelJS.Workbook, name: string, table: Rows.Table, boldLast = false): void => {
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, activeCell: "A2" }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = table.columns.map((c) => ({ header: c.header, width: c.chars }));
  const header = ws.getRow(1);
  header.font = { name: FONT, bold: true, size: 12 };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.height = 32;
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
    cell.border = { bottom: { style: "thin" } };
  });
  table.rows.forEach((cells, r) => {
    const row = ws.addRow(cells.map(cellValue));
    row.font = { name: FONT, size: 12, bold: boldLast && r === table.rows.length - 1 };
    cells.forEach((cell, i) => {
      const target = row.getCell(i + 1);
      const numFmt = formatOf(cell);
      if (numFmt) target.numFmt = numFmt;
      const align = table.columns[i]?.align;
      target.alignment = {
        vertical: "top",
        wrapText: cell.kind === "text",
        ...(align ? { horizontal: align } : {}),
      };
    });
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
};

/** Builds the exceljs workbook (exposed for callers that want to add sheets). */
export const workbook = (bundle: ReportBundle, options: Options = {}): ExcelJS.Workbook => {
  const lang = options.lang ?? "vi";
  const L = Labels.of(lang);
  const wb = new ExcelJS.Workbook();
  // The report's own day, not the clock, so the same report gives the same file.
  const asOf = dateOf(bundle.periodic.asOf);
  wb.created = asOf;
  wb.modified = asOf;
  wb.creator = "dondoc";
  wb.title = `${L.reportType} ${L.titleOf(ReportPeriod.label(bundle.periodic.period, lang))}`;
  addSheet(wb, L.sheets.summary, Rows.summaryTable(bundle, lang));
  addSheet(wb, L.sheets.agencies, Rows.agenciesTable(bundle, lang), true);
  addSheet(wb, L.sheets.overdue, Rows.overdueTable(bundle, lang));
  addSheet(wb, L.sheets.tasks, Rows.tasksTable(bundle, lang));
  if (bundle.scorecard) addSheet(wb, L.sheets.scorecard, Rows.scorecardTable(bundle.scorecard, lang));
  if (bundle.carryOver) addSheet(wb, L.sheets.carryOver, Rows.carryOverTable(bundle.carryOver, lang));
  if (bundle.resolutions) addSheet(wb, L.sheets.resolutions, Rows.resolutionsTable(bundle.resolutions, lang));
  return wb;
};

/**
 * Renders the bundle as an .xlsx file.
 *
 * Errors: `RenderFailed` when the spreadsheet library fails.
 */
export const render = (
  bundle: ReportBundle,
  options: Options = {},
): Effect.Effect<Uint8Array, RenderFailed> =>
  Effect.tryPromise({
    try: async () => new Uint8Array(await workbook(bundle, options).xlsx.writeBuffer()),
    catch: (cause) => new RenderFailed({ format: "xlsx", cause }),
  });
