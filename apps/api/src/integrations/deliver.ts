/**
 * Delivers due webhook deliveries: claims them with `FOR UPDATE SKIP LOCKED` and a lease
 * (`locked_until`), POSTs the signed JSON outside any transaction, then records the attempt.
 * A 2xx marks the delivery delivered; anything else retries with exponential backoff until
 * `maxAttempts`, after which it is `failed` (an administrator can replay it). Only the holder of
 * the lease may record the outcome, so two workers never both deliver one row.
 *
 * Before each attempt the target is checked again after DNS resolution (`WebhookTarget`): a target
 * that is not public and not allowed is never contacted, and the delivery fails at once (replayable
 * after an administrator allows the host). The signing secret is decrypted only for the request.
 */
import type { Kysely } from "kysely";

import type { SecretBox } from "../auth/secret-box.js";
import type { Database } from "../db/schema.js";
import { envelopeOf } from "./outbox.js";
import * as Signature from "./signature.js";
import * as WebhookRequest from "./webhook-request.js";
import type { Resolve } from "./webhook-target.js";
import * as WebhookTarget from "./webhook-target.js";

export interface DeliverOptions {
  readonly batch?: number;
  readonly maxAttempts?: number;
  /** First retry delay; doubles each attempt up to `maxBackoffMs`. */
  readonly baseBackoffMs?: number;
  readonly maxBackoffMs?: number;
  readonly leaseMs?: number;
  readonly timeoutMs?: number;
  readonly clock?: () => Date;
  /** Opens the sealed signing secrets. */
  readonly secrets: SecretBox;
  /** Private hosts allowed as targets (`WEBHOOK_ALLOW_PRIVATE_HOSTS`); none by default. */
  readonly allowPrivateHosts?: readonly string[];
  /** Host name resolution (the system's by default). */
  readonly resolve?: Resolve;
}

export const defaults = {
  batch: 50,
  maxAttempts: 8,
  baseBackoffMs: 30_000,
  maxBackoffMs: 6 * 3_600_000,
  leaseMs: 60_000,
  timeoutMs: 10_000,
} as const;

/** Delay before attempt `attempt + 1` after `attempt` failures. */
export const backoffMs = (attempt: number, base: number, max: number): number =>
  Math.min(max, base * 2 ** Math.max(0, attempt - 1));

interface Outcome {
  readonly statusCode: number | null;
  readonly error: string | null;
  readonly ms: number;
  /** Not worth retrying: the target is refused, not failing. */
  readonly isFinal: boolean;
}

interface Claimed {
  readonly id: string;
  readonly subscription_id: string;
  readonly url: string;
  readonly secret: string;
  readonly event_id: string;
  readonly type: string;
}

const messageOf = (error: unknown): string =>
  error instanceof Error
    ? error.cause instanceof Error
      ? error.cause.message
      : error.message
    : String(error);

const post = async (
  d: Claimed,
  body: string,
  at: Date,
  o: {
    readonly secrets: SecretBox;
    readonly policy: WebhookTarget.Policy;
    readonly resolve: Resolve;
    readonly timeoutMs: number;
  },
): Promise<Outcome> => {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = await WebhookTarget.check(d.url, o.policy, o.resolve);
  if (target.kind !== "allowed") {
    return {
      statusCode: null,
      error: target.detail.slice(0, 500),
      ms: elapsed(),
      isFinal: target.kind === "refused",
    };
  }
  try {
    const secret = o.secrets.open(d.secret, d.subscription_id);
    const status = await WebhookRequest.send({
      url: new URL(d.url),
      address: target.address,
      headers: {
        "content-type": "application/json",
        "user-agent": "dondoc-webhooks/1",
        "x-dondoc-event": d.type,
        "x-dondoc-event-id": d.event_id,
        "x-dondoc-delivery": d.id,
        ...Signature.standardHeaders(secret, d.event_id, at, body),
        [Signature.HEADER]: Signature.sign(secret, body, at.getTime() / 1000),
      },
      body,
      timeoutMs: o.timeoutMs,
    });
    const ok = status >= 200 && status < 300;
    return { statusCode: status, error: ok ? null : `HTTP ${status}`, ms: elapsed(), isFinal: false };
  } catch (error) {
    return { statusCode: null, error: messageOf(error).slice(0, 500), ms: elapsed(), isFinal: false };
  }
};

/** Attempts up to `batch` due deliveries; returns how many it attempted. */
export const deliver = async (db: Kysely<Database>, options: DeliverOptions): Promise<number> => {
  const o = { ...defaults, ...options };
  const clock = options.clock ?? (() => new Date());
  const policy = WebhookTarget.policyOf(options.allowPrivateHosts);
  const resolve = options.resolve ?? WebhookTarget.withTimeout(WebhookTarget.systemResolve, o.timeoutMs);
  const now = clock();
  const lease = new Date(now.getTime() + o.leaseMs);
  const claimed = await db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom("webhook_deliveries")
      .select("id")
      .where("status", "=", "pending")
      .where("next_attempt_at", "<=", now)
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now)]))
      .orderBy("next_attempt_at")
      .orderBy("id")
      .limit(o.batch)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    const ids = due.map((d) => d.id);
    await tx.updateTable("webhook_deliveries").set({ locked_until: lease }).where("id", "in", ids).execute();
    return tx
      .selectFrom("webhook_deliveries as d")
      .innerJoin("webhook_subscriptions as s", "s.id", "d.subscription_id")
      .innerJoin("outbox_events as e", "e.id", "d.outbox_id")
      .select([
        "d.id",
        "d.attempts",
        "d.subscription_id",
        "s.url",
        "s.secret",
        "e.event_id",
        "e.type",
        "e.occurred_at",
        "e.payload",
      ])
      .where("d.id", "in", ids)
      .execute();
  });
  await Promise.all(
    claimed.map(async (d) => {
      const body = JSON.stringify(envelopeOf(d));
      const outcome = await post(d, body, clock(), {
        secrets: options.secrets,
        policy,
        resolve,
        timeoutMs: o.timeoutMs,
      });
      const attempt = d.attempts + 1;
      const ok = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
      const finished = clock();
      await db.transaction().execute(async (tx) => {
        const updated = await tx
          .updateTable("webhook_deliveries")
          .set({
            attempts: attempt,
            locked_until: null,
            last_status_code: outcome.statusCode,
            last_error: outcome.error,
            ...(ok
              ? { status: "delivered", delivered_at: finished }
              : attempt >= o.maxAttempts || outcome.isFinal
                ? { status: "failed" }
                : {
                    next_attempt_at: new Date(
                      finished.getTime() + backoffMs(attempt, o.baseBackoffMs, o.maxBackoffMs),
                    ),
                  }),
          })
          .where("id", "=", d.id)
          .where("locked_until", "=", lease)
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) return;
        await tx
          .insertInto("webhook_attempts")
          .values({
            delivery_id: d.id,
            attempt,
            at: finished,
            status_code: outcome.statusCode,
            error: outcome.error,
            duration_ms: outcome.ms,
          })
          .execute();
      });
    }),
  );
  return claimed.length;
};
