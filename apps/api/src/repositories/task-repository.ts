/**
 * TaskRepository — a task as the domain's `Task` value, loaded from its rows (the task, its
 * extension requests, its directive's path) for a caller who may see it, and saved back after a
 * domain transition: the changed task columns and extension rows, each with its audit row and
 * outbox event, in the caller's transaction. The rules live in `@dondoc/domain`; this module only
 * translates rows ↔ values.
 */
import { DeadlineRule, Extension, type Task } from "@dondoc/domain";
import * as Result from "effect/Result";
import type { Kysely, Selectable } from "kysely";

import * as AccessPolicy from "../access/access-policy.js";
import type { Principal } from "../auth/principal.js";
import type { Database, ExtensionRequestTable, NoticeLifecycle } from "../db/schema.js";
import type { Actor } from "../services/audit.js";
import * as Audit from "../services/audit.js";
import * as Ids from "../services/ids.js";
import { localDate } from "../services/rules.js";
import * as Tasks from "../services/tasks.js";
import { NotFound, StaleVersion } from "../use-cases/use-case-error.js";

export type ExtensionRow = Selectable<ExtensionRequestTable>;

/** A task as loaded: its row (for the audit's “before”), the domain value and its notice's state. */
export interface Loaded {
  readonly row: Tasks.TaskRow;
  readonly task: Task.Task;
  readonly extensions: ReadonlyArray<ExtensionRow>;
  readonly noticeLifecycle: NoticeLifecycle;
}

/** An instant as the domain writes it: ISO 8601 with the Vietnamese offset. */
export const instantOf = (d: Date): string =>
  `${new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;

/** The domain value of a stored extension request. */
export const extensionOf = (e: ExtensionRow): Extension.Extension => ({
  id: e.id,
  reason: e.reason,
  proposedDueOn: e.requested_due_on,
  requestedOn: localDate(e.created_at),
  requestedAt: instantOf(e.created_at),
  requestedBy: e.requested_by,
  previousDueOn: e.current_due_on,
  reference: null,
  status: e.status,
  isLate: Extension.isLateRequest(localDate(e.created_at), e.current_due_on),
  decision:
    e.decided_at === null || e.decided_by === null
      ? null
      : {
          decidedOn: localDate(e.decided_at),
          at: instantOf(e.decided_at),
          by: e.decided_by,
          dueOn: e.approved_due_on,
          note: e.decision_note,
          reference: e.decision_ref,
        },
});

const ruleOf = (row: Tasks.TaskRow): { rule: DeadlineRule.DeadlineRule; unread: string | null } => {
  const parsed = DeadlineRule.DeadlineRule.safeParse(row.deadline?.rule);
  if (parsed.success) return { rule: parsed.data, unread: null };
  const phrase = row.deadline?.phrase?.trim() ?? "";
  return { rule: { kind: "none", phrase: null }, unread: phrase.length > 0 ? phrase : null };
};

/** What a task's notice tells about it: the directive's path, and the day the notice was issued. */
export interface TaskContext {
  readonly directivePath: string | null;
  readonly issuedOn: string | null;
}

/**
 * The domain value of stored rows. A task exists from the day its notice was issued (its row may
 * have been written later, when the notice was entered or imported).
 */
export const toTask = (
  row: Tasks.TaskRow,
  extensions: ReadonlyArray<ExtensionRow>,
  context: TaskContext,
): Task.Task => {
  const { rule, unread } = ruleOf(row);
  const exts = extensions.map(extensionOf);
  // The deadline in force is the row's `due_on`; rows written before every change of it went
  // through an extension may differ from the original without one, so it stands as the original.
  const hasApproved = exts.some((e) => e.status === "approved" && e.decision?.dueOn != null);
  return {
    id: row.id,
    noticeId: row.notice_id,
    directivePath: context.directivePath,
    lead: { agencyId: row.lead_agency_id, name: row.lead_name },
    coordinators: row.coordinators.map((c) => ({ agencyId: c.agencyId, name: c.name })),
    collectivePhrase: row.is_collective ? row.lead_name : null,
    mode: row.mode === "requested" ? "requested" : "assigned",
    action: row.action,
    deadline: rule,
    unreadDeadlinePhrase: unread,
    originalDueOn: hasApproved ? row.original_due_on : row.due_on,
    lifecycle: row.lifecycle,
    completedOn: row.completed_on,
    completionReport: row.completion_report,
    completionReturn: row.completion_return,
    extensions: exts,
    progress: [],
    resolutionIds: row.resolution_id === null ? [] : [row.resolution_id],
    carriesOverTaskId: null,
    delegatedTo: [],
    watchers: [],
    handler:
      row.handler_id === null ? null : { userId: row.handler_id, name: row.handler_name ?? row.handler_id },
    explanationRequests: [],
    history: [],
    version: row.version,
    createdAt:
      context.issuedOn !== null && context.issuedOn < localDate(row.created_at)
        ? `${context.issuedOn}T00:00:00+07:00`
        : instantOf(row.created_at),
    updatedAt: instantOf(row.updated_at),
  };
};

/**
 * The task `id` if `p` may see it (locked for update when asked), as a domain value with its
 * extension requests; `NotFound` otherwise, also for another agency's or issuer's task.
 */
export const load = async (
  db: Kysely<Database>,
  p: Principal,
  id: string,
  options: { readonly lock?: boolean } = {},
): Promise<Result.Result<Loaded, NotFound>> => {
  let q = db.selectFrom("tasks").selectAll().where("id", "=", id).where(AccessPolicy.tasks(p));
  if (options.lock === true) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (row === undefined) return Result.fail(new NotFound({ what: "nhiệm vụ", id }));
  const extensions = await db
    .selectFrom("extension_requests")
    .selectAll()
    .where("task_id", "=", id)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const context = await db
    .selectFrom("notices")
    .leftJoin("directives", (j) => j.on("directives.id", "=", row.directive_id ?? ""))
    .select(["notices.lifecycle", "notices.issued_on", "directives.path"])
    .where("notices.id", "=", row.notice_id)
    .executeTakeFirst();
  return Result.succeed({
    row,
    task: toTask(row, extensions, {
      directivePath: context?.path ?? null,
      issuedOn: context?.issued_on ?? null,
    }),
    extensions,
    noticeLifecycle: context?.lifecycle ?? "published",
  });
};

/**
 * The task `id` locked for a write by `p`, at the version the caller read (`StaleVersion`
 * otherwise, checked before any work); `NotFound` as {@link load}.
 */
export const loadForWrite = async (
  db: Kysely<Database>,
  p: Principal,
  id: string,
  expectedVersion: number,
): Promise<Result.Result<Loaded, NotFound | StaleVersion>> => {
  const loaded = await load(db, p, id, { lock: true });
  if (Result.isFailure(loaded)) return loaded;
  const { row } = loaded.success;
  return row.version === expectedVersion
    ? loaded
    : Result.fail(new StaleVersion({ what: "Nhiệm vụ", id: row.id, current: row.version }));
};

/** The task an extension request belongs to, if `p` may see it; `NotFound` names the request. */
export const loadByExtension = async (
  db: Kysely<Database>,
  p: Principal,
  extensionId: string,
  options: { readonly lock?: boolean } = {},
): Promise<Result.Result<Loaded, NotFound>> => {
  const ext = await db
    .selectFrom("extension_requests")
    .select("task_id")
    .where("id", "=", extensionId)
    .executeTakeFirst();
  const missing = new NotFound({ what: "đề nghị gia hạn", id: extensionId });
  if (ext === undefined) return Result.fail(missing);
  const loaded = await load(db, p, ext.task_id, options);
  return Result.isFailure(loaded) ? Result.fail(missing) : loaded;
};

/** What a use case saves beside the domain's changes. */
export interface SaveOptions {
  /** The audit action of the task row's change (`task.completed`). */
  readonly action: string;
  readonly now: Date;
  /** Columns the domain value does not hold (`decision_ref`, `progress_percent`, `resolution_id`). */
  readonly columns?: Tasks.TaskChanges;
  /** What the task row's integration event carries beside the task (`Audit.Entry.eventData`). */
  readonly eventData?: Record<string, unknown>;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The task columns that differ between two domain values of the same task. */
const changedColumns = (loaded: Loaded, after: Task.Task): Tasks.TaskChanges => {
  const before = loaded.task;
  const out: Tasks.TaskChanges = {};
  if (after.lifecycle !== before.lifecycle) out.lifecycle = after.lifecycle;
  if (after.completedOn !== before.completedOn) out.completed_on = after.completedOn;
  if (!same(after.completionReport ?? null, before.completionReport ?? null))
    out.completion_report = after.completionReport == null ? null : JSON.stringify(after.completionReport);
  if (!same(after.completionReturn ?? null, before.completionReturn ?? null))
    out.completion_return = after.completionReturn == null ? null : JSON.stringify(after.completionReturn);
  const due = Extension.currentDueOn(after);
  if (due !== Extension.currentDueOn(before)) out.due_on = due;
  if (after.originalDueOn !== before.originalDueOn && after.lifecycle === "draft")
    out.original_due_on = after.originalDueOn;
  if (!same(after.lead, before.lead)) {
    out.lead_agency_id = after.lead.agencyId;
    out.lead_name = after.lead.name;
  }
  if (!same(after.coordinators, before.coordinators)) out.coordinators = JSON.stringify(after.coordinators);
  if (after.action !== before.action) out.action = after.action;
  if ((after.handler?.userId ?? null) !== (before.handler?.userId ?? null)) {
    out.handler_id = after.handler?.userId ?? null;
    out.handler_name = after.handler?.name ?? null;
  }
  if (!same(after.deadline, before.deadline) && loaded.row.deadline !== null) {
    out.deadline = JSON.stringify({
      ...loaded.row.deadline,
      kind: after.deadline.kind,
      rule: after.deadline.kind === "none" ? null : after.deadline,
    });
  }
  if (out.action !== undefined || out.lead_name !== undefined || out.coordinators !== undefined) {
    out.search_text = Tasks.searchKey({
      action: after.action,
      lead_name: after.lead.name,
      coordinators: after.coordinators,
      deadline_phrase: loaded.row.deadline?.phrase ?? null,
    });
  }
  return out;
};

const extensionAudit: Record<Extension.ExtensionStatus, string> = {
  pending: "extension.requested",
  approved: "extension.approved",
  rejected: "extension.rejected",
  withdrawn: "extension.withdrawn",
};

/** Inserts new extension requests and writes decided ones, each with its audit row. */
const saveExtensions = async (
  db: Kysely<Database>,
  who: Actor,
  loaded: Loaded,
  after: Task.Task,
): Promise<ExtensionRow[]> => {
  const saved: ExtensionRow[] = [];
  for (const e of after.extensions) {
    const old = loaded.extensions.find((r) => r.id === e.id);
    if (old === undefined) {
      const row = await db
        .insertInto("extension_requests")
        .values({
          id: e.id,
          task_id: after.id,
          requested_by: e.requestedBy,
          reason: e.reason,
          current_due_on: e.previousDueOn,
          requested_due_on: e.proposedDueOn,
          created_at: e.requestedAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who, {
        action: extensionAudit.pending,
        entity: "extension_request",
        entityId: row.id,
        after: row,
      });
      saved.push(row);
    } else if (old.status !== e.status && e.decision !== null) {
      const row = await db
        .updateTable("extension_requests")
        .set({
          status: e.status,
          decided_by: e.decision.by,
          decided_at: e.decision.at,
          decision_note: e.decision.note,
          decision_ref: e.decision.reference,
          approved_due_on: e.status === "approved" ? e.decision.dueOn : null,
          version: old.version + 1,
        })
        .where("id", "=", old.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who, {
        action: extensionAudit[e.status],
        entity: "extension_request",
        entityId: row.id,
        before: old,
        after: row,
      });
      saved.push(row);
    }
  }
  return saved;
};

/** What {@link save} wrote. */
export interface Saved {
  readonly row: Tasks.TaskRow;
  /** Extension requests inserted or decided. */
  readonly extensions: ReadonlyArray<ExtensionRow>;
}

/**
 * Saves `after` (the domain's result of a transition on `loaded.task`): the task columns that
 * changed, if any, under optimistic concurrency (`StaleVersion` when another write came first),
 * and the extension requests it added or decided, each with its audit row and outbox event. Runs
 * inside the caller's transaction.
 */
export const save = async (
  db: Kysely<Database>,
  who: Actor,
  loaded: Loaded,
  after: Task.Task,
  options: SaveOptions,
): Promise<Result.Result<Saved, StaleVersion>> => {
  const changes = { ...changedColumns(loaded, after), ...(options.columns ?? {}) };
  let row = loaded.row;
  if (Object.keys(changes).length > 0) {
    const updated = await db
      .updateTable("tasks")
      .set({ ...changes, version: row.version + 1, updated_at: options.now })
      .where("id", "=", row.id)
      .where("version", "=", row.version)
      .returningAll()
      .executeTakeFirst();
    if (updated === undefined) {
      const current = await db
        .selectFrom("tasks")
        .select("version")
        .where("id", "=", row.id)
        .executeTakeFirst();
      return Result.fail(
        new StaleVersion({ what: "Nhiệm vụ", id: row.id, current: current?.version ?? row.version }),
      );
    }
    await Audit.record(db, who, {
      action: options.action,
      entity: "task",
      entityId: row.id,
      before: row,
      after: updated,
      ...(options.eventData === undefined ? {} : { eventData: options.eventData }),
    });
    row = updated;
  }
  return Result.succeed({ row, extensions: await saveExtensions(db, who, loaded, after) });
};

/** A fresh extension request id. */
export const newExtensionId = (): string => Ids.make("ext");
