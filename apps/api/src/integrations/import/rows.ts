/**
 * From sheet cells to import rows: the column mapping (ours → the sheet's header, guessed from the
 * usual Vietnamese headers when not given), and per row the reading of each field, or the reason the
 * row cannot be read (with its row number). Rows repeating an external id are refused after the first.
 */
import { createHash } from "node:crypto";
import { AgencyDirectory, IsoDate, Task } from "@dondoc/domain";
import { z } from "@hono/zod-openapi";
import * as Result from "effect/Result";

import { fold } from "../../services/text.js";
import type { Cell, Sheet } from "./sheet.js";

export const Field = z
  .enum([
    "externalId",
    "documentRef",
    "issuedOn",
    "content",
    "lead",
    "coordinators",
    "dueOn",
    "status",
    "completedOn",
  ])
  .openapi({ description: "Trường của dondoc", example: "dueOn" });
export type Field = z.infer<typeof Field>;

export const Mapping = z.partialRecord(Field, z.string().trim().min(1).max(200)).openapi({
  description: "Trường → tên cột trong tệp (bỏ trống: tự nhận theo tiêu đề thường dùng)",
  example: {
    documentRef: "Số/ký hiệu văn bản",
    content: "Nội dung",
    lead: "Đơn vị chủ trì",
    dueOn: "Thời hạn",
  },
});
export type Mapping = z.infer<typeof Mapping>;

/** Folded headers offices use, per field. */
const usual: Record<Field, readonly string[]> = {
  externalId: ["ma", "ma nhiem vu", "ma so", "id", "external id", "ma theo doi"],
  documentRef: [
    "so/ky hieu van ban",
    "so, ky hieu van ban",
    "so ky hieu van ban",
    "so/ky hieu",
    "so ky hieu",
    "van ban",
    "so van ban",
  ],
  issuedOn: ["ngay", "ngay van ban", "ngay ban hanh", "ngay thang"],
  content: ["noi dung", "noi dung nhiem vu", "noi dung cong viec", "nhiem vu", "trich yeu"],
  lead: ["don vi chu tri", "co quan chu tri", "chu tri"],
  coordinators: ["phoi hop", "don vi phoi hop", "co quan phoi hop"],
  dueOn: ["thoi han", "han", "han xu ly", "thoi han hoan thanh", "han hoan thanh"],
  status: ["tinh trang", "trang thai", "ket qua", "tinh hinh thuc hien"],
  completedOn: ["ngay hoan thanh", "hoan thanh ngay", "ngay xong", "thoi gian hoan thanh"],
};

const required: readonly Field[] = ["documentRef", "content", "lead"];

export interface Resolved {
  /** Field → column index. */
  readonly columns: Partial<Record<Field, number>>;
  /** Problems with the mapping itself (a named column missing, a required field unmapped). */
  readonly problems: readonly { field: Field; message: string }[];
}

/** Resolves the mapping against the headers, guessing unmapped fields from the usual headers. */
export const resolveMapping = (headers: readonly string[], mapping: Mapping): Resolved => {
  const folded = headers.map(fold);
  const columns: Partial<Record<Field, number>> = {};
  const problems: { field: Field; message: string }[] = [];
  for (const field of Field.options) {
    const named = mapping[field];
    if (named !== undefined) {
      const at = folded.indexOf(fold(named));
      if (at < 0)
        problems.push({ field, message: `Không có cột “${named}” trong tệp / No column “${named}”` });
      else columns[field] = at;
      continue;
    }
    const at = folded.findIndex((h) => usual[field].includes(h));
    if (at >= 0) columns[field] = at;
  }
  for (const field of required) {
    if (columns[field] === undefined && !problems.some((p) => p.field === field)) {
      problems.push({ field, message: `Chưa chọn cột cho “${field}” / Map a column to ${field}` });
    }
  }
  return { columns, problems };
};

export type Lifecycle = "open" | "done" | "paused" | "cancelled";

/** One readable row. */
export interface Row {
  readonly row: number;
  readonly externalId: string;
  readonly number: string;
  readonly symbol: string | null;
  readonly issuedOn: string | null;
  readonly content: string;
  readonly leadAgencyId: string;
  readonly leadName: string;
  readonly coordinators: readonly { name: string; agencyId: string | null }[];
  readonly dueOn: string | null;
  readonly lifecycle: Lifecycle;
  /** The completion day of a done task (required then), `null` otherwise. */
  readonly completedOn: string | null;
}

export interface RowError {
  readonly row: number;
  readonly column: string | null;
  readonly reason: string;
}

const text = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
};

/** A date cell: an Excel date, an Excel serial number, `dd/mm/yyyy` (or `.`/`-`), or `yyyy-mm-dd`. */
export const readDate = (cell: Cell | undefined): string | null | "invalid" => {
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) return null;
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? "invalid" : cell.toISOString().slice(0, 10);
  }
  if (typeof cell === "number") {
    // Excel's day 0 is 1899-12-30 (it counts the non-existent 29/02/1900).
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return "invalid";
    return IsoDate.addDays("1899-12-30", cell);
  }
  const s = String(cell).trim();
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const [y, m, d] = vn !== null ? [vn[3], vn[2], vn[1]] : iso !== null ? [iso[1], iso[2], iso[3]] : [];
  if (y === undefined || m === undefined || d === undefined) return "invalid";
  const [yy, mm, dd] = [Number(y), Number(m), Number(d)];
  return IsoDate.isValidCivil(yy, mm, dd) ? IsoDate.make(yy, mm, dd) : "invalid";
};

const statuses: ReadonlyArray<readonly [RegExp, Lifecycle]> = [
  [/^(da )?(huy|bai bo|khong thuc hien)/, "cancelled"],
  [/^(tam dung|tam hoan|dung)/, "paused"],
  [/^(chua|dang|trong han|qua han|cham)/, "open"],
  [/^(da )?hoan thanh|^xong|^da thuc hien|^done/, "done"],
];

/** `tình trạng` → lifecycle; empty means open; `invalid` when unrecognised. */
export const readStatus = (cell: Cell | undefined): Lifecycle | "invalid" => {
  const s = fold(text(cell));
  if (s === "") return "open";
  for (const [pattern, lifecycle] of statuses) if (pattern.test(s)) return lifecycle;
  return "invalid";
};

const matchAgency = (dir: AgencyDirectory.AgencyDirectory, name: string, on: string | null) => {
  const byId = AgencyDirectory.get(dir, name);
  if (byId !== null) return byId;
  const m = AgencyDirectory.match(dir, name, on);
  return m.kind === "agency" ? m.agency : null;
};

/**
 * Why the domain would refuse to record a row's task as the sheet states it (published on the
 * document's day, and completed on its completion day when done), or `null`: a done task needs its
 * completion day, not before the document nor after `today`.
 */
const refusal = (r: Omit<Row, "row" | "externalId">, today: string): string | null => {
  if (r.lifecycle !== "done") return null;
  if (r.completedOn === null)
    return "Nhiệm vụ đã hoàn thành cần ngày hoàn thành (cột “Ngày hoàn thành”) / A done task needs its completion date";
  const created = Task.make({
    id: "import-row",
    lead: { agencyId: r.leadAgencyId, name: r.leadName },
    mode: "assigned",
    action: r.content,
    deadline: { kind: "none", phrase: null },
    originalDueOn: r.dueOn,
    createdAt: `${r.issuedOn ?? r.completedOn}T00:00:00+07:00`,
  });
  const by = "import";
  const done = Result.flatMap(created, (t) =>
    Result.flatMap(
      Task.publish(t, { on: r.issuedOn ?? r.completedOn ?? today, by, noDeadline: true }),
      (open) => Task.complete(open, { on: r.completedOn ?? today, at: `${today}T23:59:59+07:00`, by }),
    ),
  );
  return Result.isFailure(done) ? done.failure.message : null;
};

/**
 * Reads every row; returns the readable rows and the reasons for the others. `today` (the local
 * day of the import) bounds completion days.
 */
export const readRows = (
  sheet: Sheet,
  resolved: Resolved,
  dir: AgencyDirectory.AgencyDirectory,
  onProgress: (done: number) => void = () => {},
  today = "9999-12-31",
): { rows: Row[]; errors: RowError[] } => {
  const rows: Row[] = [];
  const errors: RowError[] = [];
  const firstRowOf = new Map<string, number>();
  const col = (field: Field) => resolved.columns[field];
  const header = (field: Field) => {
    const at = col(field);
    return at === undefined ? null : (sheet.headers[at] ?? null);
  };
  for (const [i, cells] of sheet.rows.entries()) {
    const row = sheet.rowNumbers[i] ?? i + 2;
    const get = (field: Field): Cell | undefined => {
      const at = col(field);
      return at === undefined ? undefined : cells[at];
    };
    const fail = (field: Field, reason: string): void => {
      errors.push({ row, column: header(field), reason });
    };
    if (i % 1000 === 999) onProgress(i + 1);
    const ref = text(get("documentRef"));
    const content = text(get("content")).replace(/\s+/g, " ");
    const lead = text(get("lead"));
    if (ref === "") {
      fail("documentRef", "Thiếu số/ký hiệu văn bản / Missing document reference");
      continue;
    }
    if (content === "") {
      fail("content", "Thiếu nội dung nhiệm vụ / Missing task content");
      continue;
    }
    if (content.length > 5000) {
      fail("content", "Nội dung dài quá 5.000 ký tự / Content too long");
      continue;
    }
    if (lead === "") {
      fail("lead", "Thiếu đơn vị chủ trì / Missing lead agency");
      continue;
    }
    const issuedOn = readDate(get("issuedOn"));
    if (issuedOn === "invalid") {
      fail("issuedOn", `Ngày “${text(get("issuedOn"))}” không đọc được (dd/mm/yyyy) / Unreadable date`);
      continue;
    }
    const dueOn = readDate(get("dueOn"));
    if (dueOn === "invalid") {
      fail("dueOn", `Thời hạn “${text(get("dueOn"))}” không đọc được (dd/mm/yyyy) / Unreadable deadline`);
      continue;
    }
    const lifecycle = readStatus(get("status"));
    if (lifecycle === "invalid") {
      fail("status", `Tình trạng “${text(get("status"))}” không rõ / Unknown status`);
      continue;
    }
    const completedCell = readDate(get("completedOn"));
    if (completedCell === "invalid") {
      fail(
        "completedOn",
        `Ngày hoàn thành “${text(get("completedOn"))}” không đọc được (dd/mm/yyyy) / Unreadable date`,
      );
      continue;
    }
    const completedOn = lifecycle === "done" ? completedCell : null;
    const agency = matchAgency(dir, lead, issuedOn);
    if (agency === null) {
      fail("lead", `Không xác định được đơn vị chủ trì “${lead}” trong danh mục / Unknown lead agency`);
      continue;
    }
    const coordinators = text(get("coordinators"))
      .split(/[;\n]|,(?![^()]*\))/)
      .map((s) => s.trim())
      .filter((s) => s !== "")
      .map((name) => ({ name, agencyId: matchAgency(dir, name, issuedOn)?.id ?? null }));
    const slash = ref.indexOf("/");
    const number = slash < 0 ? ref : ref.slice(0, slash).trim();
    const symbol = slash < 0 ? null : ref.slice(slash + 1).trim() || null;
    const given = text(get("externalId"));
    const externalId =
      given !== ""
        ? given
        : `h:${createHash("sha256")
            .update([fold(ref), issuedOn ?? "", fold(content), agency.id].join("|"))
            .digest("hex")
            .slice(0, 32)}`;
    if (externalId.length > 200) {
      fail("externalId", "Mã dài quá 200 ký tự / External id too long");
      continue;
    }
    const first = firstRowOf.get(externalId);
    if (first !== undefined) {
      fail("externalId", `Trùng với dòng ${first} (mã ${externalId}) / Duplicate of row ${first}`);
      continue;
    }
    const read = {
      number,
      symbol,
      issuedOn,
      content,
      leadAgencyId: agency.id,
      leadName: agency.name,
      coordinators,
      dueOn,
      lifecycle,
      completedOn,
    };
    const refused = refusal(read, today);
    if (refused !== null) {
      fail(lifecycle === "done" ? "completedOn" : "status", refused);
      continue;
    }
    firstRowOf.set(externalId, row);
    rows.push({ row, externalId, ...read });
  }
  onProgress(sheet.rows.length);
  return { rows, errors };
};
