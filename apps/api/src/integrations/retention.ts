/**
 * Retention: the outbox, the delivery log and read notifications would otherwise grow forever.
 * Once a day (inside the scheduler's locked transaction) rows older than the retention period are
 * removed: read notifications, finished deliveries (with their attempts), dispatched events nothing
 * refers to any more, and the scheduler's old send keys (catch-up never reaches back that far).
 * Pending deliveries and unread notifications are kept whatever their age.
 */
import type { Kysely } from "kysely";

import type { Database } from "../db/schema.js";

export const KEEP_DAYS = 90;

export interface Pruned {
  readonly notifications: number;
  readonly deliveries: number;
  readonly events: number;
  readonly sends: number;
}

/** Deletes what is older than `keepDays` before `now`. */
export const prune = async (db: Kysely<Database>, now: Date, keepDays = KEEP_DAYS): Promise<Pruned> => {
  const cutoff = new Date(now.getTime() - keepDays * 86_400_000);
  const notifications = await db
    .deleteFrom("notifications")
    .where("read_at", "is not", null)
    .where("created_at", "<", cutoff)
    .executeTakeFirst();
  const deliveries = await db
    .deleteFrom("webhook_deliveries")
    .where("status", "in", ["delivered", "failed"])
    .where("created_at", "<", cutoff)
    .executeTakeFirst();
  const events = await db
    .deleteFrom("outbox_events")
    .where("dispatched_at", "is not", null)
    .where("occurred_at", "<", cutoff)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("webhook_deliveries")
            .select("webhook_deliveries.id")
            .whereRef("webhook_deliveries.outbox_id", "=", "outbox_events.id"),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("notifications")
            .select("notifications.id")
            .whereRef("notifications.outbox_id", "=", "outbox_events.id"),
        ),
      ),
    )
    .executeTakeFirst();
  const sends = await db
    .deleteFrom("scheduled_sends")
    .where("day", "<", cutoff.toISOString().slice(0, 10))
    .executeTakeFirst();
  return {
    notifications: Number(notifications.numDeletedRows),
    deliveries: Number(deliveries.numDeletedRows),
    events: Number(events.numDeletedRows),
    sends: Number(sends.numDeletedRows),
  };
};
