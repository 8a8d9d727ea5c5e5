/**
 * TaskTable — the assignment tables of plans and appendices (“Phụ lục: Nhiệm vụ trọng tâm”), as
 * DOCX extraction flattens them: one row per line, cells joined with ` | `, a header row naming
 * the columns (TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện). A
 * cell's line break continues the row on the next line. Each numbered row is a directive whose
 * lead cell may name several leads (“Sở Công Thương; Sở Xây dựng”): one task each.
 */
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

/** Finds task tables among `lines`. Never throws. */
export const find = (lines: ReadonlyArray<Line>): Table => {
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
