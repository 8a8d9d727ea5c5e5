/**
 * In-app notifications, made from the same outbox events as the webhooks: the officers of the
 * agencies an event names, the task's watchers and the officer it was delegated to, the
 * secretariat of the task's issuer for what awaits its decision, a leader for their own digest, and
 * the people a comment mentions (never its author). One row per user
 * and event (unique), so dispatching an event twice never notifies twice.
 */
import type { Kysely, Selectable } from "kysely";

import type { Database, NotificationTable, OutboxEventTable } from "../db/schema.js";
import * as Ids from "../services/ids.js";
import type { EventType } from "./events.js";
import { titleOf } from "./events.js";

type EventRow = Selectable<OutboxEventTable>;

/** Events the issuer side acts on. */
const forSecretariat = new Set<string>(["extension.requested", "task.done"]);
/** Events shown to the agency's officers. */
const forAgency = new Set<string>([
  "task.created",
  "task.due_soon",
  "task.overdue",
  "task.reopened",
  "extension.decided",
  "explanation.requested",
  "task.reminded",
  "digest.agency",
]);

/** Inserts the notifications of `events` (already-notified users are skipped). */
export const createFor = async (db: Kysely<Database>, events: readonly EventRow[]): Promise<number> => {
  if (events.length === 0) return 0;
  const agencyIds = [...new Set(events.flatMap((e) => (forAgency.has(e.type) ? e.agency_ids : [])))];
  const taskIds = [...new Set(events.flatMap((e) => (e.task_id === null ? [] : [e.task_id])))];
  const officers =
    agencyIds.length === 0
      ? []
      : await db
          .selectFrom("users")
          .select(["id", "agency_id"])
          .where("role", "=", "agency_officer")
          .where("disabled", "=", false)
          .where("agency_id", "in", agencyIds)
          .execute();
  const watchers =
    taskIds.length === 0
      ? []
      : await db
          .selectFrom("task_watchers")
          .select(["task_id", "user_id"])
          .where("task_id", "in", taskIds)
          .execute();
  const delegates =
    taskIds.length === 0
      ? []
      : await db
          .selectFrom("tasks")
          .select(["id", "delegated_to_user_id"])
          .where("id", "in", taskIds)
          .where("delegated_to_user_id", "is not", null)
          .execute();
  const decisions = events.filter((e) => forSecretariat.has(e.type) && e.task_id !== null);
  const secretariat =
    decisions.length === 0
      ? []
      : await db
          .selectFrom("users")
          .select(["id", "agency_id"])
          .where("role", "=", "secretariat")
          .where("disabled", "=", false)
          .where("agency_id", "is not", null)
          .execute();
  // A secretariat hears about the tasks of its own issuer's notices only.
  const issuerOf = new Map(
    decisions.length === 0
      ? []
      : (
          await db
            .selectFrom("tasks")
            .select(["id", "issuer_agency_id"])
            .where("id", "in", [...new Set(decisions.map((e) => e.task_id ?? ""))])
            .execute()
        ).map((t) => [t.id, t.issuer_agency_id]),
  );
  const rows: Array<{
    id: string;
    user_id: string;
    outbox_id: string;
    type: string;
    title: string;
    task_id: string | null;
    created_at: Date;
  }> = [];
  for (const e of events) {
    const users = new Set<string>();
    if (forAgency.has(e.type)) {
      for (const o of officers)
        if (o.agency_id !== null && e.agency_ids.includes(o.agency_id)) users.add(o.id);
    }
    if (e.task_id !== null && e.type !== "task.created") {
      for (const w of watchers) if (w.task_id === e.task_id) users.add(w.user_id);
    }
    for (const d of delegates)
      if (d.id === e.task_id && d.delegated_to_user_id !== null) users.add(d.delegated_to_user_id);
    if (forSecretariat.has(e.type) && e.task_id !== null) {
      const issuer = issuerOf.get(e.task_id);
      for (const s of secretariat) if (issuer != null && s.agency_id === issuer) users.add(s.id);
    }
    const data = (e.payload ?? {}) as Record<string, unknown>;
    if (e.type === "digest.leader" && typeof data.userId === "string") users.add(data.userId);
    if (e.type === "task.commented" && Array.isArray(data.mentionedUserIds))
      for (const id of data.mentionedUserIds) if (typeof id === "string") users.add(id);
    const comment = data.comment as { authorId?: unknown } | undefined;
    if (typeof comment?.authorId === "string") users.delete(comment.authorId.replace(/^user:/, ""));
    const title = titleOf(e.type as EventType, data);
    for (const user of users) {
      rows.push({
        id: Ids.make("ntf"),
        user_id: user,
        outbox_id: e.id,
        type: e.type,
        title,
        task_id: e.task_id,
        created_at: e.occurred_at,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto("notifications")
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(["user_id", "outbox_id"]).doNothing())
      .execute();
  }
  return rows.length;
};

export type NotificationRow = Selectable<NotificationTable>;

export interface NotificationView {
  readonly id: string;
  readonly type: string;
  readonly title: string;
  readonly taskId: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

export const view = (row: NotificationRow): NotificationView => ({
  id: row.id,
  type: row.type,
  title: row.title,
  taskId: row.task_id,
  createdAt: row.created_at.toISOString(),
  readAt: row.read_at === null ? null : row.read_at.toISOString(),
});

/** How many notifications `userId` has not read. */
export const unreadCount = async (db: Kysely<Database>, userId: string): Promise<number> => {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
};
