/**
 * Fans committed outbox events out: one delivery per matching active webhook subscription (the event
 * type subscribed, and for an agency-scoped subscription an event naming that agency) and the in-app
 * notifications. Claims events with `FOR UPDATE SKIP LOCKED`, so several processes can dispatch at
 * once without taking the same event twice; PGlite runs the same statement on its one connection.
 */
import type { Kysely, Selectable } from "kysely";

import type { Database, OutboxEventTable, WebhookSubscriptionTable } from "../db/schema.js";
import * as Ids from "../services/ids.js";
import * as Notifications from "./notifications.js";

type Subscription = Selectable<WebhookSubscriptionTable>;
type EventRow = Selectable<OutboxEventTable>;

/** Whether `sub` receives `event`. */
export const matches = (sub: Subscription, event: EventRow): boolean =>
  sub.active &&
  (sub.event_types.includes(event.type) || sub.event_types.includes("*")) &&
  (sub.agency_id === null || event.agency_ids.includes(sub.agency_id)) &&
  sub.created_at.getTime() <= event.occurred_at.getTime();

/** Dispatches up to `batch` pending events; returns how many it took. */
export const dispatch = (db: Kysely<Database>, batch = 200): Promise<number> =>
  db.transaction().execute(async (tx) => {
    const events = await tx
      .selectFrom("outbox_events")
      .selectAll()
      .where("dispatched_at", "is", null)
      .orderBy("id")
      .limit(batch)
      .forUpdate()
      .skipLocked()
      .execute();
    if (events.length === 0) return 0;
    const subs = await tx
      .selectFrom("webhook_subscriptions")
      .selectAll()
      .where("active", "=", true)
      .execute();
    const deliveries = events.flatMap((e) =>
      subs
        .filter((s) => matches(s, e))
        .map((s) => ({
          id: Ids.make("dlv"),
          subscription_id: s.id,
          outbox_id: e.id,
          next_attempt_at: new Date(),
          created_at: e.occurred_at,
        })),
    );
    for (let i = 0; i < deliveries.length; i += 500) {
      await tx
        .insertInto("webhook_deliveries")
        .values(deliveries.slice(i, i + 500))
        .onConflict((oc) => oc.columns(["subscription_id", "outbox_id"]).doNothing())
        .execute();
    }
    await Notifications.createFor(tx, events);
    await tx
      .updateTable("outbox_events")
      .set({ dispatched_at: new Date() })
      .where(
        "id",
        "in",
        events.map((e) => e.id),
      )
      .execute();
    return events.length;
  });
