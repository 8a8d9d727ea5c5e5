/**
 * Import jobs: a sheet is read and checked in the background (the job row's `processed`/`total` is
 * the progress a client polls), giving a dry-run report of what would be created, changed or left
 * alone and which rows cannot be read; applying re-plans and writes everything in one transaction,
 * so a failure leaves nothing half-imported. Tasks are matched by (source, external id), so
 * importing the same sheet again changes nothing.
 */
import type { Kysely, Selectable } from "kysely";
import type { Deps } from "../../context.js";
import type { Database, TaskTable } from "../../db/schema.js";
import type { Actor } from "../../services/audit.js";
import * as Directory from "../../services/directory.js";
import * as Ids from "../../services/ids.js";
import { localDate } from "../../services/rules.js";
import * as Tasks from "../../services/tasks.js";
import { taskSummary } from "../events.js";
import * as Outbox from "../outbox.js";
import type { Mapping, Row, RowError } from "./rows.js";
import { readRows, resolveMapping } from "./rows.js";
import * as Sheet from "./sheet.js";

type TaskRow = Selectable<TaskTable>;

export interface Change {
  readonly field: string;
  readonly from: unknown;
  readonly to: unknown;
}

export interface Planned {
  readonly row: number;
  readonly externalId: string;
  readonly action: "create" | "update" | "unchanged";
  readonly taskId: string | null;
  readonly changes: readonly Change[];
}

export interface Report {
  readonly total: number;
  readonly create: number;
  readonly update: number;
  readonly unchanged: number;
  readonly errorCount: number;
  /** Unreadable rows with their number and reason (the first 5,000). */
  readonly errors: readonly RowError[];
  /** Rows that would be created or changed (the first 1,000). */
  readonly changes: readonly Planned[];
  readonly mappingProblems: readonly { field: string; message: string }[];
  readonly applied: { created: number; updated: number; noticesCreated: number } | null;
}

const coordinatorsText = (list: readonly { name: string }[]) => list.map((c) => c.name).join("; ");

const diff = (row: Row, task: TaskRow): Change[] => {
  const out: Change[] = [];
  if (task.action !== row.content) out.push({ field: "content", from: task.action, to: row.content });
  if (task.lead_agency_id !== row.leadAgencyId)
    out.push({ field: "lead", from: task.lead_agency_id, to: row.leadAgencyId });
  if (task.due_on !== row.dueOn) out.push({ field: "dueOn", from: task.due_on, to: row.dueOn });
  if (task.lifecycle !== row.lifecycle)
    out.push({ field: "status", from: task.lifecycle, to: row.lifecycle });
  if (task.completed_on !== (row.completedOn ?? null))
    out.push({ field: "completedOn", from: task.completed_on, to: row.completedOn ?? null });
  if (coordinatorsText(task.coordinators) !== coordinatorsText(row.coordinators))
    out.push({
      field: "coordinators",
      from: coordinatorsText(task.coordinators),
      to: coordinatorsText(row.coordinators),
    });
  return out;
};

interface Known {
  /** Tasks of this issuer's notices, by external id: updated in place. */
  readonly own: Map<string, TaskRow>;
  /** External ids already taken by another issuer's tasks: those rows are refused. */
  readonly foreign: Set<string>;
}

const existing = async (
  db: Kysely<Database>,
  source: string,
  issuer: string | null,
  rows: readonly Row[],
): Promise<Known> => {
  const own = new Map<string, TaskRow>();
  const foreign = new Set<string>();
  for (let i = 0; i < rows.length; i += 1000) {
    const ids = rows.slice(i, i + 1000).map((r) => r.externalId);
    const found = await db
      .selectFrom("task_external_ids as x")
      .innerJoin("tasks", "tasks.id", "x.task_id")
      .selectAll("tasks")
      .select("x.external_id")
      .where("x.source", "=", source)
      .where("x.external_id", "in", ids)
      .execute();
    for (const { external_id, ...task } of found) {
      if (task.issuer_agency_id === issuer) own.set(external_id, task);
      else foreign.add(external_id);
    }
  }
  return { own, foreign };
};

/** What importing `rows` for `issuer` would do now; rows of another issuer's tasks are refused. */
export const plan = async (
  db: Kysely<Database>,
  source: string,
  issuer: string | null,
  all: readonly Row[],
): Promise<{ planned: Planned[]; tasks: Map<string, TaskRow>; rows: Row[]; refused: RowError[] }> => {
  const { own: tasks, foreign } = await existing(db, source, issuer, all);
  const rows = all.filter((r) => !foreign.has(r.externalId));
  const refused = all
    .filter((r) => foreign.has(r.externalId))
    .map((r) => ({
      row: r.row,
      column: null,
      reason: `Mã theo dõi “${r.externalId}” đã dùng cho nhiệm vụ của cơ quan ban hành khác trong nguồn “${source}” / This id belongs to another issuer's task`,
    }));
  const planned = rows.map((r): Planned => {
    const task = tasks.get(r.externalId);
    if (task === undefined)
      return { row: r.row, externalId: r.externalId, action: "create", taskId: null, changes: [] };
    const changes = diff(r, task);
    return {
      row: r.row,
      externalId: r.externalId,
      action: changes.length === 0 ? "unchanged" : "update",
      taskId: task.id,
      changes,
    };
  });
  return { planned, tasks, rows, refused };
};

const report = (
  planned: readonly Planned[],
  errors: readonly RowError[],
  total: number,
  mappingProblems: Report["mappingProblems"],
  applied: Report["applied"] = null,
): Report => ({
  total,
  create: planned.filter((p) => p.action === "create").length,
  update: planned.filter((p) => p.action === "update").length,
  unchanged: planned.filter((p) => p.action === "unchanged").length,
  errorCount: errors.length,
  errors: errors.slice(0, 5000),
  changes: planned.filter((p) => p.action !== "unchanged").slice(0, 1000),
  mappingProblems,
  applied,
});

const noticeKey = (r: { number: string | null; symbol: string | null; issuedOn: string | null }) =>
  `${r.number ?? ""}|${r.symbol ?? ""}|${r.issuedOn ?? ""}`;

/** Writes `rows` (re-planned against the current data). Must run inside one transaction. */
export const apply = async (
  db: Kysely<Database>,
  who: Actor,
  input: { source: string; issuer: string | null; fileName: string; rows: readonly Row[]; now: Date },
  onProgress: (done: number) => void = () => {},
): Promise<{
  planned: Planned[];
  refused: RowError[];
  created: number;
  updated: number;
  noticesCreated: number;
}> => {
  const { planned, tasks, rows, refused } = await plan(db, input.source, input.issuer, input.rows);
  const creates = rows.filter((_, i) => planned[i]?.action === "create");
  // Notices of this issuer: found by number, symbol and date, or created (one per document of the sheet).
  const notices = new Map<string, string>();
  const numbers = [...new Set(creates.map((r) => r.number))];
  for (let i = 0; i < numbers.length; i += 1000) {
    const found = await db
      .selectFrom("notices")
      .select(["id", "number", "symbol", "issued_on"])
      .where("number", "in", numbers.slice(i, i + 1000))
      .where("issuer_agency_id", input.issuer === null ? "is" : "=", input.issuer)
      .execute();
    for (const n of found)
      notices.set(noticeKey({ number: n.number, symbol: n.symbol, issuedOn: n.issued_on }), n.id);
  }
  let noticesCreated = 0;
  const audit: { action: string; entity: string; entity_id: string; after: string }[] = [];
  for (const r of creates) {
    const key = noticeKey(r);
    if (notices.has(key)) continue;
    const id = Ids.make("ntc");
    await db
      .insertInto("notices")
      .values({
        id,
        number: r.number,
        symbol: r.symbol,
        issued_on: r.issuedOn,
        subject: `Nhập từ bảng tính ${input.fileName}`,
        source_text: "",
        lifecycle: "published",
        published_at: input.now,
        issuer_agency_id: input.issuer,
        search_text: "",
      })
      .execute();
    notices.set(key, id);
    noticesCreated++;
    audit.push({
      action: "notice.imported",
      entity: "notice",
      entity_id: id,
      after: JSON.stringify({
        number: r.number,
        symbol: r.symbol,
        issuedOn: r.issuedOn,
        file: input.fileName,
      }),
    });
  }
  let done = 0;
  for (let i = 0; i < creates.length; i += 500) {
    const chunk = creates.slice(i, i + 500);
    const values = chunk.map((r) => ({
      id: Ids.make("tsk"),
      notice_id: notices.get(noticeKey(r)) ?? "",
      lead_agency_id: r.leadAgencyId,
      lead_name: r.leadName,
      coordinators: JSON.stringify(r.coordinators),
      action: r.content,
      due_on: r.dueOn,
      original_due_on: r.dueOn,
      lifecycle: r.lifecycle,
      completed_on: r.completedOn ?? null,
      search_text: Tasks.searchKey({
        action: r.content,
        lead_name: r.leadName,
        coordinators: r.coordinators,
      }),
      created_at: input.now,
      updated_at: input.now,
    }));
    const inserted = await db.insertInto("tasks").values(values).returningAll().execute();
    await db
      .insertInto("task_external_ids")
      .values(
        chunk.map((r, k) => ({
          source: input.source,
          external_id: r.externalId,
          task_id: values[k]?.id ?? "",
        })),
      )
      .execute();
    for (const t of inserted) {
      audit.push({ action: "task.created", entity: "task", entity_id: t.id, after: JSON.stringify(t) });
    }
    await Outbox.appendMany(
      db,
      inserted
        .filter((t) => t.lifecycle === "open")
        .map((t) => ({
          type: "task.created" as const,
          agencyIds: [t.lead_agency_id],
          taskId: t.id,
          data: { task: taskSummary(t), importedFrom: input.fileName },
        })),
    );
    done += chunk.length;
    onProgress(done);
  }
  for (let i = 0; i < audit.length; i += 500) {
    await db
      .insertInto("audit_log")
      .values(
        audit
          .slice(i, i + 500)
          .map((a) => ({ ...a, actor: who.actor, request_id: who.requestId, before: null })),
      )
      .execute();
  }
  let updated = 0;
  for (const [i, p] of planned.entries()) {
    const r = rows[i];
    const before = tasks.get(p.externalId);
    if (p.action !== "update" || r === undefined || before === undefined) continue;
    const action =
      r.lifecycle === "done" && before.lifecycle !== "done"
        ? "task.completed"
        : r.lifecycle === "open" && before.lifecycle !== "open"
          ? "task.reopen"
          : "task.imported";
    await Tasks.updateVersioned(
      db,
      who,
      before,
      null,
      {
        action: r.content,
        lead_agency_id: r.leadAgencyId,
        lead_name: r.leadName,
        due_on: r.dueOn,
        lifecycle: r.lifecycle,
        completed_on: r.completedOn ?? null,
        coordinators: JSON.stringify(r.coordinators),
        search_text: Tasks.searchKey({
          action: r.content,
          lead_name: r.leadName,
          coordinators: r.coordinators,
        }),
      },
      action,
      input.now,
    );
    updated++;
    onProgress(done + updated);
  }
  return { planned, refused, created: creates.length, updated, noticesCreated };
};

// ---------------------------------------------------------------- background runs

const setJob = (db: Kysely<Database>, id: string, values: Record<string, unknown>) =>
  db
    .updateTable("import_jobs")
    .set({ ...values, updated_at: new Date() })
    .where("id", "=", id)
    .execute();

const failed = (d: Deps, id: string, error: unknown) => {
  const message =
    error instanceof Sheet.UnreadableSheet
      ? error.message
      : "Nhập dữ liệu thất bại, không có thay đổi nào được ghi / Import failed, nothing was written";
  if (!(error instanceof Sheet.UnreadableSheet)) {
    d.log.log("error", "import failed", {
      job: id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
  return setJob(d.db.kysely, id, { status: "failed", error: message }).catch(() => {});
};

/** Reads and checks the sheet of job `id`, then stores the dry-run report (status `previewed`). */
export const preview = async (
  d: Deps,
  id: string,
  input: { bytes: Uint8Array; mapping: Mapping; source: string; issuer: string | null },
): Promise<void> => {
  try {
    const db = d.db.kysely;
    const sheet = await Sheet.read(input.bytes);
    await setJob(db, id, { total: sheet.rows.length });
    const resolved = resolveMapping(sheet.headers, input.mapping);
    if (resolved.problems.length > 0) {
      await setJob(db, id, {
        status: "previewed",
        rows: JSON.stringify([]),
        report: JSON.stringify(report([], [], sheet.rows.length, resolved.problems)),
      });
      return;
    }
    const dir = await Directory.load(db);
    const pending: Promise<unknown>[] = [];
    const today = localDate(d.now());
    const { rows, errors } = readRows(
      sheet,
      resolved,
      dir,
      (n) => {
        pending.push(setJob(db, id, { processed: n }));
      },
      today,
    );
    await Promise.all(pending);
    const planned = await plan(db, input.source, input.issuer, rows);
    const refusedAndUnreadable = [...errors, ...planned.refused].sort((x, y) => x.row - y.row);
    await setJob(db, id, {
      status: "previewed",
      processed: sheet.rows.length,
      rows: JSON.stringify(planned.rows),
      report: JSON.stringify(report(planned.planned, refusedAndUnreadable, sheet.rows.length, [])),
    });
  } catch (error) {
    await failed(d, id, error);
  }
};

/** Applies a previewed job in one transaction (status `applied`, or `failed` with nothing written). */
export const run = async (d: Deps, id: string, who: Actor): Promise<void> => {
  try {
    const db = d.db.kysely;
    const job = await db.selectFrom("import_jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    const rows = (job.rows ?? []) as Row[];
    const previous = job.report as Report | null;
    // PGlite has one connection, held by the transaction: progress is written only on PostgreSQL.
    const live = d.db.engine === "postgres";
    await setJob(db, id, { processed: 0, total: rows.length });
    const result = await db.transaction().execute((tx) =>
      apply(
        tx,
        who,
        { source: job.source, issuer: job.issuer_agency_id, fileName: job.file_name, rows, now: d.now() },
        (n) => {
          if (live && n % 1000 === 0) void setJob(db, id, { processed: n }).catch(() => {});
        },
      ),
    );
    // The tasks are written: this process's task pages go now, before the database says so.
    d.db.changes.touch("tasks");
    await setJob(db, id, {
      status: "applied",
      processed: rows.length,
      report: JSON.stringify(
        report(
          result.planned,
          [...(previous?.errors ?? []), ...result.refused],
          previous?.total ?? rows.length,
          previous?.mappingProblems ?? [],
          {
            created: result.created,
            updated: result.updated,
            noticesCreated: result.noticesCreated,
          },
        ),
      ),
    });
  } catch (error) {
    await failed(d, id, error);
  }
};

/** A job still `parsing`/`applying` without progress for this long lost its process (restart, crash). */
export const STALE_AFTER_MS = 15 * 60_000;

/**
 * Marks a job whose process died as failed (the transaction of an interrupted apply rolled back, so
 * nothing was written). Returns the row as it is now.
 */
export const settleStale = async <R extends { id: string; status: string; updated_at: Date }>(
  db: Kysely<Database>,
  row: R,
  nowMs: number = Date.now(),
): Promise<R> => {
  if (
    (row.status !== "parsing" && row.status !== "applying") ||
    nowMs - row.updated_at.getTime() < STALE_AFTER_MS
  )
    return row;
  const error =
    "Lượt nhập bị gián đoạn (máy chủ khởi động lại), không có thay đổi nào được ghi; hãy tải tệp lên lại / Interrupted, nothing was written";
  const updated = await db
    .updateTable("import_jobs")
    .set({ status: "failed", error, updated_at: new Date(nowMs) })
    .where("id", "=", row.id)
    .where("updated_at", "=", row.updated_at)
    .executeTakeFirst();
  return updated.numUpdatedRows === 0n ? row : { ...row, status: "failed", error };
};
