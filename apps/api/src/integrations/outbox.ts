/**
 * The transactional outbox: `append` writes one event row inside the caller's transaction, and
 * `fromAudit` (called by `Audit.record`) turns the audit entries that are integration events into
 * outbox rows. Delivery happens later, from the worker, so a failed webhook never undoes a change.
 */
import type { Kysely } from "kysely";

import type { Database, TaskTable } from "../db/schema.js";
import * as Ids from "../services/ids.js";
import type { Envelope, EventType } from "./events.js";
import { ofAuditAction, taskSummary } from "./events.js";

export interface Append {
  readonly type: EventType;
  /** Agencies the event concerns: agency-scoped subscriptions only see events naming theirs. */
  readonly agencyIds: readonly (string | null | undefined)[];
  readonly taskId?: string | null;
  readonly data: Record<string, unknown>;
  /** Defaults to now. */
  readonly occurredAt?: Date;
}

/** Appends one event; returns its id (`evt_…`). */
export const append = async (db: Kysely<Database>, event: Append): Promise<string> => {
  const id = Ids.make("evt");
  const agencies = [...new Set(event.agencyIds.filter((a): a is string => typeof a === "string"))];
  await db
    .insertInto("outbox_events")
    .values({
      event_id: id,
      type: event.type,
      agency_ids: JSON.stringify(agencies),
      task_id: event.taskId ?? null,
      payload: JSON.stringify(event.data),
      // Set from the application clock (millisecond precision) so keyset cursors round-trip.
      occurred_at: event.occurredAt ?? new Date(),
    })
    .execute();
  return id;
};

/** Appends many events in a few statements (bulk imports). */
export const appendMany = async (db: Kysely<Database>, events: readonly Append[]): Promise<void> => {
  const rows = events.map((event) => ({
    event_id: Ids.make("evt"),
    type: event.type,
    agency_ids: JSON.stringify([
      ...new Set(event.agencyIds.filter((a): a is string => typeof a === "string")),
    ]),
    task_id: event.taskId ?? null,
    payload: JSON.stringify(event.data),
    occurred_at: event.occurredAt ?? new Date(),
  }));
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto("outbox_events")
      .values(rows.slice(i, i + 500))
      .execute();
  }
};

/** The JSON body a webhook receives for a stored event. */
export const envelopeOf = (row: {
  event_id: string;
  type: string;
  occurred_at: Date;
  payload: unknown;
}): Envelope => ({
  id: row.event_id,
  type: row.type as EventType,
  occurredAt: row.occurred_at.toISOString(),
  data: (row.payload ?? {}) as Record<string, unknown>,
});

type TaskLike = Pick<
  TaskTable,
  "id" | "notice_id" | "lead_name" | "action" | "due_on" | "completed_on" | "lead_agency_id"
> & { lifecycle: string; delegated_to_agency_id: string | null };

const isTaskRow = (value: unknown): value is TaskLike =>
  typeof value === "object" &&
  value !== null &&
  "notice_id" in value &&
  "lead_name" in value &&
  "action" in value &&
  "id" in value;

const field = (value: unknown, name: string): unknown =>
  typeof value === "object" && value !== null && name in value
    ? (value as Record<string, unknown>)[name]
    : undefined;

const taskById = (db: Kysely<Database>, id: string) =>
  db.selectFrom("tasks").selectAll().where("id", "=", id).executeTakeFirst();

/** The completion report and last return a task event carries, when the task has them. */
const completionOf = (row: object): Record<string, unknown> => {
  const report = field(row, "completion_report");
  const back = field(row, "completion_return");
  return {
    ...(report == null ? {} : { completionReport: report }),
    ...(back == null ? {} : { completionReturn: back }),
  };
};

/** Writes the outbox events an audit entry stands for, if any, in the audit row's transaction. */
export const fromAudit = async (
  db: Kysely<Database>,
  entry: {
    action: string;
    entity: string;
    entityId: string;
    after?: unknown;
    eventData?: Record<string, unknown> | undefined;
  },
): Promise<void> => {
  const mapped = ofAuditAction[entry.action];
  if (mapped === undefined) return;
  const types: readonly EventType[] = typeof mapped === "string" ? [mapped] : mapped;
  const type = types[0] as EventType;
  const after = entry.after;
  if (entry.entity === "task") {
    const row = isTaskRow(after) ? after : await taskById(db, entry.entityId);
    if (row === undefined) return;
    for (const t of types)
      await append(db, {
        type: t,
        agencyIds: [row.lead_agency_id, row.delegated_to_agency_id],
        taskId: row.id,
        data: { ...entry.eventData, task: taskSummary(row), ...completionOf(row) },
      });
    return;
  }
  if (entry.entity === "task_comment") {
    const taskId = field(after, "task_id");
    const task = typeof taskId === "string" ? await taskById(db, taskId) : undefined;
    if (task === undefined) return;
    const body = String(field(after, "body") ?? "");
    const mentions = field(after, "mentions");
    await append(db, {
      type,
      agencyIds: [task.lead_agency_id, task.delegated_to_agency_id],
      taskId: task.id,
      data: {
        task: taskSummary(task),
        comment: {
          id: entry.entityId,
          authorId: field(after, "author_id") ?? null,
          excerpt: body.length > 160 ? `${body.slice(0, 159)}…` : body,
        },
        mentionedUserIds: Array.isArray(mentions) ? mentions : [],
      },
    });
    return;
  }
  if (entry.entity === "extension_request" || entry.entity === "explanation_request") {
    const taskId = field(after, "task_id");
    const task = typeof taskId === "string" ? await taskById(db, taskId) : undefined;
    const status = field(after, "status");
    const data: Record<string, unknown> =
      entry.entity === "extension_request"
        ? {
            extension: {
              id: entry.entityId,
              status,
              reason: field(after, "reason"),
              requestedDueOn: field(after, "requested_due_on"),
              approvedDueOn: field(after, "approved_due_on") ?? null,
              decisionRef: field(after, "decision_ref") ?? null,
            },
            approved: status === "approved",
          }
        : {
            explanation: {
              id: entry.entityId,
              question: field(after, "question"),
              replyDueOn: field(after, "reply_due_on") ?? null,
            },
          };
    if (task !== undefined) data.task = taskSummary(task);
    await append(db, {
      type,
      agencyIds: task === undefined ? [] : [task.lead_agency_id, task.delegated_to_agency_id],
      taskId: task?.id ?? null,
      data,
    });
    return;
  }
  if (entry.entity === "notice") {
    const notice = await db
      .selectFrom("notices")
      .select(["id", "number", "symbol", "issuer", "issued_on", "subject"])
      .where("id", "=", entry.entityId)
      .executeTakeFirst();
    if (notice === undefined) return;
    const leads = await db
      .selectFrom("tasks")
      .select("lead_agency_id")
      .distinct()
      .where("notice_id", "=", notice.id)
      .where("lead_agency_id", "is not", null)
      .execute();
    await append(db, {
      type,
      agencyIds: leads.map((l) => l.lead_agency_id),
      data: {
        notice: {
          id: notice.id,
          number: notice.number,
          symbol: notice.symbol,
          issuer: notice.issuer,
          issuedOn: notice.issued_on,
          subject: notice.subject,
        },
      },
    });
    return;
  }
  if (entry.entity === "agency") {
    const successorId = field(after, "successor_id");
    await append(db, {
      type,
      agencyIds: [entry.entityId, typeof successorId === "string" ? successorId : null],
      data: {
        agencyId: entry.entityId,
        successorId: typeof successorId === "string" ? successorId : null,
        lastDay: field(after, "valid_to") ?? null,
      },
    });
  }
};
