/**
 * Task persistence: visibility (an agency officer or an agency-bound key sees only tasks led by or
 * delegated to its agency, a secretariat only the tasks of its issuer's notices — other tasks do
 * not exist for them), views with derived timeliness,
 * versioned updates with audit, and the filtered, keyset-paginated list.
 */
import {
  DeadlineRule,
  Lateness,
  LatenessBand,
  Recurrence,
  Reminder,
  type Timeliness,
  TimelinessCriteria,
} from "@dondoc/domain";
import type { Expression, ExpressionBuilder, Kysely, Selectable, SqlBool } from "kysely";
import { sql } from "kysely";

import * as AccessPolicy from "../access/access-policy.js";
import type { Principal } from "../auth/principal.js";
import type { Database, TaskTable } from "../db/schema.js";
import * as ETag from "../http/etag.js";
import { ApiError, notFound } from "../http/problem.js";
import type { TaskView } from "../routes/tasks/schema.js";
import type { Actor } from "./audit.js";
import * as Audit from "./audit.js";
import type { Rules } from "./rules.js";
import { fold, likeEscape } from "./text.js";

export type TaskRow = Selectable<TaskTable>;

type Eb = ExpressionBuilder<Database, "tasks">;

/** The columns a task view is made of (`view`); lists read only these. */
const viewed = [
  "id",
  "notice_id",
  "directive_id",
  "lead_agency_id",
  "lead_name",
  "is_collective",
  "coordinators",
  "mode",
  "action",
  "deadline",
  "due_on",
  "original_due_on",
  "lifecycle",
  "completed_on",
  "completion_report",
  "completion_return",
  "resolution_id",
  "delegated_to_agency_id",
  "handler_id",
  "handler_name",
  "decision_ref",
  "progress_percent",
  "reminder_count",
  "last_reminded_at",
  "version",
  "created_at",
  "updated_at",
] as const satisfies readonly (keyof TaskRow)[];

export type ViewedRow = Pick<TaskRow, (typeof viewed)[number]>;

/**
 * A recurring duty's next report from today (its label, cut-off and due date), by the domain's
 * recurrence; `null` for other deadlines.
 */
const nextOccurrenceOf = (row: ViewedRow, rules: Rules): TaskView["nextOccurrence"] => {
  if (row.deadline?.kind !== "recurring") return null;
  const rule = DeadlineRule.Recurring.safeParse(row.deadline.rule);
  if (!rule.success) return null;
  const next = Recurrence.next(rule.data, rules.today, rules.calendar, rules.policy);
  return next === null
    ? null
    : { label: next.label, labelEn: next.labelEn, cutOff: next.cutOff, dueOn: next.dueOn };
};

/** The agency's latest completion report as the API shows it; `null` when there is none. */
const completionReportView = (row: ViewedRow): TaskView["completionReport"] => {
  const r = row.completion_report;
  if (r === null) return null;
  return {
    status: r.status,
    completedOn: r.completedOn,
    note: r.note,
    attachmentIds: r.attachmentIds,
    by: r.by,
    at: r.at,
    decidedBy: r.decision?.by ?? null,
    decidedAt: r.decision?.at ?? null,
  };
};

export const view = (row: ViewedRow, rules: Rules): TaskView => {
  const times = { lifecycle: row.lifecycle, dueOn: row.due_on, completedOn: row.completed_on };
  const timeliness = rules.judge(times);
  return {
    id: row.id,
    noticeId: row.notice_id,
    directiveId: row.directive_id,
    leadAgencyId: row.lead_agency_id,
    leadName: row.lead_name,
    isCollective: row.is_collective,
    coordinators: row.coordinators,
    mode: row.mode,
    action: row.action,
    deadline:
      row.deadline === null
        ? null
        : { phrase: row.deadline.phrase, kind: row.deadline.kind, derivation: row.deadline.derivation },
    dueOn: row.due_on,
    originalDueOn: row.original_due_on,
    lifecycle: row.lifecycle,
    timeliness,
    lateness: Lateness.ofJudged(timeliness, times, rules.today, rules.calendar),
    nextOccurrence: nextOccurrenceOf(row, rules),
    completedOn: row.completed_on,
    completionReport: completionReportView(row),
    completionReturn:
      row.completion_return === null
        ? null
        : {
            reason: row.completion_return.reason ?? "",
            by: row.completion_return.by,
            on: row.completion_return.on,
            at: row.completion_return.at,
          },
    resolutionId: row.resolution_id,
    delegatedToAgencyId: row.delegated_to_agency_id,
    handlerId: row.handler_id,
    handlerName: row.handler_name,
    decisionRef: row.decision_ref,
    progressPercent: row.progress_percent,
    reminderCount: row.reminder_count,
    callsForReminder: Reminder.callsForReminder(timeliness),
    lastRemindedAt: row.last_reminded_at === null ? null : row.last_reminded_at.toISOString(),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
};

/** The task if `p` may see it, else `undefined` (also for another agency's or issuer's task). */
export const findVisible = (db: Kysely<Database>, p: Principal, id: string, lock = false) => {
  let q = db.selectFrom("tasks").selectAll().where("id", "=", id).where(AccessPolicy.tasks(p));
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
};

/** The task if `p` may see it; 404 otherwise (also for other agencies' tasks, so ids do not leak). */
export const getVisible = async (
  db: Kysely<Database>,
  p: Principal,
  id: string,
  lock = false,
): Promise<TaskRow> => {
  const row = await findVisible(db, p, id, lock);
  if (row === undefined) throw notFound("nhiệm vụ", id);
  return row;
};

export const searchKey = (t: {
  action: string;
  lead_name: string;
  coordinators: ReadonlyArray<{ name: string }>;
  deadline_phrase?: string | null;
}): string =>
  fold([t.action, t.lead_name, ...t.coordinators.map((c) => c.name), t.deadline_phrase ?? ""].join(" | "));

export type TaskChanges = Partial<{
  lead_agency_id: string | null;
  lead_name: string;
  coordinators: string;
  action: string;
  deadline: string | null;
  due_on: string | null;
  original_due_on: string | null;
  lifecycle: TaskTable["lifecycle"]["__update__"];
  completed_on: string | null;
  completion_report: string | null;
  completion_return: string | null;
  resolution_id: string | null;
  delegated_to_agency_id: string | null;
  delegated_to_user_id: string | null;
  handler_id: string | null;
  handler_name: string | null;
  decision_ref: string | null;
  progress_percent: number;
  search_text: string;
  reminder_count: number;
  last_reminded_at: Date | null;
}>;

/**
 * Applies `changes` if the stored version is still `expected` (412 otherwise), bumps the version
 * and appends an audit row with before/after. Must run inside a transaction.
 */
export const updateVersioned = async (
  db: Kysely<Database>,
  who: Actor,
  before: TaskRow,
  expected: number | null,
  changes: TaskChanges,
  action: string,
  now: Date,
): Promise<TaskRow> => {
  const after = await db
    .updateTable("tasks")
    .set({ ...changes, version: before.version + 1, updated_at: now })
    .where("id", "=", before.id)
    .where("version", "=", expected ?? before.version)
    .returningAll()
    .executeTakeFirst();
  if (after === undefined) throw ETag.stale("Nhiệm vụ", before.id, before.version);
  await Audit.record(db, who, { action, entity: "task", entityId: before.id, before, after });
  return after;
};

/** Fails with 412 when `expected` is not the row's version (checked before doing any work). */
export const ensureVersion = (
  row: { id: string; version: number },
  expected: number,
  what = "Nhiệm vụ",
): void => {
  if (row.version !== expected) throw ETag.stale(what, row.id, row.version);
};

export const invalidTransition = (row: TaskRow, to: string): ApiError =>
  new ApiError(
    "invalid-transition",
    `Nhiệm vụ ${row.id} đang ở trạng thái “${row.lifecycle}”, không chuyển sang “${to}” được / cannot go from ${row.lifecycle} to ${to}`,
  );

// ---------------------------------------------------------------- list

export type Sort = "dueOn" | "-dueOn" | "createdAt" | "-createdAt";

export interface ListFilter {
  readonly agencyId?: string | undefined;
  readonly lifecycle?: TaskTable["lifecycle"]["__select__"] | undefined;
  readonly timeliness?: Timeliness.Timeliness | undefined;
  readonly latenessBand?: LatenessBand.LatenessBand | undefined;
  readonly dueFrom?: string | undefined;
  readonly dueTo?: string | undefined;
  readonly noticeId?: string | undefined;
  readonly resolutionId?: string | undefined;
  /** The handler's user id (“my tasks”: the caller's own id, resolved by the route). */
  readonly handlerId?: string | undefined;
  readonly q?: string | undefined;
  readonly sort: Sort;
  readonly cursor?: string | undefined;
  readonly limit: number;
}

interface Cursor {
  readonly v: string | null;
  readonly id: string;
}

const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify(c)).toString("base64url");

const decodeCursor = (raw: string): Cursor => {
  try {
    const c: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (
      typeof c === "object" &&
      c !== null &&
      "id" in c &&
      typeof c.id === "string" &&
      "v" in c &&
      (c.v === null || typeof c.v === "string")
    ) {
      return { v: c.v, id: c.id };
    }
  } catch {
    // fall through
  }
  throw new ApiError("validation-failed", "Con trỏ trang không hợp lệ / Invalid cursor", {
    errors: [{ path: "query.cursor", message: "Con trỏ không hợp lệ" }],
  });
};

/** One of the domain's criteria as a condition on the tasks table. */
const criterionCondition = (eb: Eb, k: TimelinessCriteria.Criterion): Expression<SqlBool> => {
  const parts: Expression<SqlBool>[] = [eb("tasks.lifecycle", "=", k.lifecycle)];
  const due = k.due;
  if (due.kind === "none") parts.push(eb("tasks.due_on", "is", null));
  else if (due.kind === "set") parts.push(eb("tasks.due_on", "is not", null));
  else {
    if (due.from !== null) parts.push(eb("tasks.due_on", ">=", due.from));
    if (due.to !== null) parts.push(eb("tasks.due_on", "<=", due.to));
  }
  switch (k.completed) {
    case "none":
      parts.push(eb("tasks.completed_on", "is", null));
      break;
    case "on-or-before-due":
      parts.push(eb("tasks.completed_on", "<=", eb.ref("tasks.due_on")));
      break;
    case "after-due":
      parts.push(eb("tasks.completed_on", ">", eb.ref("tasks.due_on")));
      break;
    case "any":
      break;
  }
  return eb.and(parts);
};

/**
 * The SQL of timeliness value `t` today: the domain's `TimelinessCriteria`, translated (a property
 * test holds the two to `Timeliness.of` on both engines).
 */
export const timelinessCondition = (eb: Eb, t: Timeliness.Timeliness, rules: Rules): Expression<SqlBool> => {
  const criteria = TimelinessCriteria.criteriaOf(t, rules);
  return criteria.length === 0 ? eb.lit(false) : eb.or(criteria.map((k) => criterionCondition(eb, k)));
};

/**
 * The SQL of age band `b` today: the domain's `LatenessBand.criteriaOf`, translated (the property
 * test holds it to `LatenessBand.of` on both engines).
 */
export const latenessBandCondition = (
  eb: Eb,
  b: LatenessBand.LatenessBand,
  rules: Rules,
): Expression<SqlBool> => {
  const criteria = LatenessBand.criteriaOf(b, rules);
  return criteria.length === 0 ? eb.lit(false) : eb.or(criteria.map((k) => criterionCondition(eb, k)));
};

/**
 * `created_at` at the millisecond the cursor can carry: PostgreSQL keeps microseconds (and one
 * transaction stamps many rows with the same instant), JavaScript dates keep milliseconds.
 */
const createdMs = sql<Date>`date_trunc('milliseconds', tasks.created_at)`;

/** Filters that only match tasks with a deadline. */
const datedOnly = (f: ListFilter): boolean =>
  f.dueFrom !== undefined ||
  f.dueTo !== undefined ||
  f.latenessBand !== undefined ||
  f.timeliness === "overdue" ||
  f.timeliness === "due-soon" ||
  f.timeliness === "not-due" ||
  f.timeliness === "done-on-time" ||
  f.timeliness === "done-late";

export const list = async (
  db: Kysely<Database>,
  p: Principal,
  f: ListFilter,
  rules: Rules,
): Promise<{ items: ViewedRow[]; nextCursor: string | null }> => {
  let q = db.selectFrom("tasks").select(viewed).where(listedFor(p));
  if (f.agencyId !== undefined) q = q.where("lead_agency_id", "=", f.agencyId);
  if (f.lifecycle !== undefined) q = q.where("lifecycle", "=", f.lifecycle);
  if (f.timeliness !== undefined) {
    const t = f.timeliness;
    q = q.where((eb) => timelinessCondition(eb, t, rules));
  }
  if (f.latenessBand !== undefined) {
    const b = f.latenessBand;
    q = q.where((eb) => latenessBandCondition(eb, b, rules));
  }
  if (f.dueFrom !== undefined) q = q.where("due_on", ">=", f.dueFrom);
  if (f.dueTo !== undefined) q = q.where("due_on", "<=", f.dueTo);
  if (f.noticeId !== undefined) q = q.where("notice_id", "=", f.noticeId);
  if (f.resolutionId !== undefined) q = q.where("resolution_id", "=", f.resolutionId);
  if (f.handlerId !== undefined) q = q.where("handler_id", "=", f.handlerId);
  if (f.q !== undefined && fold(f.q) !== "") q = q.where("search_text", "like", `%${likeEscape(fold(f.q))}%`);

  const desc = f.sort.startsWith("-");
  const dir = desc ? "desc" : "asc";
  const cmp = desc ? "<" : ">";
  const byDue = f.sort.endsWith("dueOn");
  if (f.cursor !== undefined) {
    const c = decodeCursor(f.cursor);
    if (byDue) {
      const v = c.v;
      q =
        v === null
          ? q.where((eb) => eb.and([eb("due_on", "is", null), eb("id", cmp, c.id)]))
          : q.where((eb) => {
              // A row comparison is an index range condition on (due_on, id); tasks without a
              // deadline come last, so they follow unless a filter already excludes them.
              const after = eb(eb.refTuple("due_on", "id"), cmp, eb.tuple(v, c.id));
              return datedOnly(f) ? after : eb.or([after, eb("due_on", "is", null)]);
            });
    } else {
      const at = new Date(c.v ?? "");
      if (Number.isNaN(at.getTime()))
        throw new ApiError("validation-failed", "Con trỏ trang không hợp lệ / Invalid cursor");
      q = q.where((eb) => eb(eb.tuple(createdMs, eb.ref("id")), cmp, eb.tuple(at, c.id)));
    }
  }
  q = byDue
    ? q.orderBy("due_on", (ob) => (desc ? ob.desc().nullsLast() : ob.asc().nullsLast())).orderBy("id", dir)
    : q.orderBy(createdMs, dir).orderBy("id", dir);
  const rows = await q.limit(f.limit + 1).execute();
  const items = rows.slice(0, f.limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > f.limit && last !== undefined
      ? encodeCursor({ v: byDue ? last.due_on : last.created_at.toISOString(), id: last.id })
      : null;
  return { items, nextCursor };
};

export const unknownAgency = (id: string, path = "body.leadAgencyId"): ApiError =>
  new ApiError("validation-failed", `Không có cơ quan mã ${id} trong danh mục / Unknown agency ${id}`, {
    errors: [{ path, message: "Không có trong danh mục" }],
  });

/**
 * The rows `list` draws from for `p` (what `p` may see, collective placeholders left out) and the
 * list's timeliness filter, for counts that must equal the list's (`services/summary.ts`).
 */
export const listedFor = (p: Principal) => (eb: Eb) =>
  eb.and([AccessPolicy.tasks(p)(eb), eb("tasks.is_collective", "=", false)]);

/** The condition `list` applies for `?timeliness=t`. */
export const inTimeliness = (t: Timeliness.Timeliness, rules: Rules) => (eb: Eb) =>
  timelinessCondition(eb, t, rules);

/** The condition `list` applies for `?latenessBand=b`. */
export const inLatenessBand = (b: LatenessBand.LatenessBand, rules: Rules) => (eb: Eb) =>
  latenessBandCondition(eb, b, rules);
