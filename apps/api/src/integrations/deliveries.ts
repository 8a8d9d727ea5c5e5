/** Reading and replaying webhook deliveries (the administrator's side of the delivery log). */
import type { Kysely } from "kysely";

import type { Database } from "../db/schema.js";
import { notFound } from "../http/problem.js";
import type { DeliveryView } from "../routes/webhooks/schema.js";
import { deliveryView } from "../routes/webhooks/schema.js";
import type { Actor } from "../services/audit.js";
import * as Audit from "../services/audit.js";

/** One delivery with its attempts; 404 when unknown. */
export const get = async (db: Kysely<Database>, id: string): Promise<DeliveryView> => {
  const row = await db
    .selectFrom("webhook_deliveries as d")
    .innerJoin("outbox_events as e", "e.id", "d.outbox_id")
    .selectAll("d")
    .select(["e.event_id", "e.type"])
    .where("d.id", "=", id)
    .executeTakeFirst();
  if (row === undefined) throw notFound("lần gửi webhook", id);
  const log = await db
    .selectFrom("webhook_attempts")
    .selectAll()
    .where("delivery_id", "=", id)
    .orderBy("id")
    .execute();
  return deliveryView(row, log);
};

/**
 * Puts deliveries back to `pending`, due now, with a fresh retry budget: one by id (404 when
 * unknown), or every delivery of a subscription created since an instant. Returns how many.
 */
export const requeue = async (
  db: Kysely<Database>,
  who: Actor,
  target: { readonly deliveryId: string } | { readonly subscriptionId: string; readonly since: Date },
): Promise<number> => {
  let q = db
    .updateTable("webhook_deliveries")
    .set({ status: "pending", attempts: 0, next_attempt_at: new Date(), locked_until: null });
  q =
    "deliveryId" in target
      ? q.where("id", "=", target.deliveryId)
      : q.where("subscription_id", "=", target.subscriptionId).where("created_at", ">=", target.since);
  const rows = await q.returning("id").execute();
  if ("deliveryId" in target && rows.length === 0) throw notFound("lần gửi webhook", target.deliveryId);
  await Audit.record(db, who, {
    action: "webhook.replayed",
    entity: "deliveryId" in target ? "webhook_delivery" : "webhook_subscription",
    entityId: "deliveryId" in target ? target.deliveryId : target.subscriptionId,
    after: { requeued: rows.length, ...("since" in target ? { since: target.since.toISOString() } : {}) },
  });
  return rows.length;
};
