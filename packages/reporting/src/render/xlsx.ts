/**
 * XLSX renderer: one formatted sheet per section of the report — summary, by agency, overdue,
 * every task, and the ranking, carry-over and resolution sections when present. Each sheet has a
 * bold frozen header row, an autofilter, column widths, real numbers, percentages as numbers with
 * a percent format, and real dates shown dd/mm/yyyy.
 */

import { PassThrough, type Writable } from "node:stream";
import * as Effect from "effect/Effect";
import type ExcelJS from "exceljs";

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

type Sheet = ExcelJS.Worksheet;

const addSheet = (
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  table: Rows.Table,
  boldLast = false,
): void => {
  const ws: Sheet = wb.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, activeCell: "A2" }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  // Column styles are copied into each new cell, so the rows below need no per-cell styling.
  const first = table.rows[0] ?? [];
  ws.columns = table.columns.map((c, i) => {
    const sample = first[i];
    const numFmt = sample ? formatOf(sample) : undefined;
    return {
      header: c.header,
      width: c.chars,
      style: {
        font: { name: FONT, size: 12 },
        alignment: {
          vertical: "top",
          wrapText: sample?.kind === "text",
          ...(c.align ? { horizontal: c.align } : {}),
        },
        ...(numFmt ? { numFmt } : {}),
      },
    };
  });
  const header = ws.getRow(1);
  header.height = 32;
  header.eachCell((cell) => {
    cell.font = { name: FONT, bold: true, size: 12 };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
    cell.border = { bottom: { style: "thin" } };
  });
  header.commit();
  table.rows.forEach((cells, r) => {
    const row = ws.addRow(cells.map(cellValue));
    // A column mixing kinds (the summary's values) gets its format per cell.
    cells.forEach((cell, i) => {
      if (cell.kind !== first[i]?.kind) {
        const numFmt = formatOf(cell);
        if (numFmt) row.getCell(i + 1).numFmt = numFmt;
      }
    });
    if (boldLast && r === table.rows.length - 1) row.font = { name: FONT, size: 12, bold: true };
    row.commit();
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  ws.commit();
};

type StyleModel = Readonly<Record<string, unknown>> | undefined;
type AddStyleModel = (model: StyleModel, cellType?: number) => number;

/**
 * exceljs finds the id of every cell's style by rendering the style to XML: a third of the time of
 * a 50,000-task workbook. The cells of a column share their font, alignment, border and fill
 * objects (copied from the column's style), so the id is remembered by those objects, the number
 * format and the cell type; a style the workbook has not seen still goes to exceljs.
 */
const rememberStyleIds = (wb: ExcelJS.stream.xlsx.WorkbookWriter): void => {
  const styles = (wb as unknown as { styles?: { addStyleModel?: AddStyleModel } }).styles;
  const add = styles?.addStyleModel?.bind(styles);
  if (styles === undefined || add === undefined) return;
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (o: unknown): string => {
    if (typeof o !== "object" || o === null) return String(o);
    let id = ids.get(o);
    if (id === undefined) {
      id = ++next;
      ids.set(o, id);
    }
    return `#${id}`;
  };
  const cache = new Map<string, number>();
  styles.addStyleModel = (model, cellType) => {
    if (model === undefined) return add(model, cellType);
    const key = `${idOf(model.font)}|${idOf(model.alignment)}|${idOf(model.border)}|${idOf(model.fill)}|${idOf(model.protection)}|${String(model.numFmt)}|${String(cellType)}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const id = add(model, cellType);
    cache.set(key, id);
    return id;
  };
};

/** Writes the workbook to `stream` (a file, an HTTP response…). */
export const write = async (bundle: ReportBundle, stream: Writable, options: Options = {}): Promise<void> => {
  const lang = options.lang ?? "vi";
  const L = Labels.of(lang);
  // exceljs takes most of this package's load time; it is loaded on the first workbook only.
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  rememberStyleIds(wb);
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
  await wb.commit();
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
    try: async () => {
      const chunks: Buffer[] = [];
      const sink = new PassThrough();
      sink.on("data", (chunk: Buffer) => chunks.push(chunk));
      const ended = new Promise<void>((resolve, reject) => {
        sink.on("end", resolve);
        sink.on("error", reject);
      });
      await write(bundle, sink, options);
      sink.end();
      await ended;
      return new Uint8Array(Buffer.concat(chunks));
    },
    catch: (cause) => new RenderFailed({ format: "xlsx", cause }),
  });
