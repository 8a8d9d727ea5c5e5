/**
 * Reads a tracking sheet (the Excel or CSV file an office keeps today) into a header row and cell
 * rows. XLSX through exceljs (first worksheet; rich text, formulas and hyperlinks reduced to their
 * values), CSV through papaparse (comma, semicolon or tab, UTF-8 with or without BOM).
 */
import type ExcelJS from "exceljs";
import Papa from "papaparse";

export type Cell = string | number | Date | boolean | null;

export interface Sheet {
  readonly headers: readonly string[];
  /** Data rows; `rowNumbers[i]` is the row's number in the file (1-based, header counted). */
  readonly rows: readonly (readonly Cell[])[];
  readonly rowNumbers: readonly number[];
}

export class UnreadableSheet extends Error {}

const isXlsx = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;

const cellOf = (value: ExcelJS.CellValue): Cell => {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellOf((value.result ?? null) as ExcelJS.CellValue);
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("error" in value) return null;
  }
  return String(value);
};

const isBlank = (row: readonly Cell[]): boolean =>
  row.every((c) => c === null || (typeof c === "string" && c.trim() === ""));

const fromGrid = (grid: readonly (readonly Cell[])[], numbers: readonly number[]): Sheet => {
  // Title lines above the table (“BẢNG THEO DÕI …”, one merged cell) are not the header.
  const filled = (r: readonly Cell[]) => r.filter((c) => c !== null && String(c).trim() !== "").length;
  const wide = grid.slice(0, 20).findIndex((r) => filled(r) >= 3);
  const headerAt = wide >= 0 ? wide : grid.findIndex((r) => !isBlank(r));
  if (headerAt < 0) throw new UnreadableSheet("Tệp không có dòng tiêu đề / The file has no header row");
  const headers = (grid[headerAt] ?? []).map((c) => (c === null ? "" : String(c).trim()));
  const rows: Cell[][] = [];
  const rowNumbers: number[] = [];
  for (let i = headerAt + 1; i < grid.length; i++) {
    const row = grid[i] ?? [];
    if (isBlank(row)) continue;
    rows.push(headers.map((_, k) => row[k] ?? null));
    rowNumbers.push(numbers[i] ?? i + 1);
  }
  return { headers, rows, rowNumbers };
};

const readXlsx = async (bytes: Uint8Array): Promise<Sheet> => {
  // exceljs (about 400 files) is loaded on the first spreadsheet, not when the server starts.
  const { default: Excel } = await import("exceljs");
  const book = new Excel.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UnreadableSheet(
      `Không đọc được tệp Excel (${error instanceof Error ? error.message : "?"}) / Unreadable XLSX`,
    );
  }
  const sheet = book.worksheets[0];
  if (sheet === undefined)
    throw new UnreadableSheet("Tệp Excel không có trang tính / The workbook has no sheet");
  const grid: Cell[][] = [];
  const numbers: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellOf(cell.value);
    });
    grid.push(Array.from(cells, (c) => c ?? null));
    numbers.push(number);
  });
  return fromGrid(grid, numbers);
};

const readCsv = (bytes: Uint8Array): Sheet => {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [",", ";", "\t"] });
  const grid = parsed.data.map((r) => (Array.isArray(r) ? r.map((c) => (c === "" ? null : c)) : []));
  return fromGrid(
    grid,
    grid.map((_, i) => i + 1),
  );
};

/** Reads XLSX (by its ZIP signature) or CSV; throws `UnreadableSheet` with a Vietnamese reason. */
export const read = async (bytes: Uint8Array): Promise<Sheet> => {
  if (bytes.length === 0) throw new UnreadableSheet("Tệp rỗng / Empty file");
  return isXlsx(bytes) ? readXlsx(bytes) : readCsv(bytes);
};
