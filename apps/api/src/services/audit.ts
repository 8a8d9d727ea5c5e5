/**
 * The audit log: one appended row per change (who, when, what, before/after). The table rejects
 * UPDATE, DELETE and TRUNCATE with a trigger, so the application cannot rewrite history.
 */
import type { Kysely } from "kysely";

import type { Database } from "../db/schema.js";
import * as Outbox from "../integrations/outbox.js";

/** Who acts, and under which request — passed from the handler to every service call. */
export interface Actor {
  readonly actor: string;
  readonly requestId: string | null;
}

export interface Entry {
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
  /** What the integration event carries beside the entity (a reminder's message); not audited twice. */
  readonly eventData?: Record<string, unknown>;
}

const toJson = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);

/** Appends one audit row inside the caller's transaction. */
export const record = async (db: Kysely<Database>, who: Actor, entry: Entry): Promise<void> => {
  await db
    .insertInto("audit_log")
    .values({
      actor: who.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      request_id: who.requestId,
    })
    .execute();
  // The integration event (webhooks, notifications) commits or rolls back with the change.
  await Outbox.fromAudit(db, entry);
};
