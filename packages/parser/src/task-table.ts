/**
 * TaskTable — the assignment tables of plans and appendices (“Phụ lục: Nhiệm vụ trọng tâm”), as
 * DOCX extraction flattens them: one row per line, cells joined with ` | `, a header row naming
 * the columns (TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện). A
 * cell's line break continues the row on the next line. Each numbered row is a directive whose
 * lead cell may name several leads (“Sở Công Thương; Sở Xây dựng”): one task each. PDF and web
 * text give the same tables with each cell on its own line (“STT⏎Nhiệm vụ⏎Cơ quan chủ trì⏎…”,
 * then “1⏎Rà soát …⏎Sở Xây dựng⏎Các sở, ngành⏎Quý II/2026”): those are read too.
 */
import { startsAgency } from "./agency-mention.js";
import type { Line } from "./outline.js";

/** A cell with its position in the notice text. */
export interface Cell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One numbered row of a task table. */
export interface Row {
  readonly number: string;
  readonly task: Cell;
  readonly lead: Cell | null;
  readonly coordinators: Cell | null;
  readonly deadline: Cell | null;
  readonly start: number;
  readonly end: number;
}

/** The rows of the task tables in `lines`, and which lines they used. */
export interface Table {
  readonly rows: Row[];
  readonly used: ReadonlySet<number>;
}

const cellsOf = (line: Line): Cell[] => {
  const out: Cell[] = [];
  let from = 0;
  const t = line.text;
  for (let i = 0; i <= t.length; i++) {
    if (i === t.length || t[i] === "|") {
      const raw = t.slice(from, i);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      out.push({ text, start: line.start + from + lead, end: line.start + from + lead + text.length });
      from = i + 1;
    }
  }
  return out;
};

interface Columns {
  number: number;
  task: number;
  lead: number;
  coordinators: number;
  deadline: number;
}

const columnsOf = (cells: ReadonlyArray<Cell>): Columns | null => {
  const find = (re: RegExp): number => cells.findIndex((c) => re.test(c.text));
  const deadline = find(/thời gian|thời hạn|tiến độ|hoàn thành/iu);
  const coordinators = cells.findIndex((c, i) => i !== deadline && /phối hợp/iu.test(c.text));
  let lead = cells.findIndex((c, i) => i !== deadline && i !== coordinators && /chủ trì/iu.test(c.text));
  if (lead < 0) {
    lead = cells.findIndex(
      (c, i) =>
        i !== deadline &&
        i !== coordinators &&
        /(?:cơ quan|đơn vị)[^|]*(?:thực hiện|được giao|tham mưu)|^(?:cơ quan|đơn vị)$/iu.test(c.text),
    );
  }
  if (lead < 0 || deadline < 0) return null;
  const number = find(/^(?:TT|STT|Số TT)$/iu);
  const task = cells.findIndex((c, i) => i !== lead && /nhiệm vụ|nội dung|công việc/iu.test(c.text));
  return { number: Math.max(number, 0), task: task < 0 ? 1 : task, lead, coordinators, deadline };
};

const joinCells = (a: Cell, b: Cell): Cell =>
  b.text.length === 0
    ? a
    : a.text.length === 0
      ? b
      : { text: `${a.text} ${b.text}`, start: a.start, end: b.end };

/** Finds task tables among `lines` (cells joined with ` | `, or one cell per line). Never throws. */
export const find = (lines: ReadonlyArray<Line>): Table => {
  const piped = findPiped(lines);
  const stacked = findStacked(lines, piped.used);
  if (stacked.rows.length === 0) return piped;
  return { rows: [...piped.rows, ...stacked.rows], used: new Set([...piped.used, ...stacked.used]) };
};

type Column = "number" | "task" | "lead" | "coordinators" | "deadline" | "other";

/** The column a header line names, or `null` when the line is no column header. */
const columnOf = (text: string): Column | null => {
  const t = text.trim();
  if (t.length > 50) return null;
  if (/^(?:TT|STT|Số TT)$/iu.test(t)) return "number";
  if (/thời gian|thời hạn|tiến độ/iu.test(t)) return "deadline";
  if (/phối hợp/iu.test(t)) return "coordinators";
  if (/chủ trì|(?:cơ quan|đơn vị)[^|]*(?:thực hiện|được giao|tham mưu)/iu.test(t)) return "lead";
  if (/nhiệm vụ|nội dung|công việc/iu.test(t)) return "task";
  if (/^(?:ghi chú|kết quả|sản phẩm)/iu.test(t)) return "other";
  return null;
};

const cellOf = (ls: ReadonlyArray<Line>): Cell | null => {
  const first = ls[0];
  const last = ls[ls.length - 1];
  if (first === undefined || last === undefined) return null;
  return { text: ls.map((l) => l.text).join(" "), start: first.start, end: last.end };
};

const ROW_NUMBER = /^\d{1,3}\.?$/u;
const TABLE_END = /^(?:Nơi nhận|Trên đây|TL\.|KT\.|TM\.|PHỤ LỤC|Phụ lục)/u;
const DEADLINE_CELL =
  /^(?:(?:Xong|Hoàn thành|Trước|Chậm nhất|Trong)\b|(?:Tháng|Quý|Năm)\s|Hằng|Hàng|Thường xuyên|Định kỳ|\d{1,2}\/\d{1,2}\/\d{4}$|Năm \d{4}$)/iu;

/**
 * One cell per line: a header of three or more column lines with a lead and a number column, then
 * rows that open with a number alone on its line. A row with exactly one line per column maps in
 * order; a row whose cells wrapped is read by shape: the deadline is its last line when that reads
 * as a deadline, the lead the first line that names an agency, the coordinators the lines after it.
 */
const findStacked = (lines: ReadonlyArray<Line>, taken: ReadonlySet<number>): Table => {
  const rows: Row[] = [];
  const used = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i)) continue;
    const columns: Column[] = [];
    let j = i;
    while (j < lines.length && !taken.has(j)) {
      const c = columnOf(lines[j]?.text ?? "");
      if (c === null) break;
      columns.push(c);
      j++;
    }
    if (columns.length < 3 || columns[0] !== "number" || !columns.includes("lead")) continue;
    for (let k = i; k < j; k++) used.add(k);
    let at = j;
    while (at < lines.length && ROW_NUMBER.test(lines[at]?.text ?? "")) {
      let end = at + 1;
      while (
        end < lines.length &&
        end - at <= 16 &&
        !ROW_NUMBER.test(lines[end]?.text ?? "") &&
        !TABLE_END.test(lines[end]?.text ?? "")
      )
        end++;
      const numberLine = lines[at];
      const body = lines.slice(at + 1, end);
      const row = numberLine === undefined ? null : stackedRow(numberLine, body, columns.slice(1));
      if (row !== null) rows.push(row);
      for (let k = at; k < end; k++) used.add(k);
      at = end;
    }
    i = at - 1;
  }
  return { rows, used };
};

const stackedRow = (number: Line, body: ReadonlyArray<Line>, columns: ReadonlyArray<Column>): Row | null => {
  const cells = new Map<Column, Cell | null>();
  if (body.length === columns.length) {
    columns.forEach((c, k) => {
      const l = body[k];
      if (l !== undefined && !cells.has(c)) cells.set(c, cellOf([l]));
    });
  } else {
    const last = body[body.length - 1];
    const hasDeadline = columns.includes("deadline") && last !== undefined && DEADLINE_CELL.test(last.text);
    const rest = hasDeadline ? body.slice(0, -1) : body;
    const leadAt = rest.findIndex((l, k) => k > 0 && startsAgency(l.text));
    if (leadAt < 0) return null;
    cells.set("task", cellOf(rest.slice(0, leadAt)));
    cells.set("lead", cellOf(rest.slice(leadAt, leadAt + 1)));
    cells.set("coordinators", cellOf(rest.slice(leadAt + 1)));
    cells.set("deadline", hasDeadline && last !== undefined ? cellOf([last]) : null);
  }
  const task = cells.get("task") ?? null;
  if (task === null) return null;
  return {
    number: number.text.replace(/\.$/u, ""),
    task,
    lead: cells.get("lead") ?? null,
    coordinators: cells.get("coordinators") ?? null,
    deadline: cells.get("deadline") ?? null,
    start: number.start,
    end: body[body.length - 1]?.end ?? number.end,
  };
};

/** Tables whose rows are lines with cells joined by ` | `. */
const findPiped = (lines: ReadonlyArray<Line>): Table => {
  const rows: Row[] = [];
  const used = new Set<number>();
  let columns: Columns | null = null;
  let width = 0;
  let current: { cells: Cell[]; first: number; last: number } | null = null;
  const flush = (): void => {
    if (current === null || columns === null) return;
    const c = current.cells;
    const get = (i: number): Cell | null => {
      const cell = c[i];
      return cell === undefined || cell.text.length === 0 ? null : cell;
    };
    const task = get(columns.task);
    const number = get(columns.number);
    if (task !== null && number !== null) {
      rows.push({
        number: number.text.replace(/\.$/u, ""),
        task,
        lead: get(columns.lead),
        coordinators: columns.coordinators < 0 ? null : get(columns.coordinators),
        deadline: get(columns.deadline),
        start: c[0]?.start ?? task.start,
        end: c[c.length - 1]?.end ?? task.end,
      });
    }
    current = null;
  };
  lines.forEach((line, index) => {
    const cells = line.text.includes("|") ? cellsOf(line) : null;
    if (columns === null) {
      if (cells !== null && cells.length >= 3) {
        const cols = columnsOf(cells);
        if (cols !== null) {
          columns = cols;
          width = cells.length;
          used.add(index);
        }
      }
      return;
    }
    if (cells !== null && /^\d{1,3}(?:\.\d{1,3})*\.?$/u.test(cells[0]?.text ?? "")) {
      flush();
      current = { cells, first: index, last: index };
      used.add(index);
      return;
    }
    if (cells !== null && (cells[0]?.text ?? "") === "" && /^\(\d+\)$/u.test(cells[1]?.text ?? "")) {
      used.add(index);
      return;
    }
    // A group row (“I | Nhóm nhiệm vụ …”, “A | …”) closes the row before it and is no task.
    if (cells !== null && (cells[0]?.text ?? "") !== "") {
      flush();
      used.add(index);
      return;
    }
    if (current !== null && (cells !== null || current.cells.length < width)) {
      const more = cells ?? [{ text: line.text, start: line.start, end: line.end }];
      const last = current.cells.length - 1;
      const head = more[0];
      const lastCell = current.cells[last];
      if (head !== undefined && lastCell !== undefined) current.cells[last] = joinCells(lastCell, head);
      current.cells.push(...more.slice(1));
      current.last = index;
      used.add(index);
      return;
    }
    if (cells === null) {
      flush();
      columns = null;
    }
  });
  flush();
  return { rows, used };
};
