/**
 * Webhook signatures. Every delivery follows Standard Webhooks (https://www.standardwebhooks.com):
 * `webhook-id` (the event id, the same on every retry), `webhook-timestamp` (unix seconds) and
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed by the base64 bytes
 * after `whsec_`, made by the `standardwebhooks` library so receivers verify with its
 * `Webhook.verify`. The older `X-Dondoc-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.body">` keyed by the whole secret text is still sent (deprecated) for receivers written before.
 * Either way the timestamp is signed, so a receiver that rejects old timestamps (five minutes)
 * cannot be fooled by a replayed request.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { Webhook } from "standardwebhooks";

/** The deprecated dondoc signature header. */
export const HEADER = "x-dondoc-signature";

/** A new signing secret: `whsec_` and the base64 of 24 random bytes (Standard Webhooks' format). */
export const newSecret = (): string => `whsec_${randomBytes(24).toString("base64")}`;

/**
 * The HMAC key of a secret: the bytes of the base64 after `whsec_`. Secrets made before Standard
 * Webhooks were base64url; Node decodes both alphabets to the same bytes.
 */
export const keyOf = (secret: string): Buffer => Buffer.from(secret.replace(/^whsec_/, ""), "base64");

/** The three Standard Webhooks headers for `body` sent as message `id` at `at`. */
export const standardHeaders = (
  secret: string,
  id: string,
  at: Date,
  body: string,
): { "webhook-id": string; "webhook-timestamp": string; "webhook-signature": string } => ({
  "webhook-id": id,
  "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
  "webhook-signature": new Webhook(keyOf(secret), { format: "raw" }).sign(id, at, body),
});

/** Signs `body` with `secret` at `unixSeconds`; returns the header value. */
export const sign = (secret: string, body: string, unixSeconds: number): string => {
  const t = Math.floor(unixSeconds);
  const v1 = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
  return `t=${t},v1=${v1}`;
};

export type Verdict =
  | { readonly ok: true; readonly timestamp: number }
  | { readonly ok: false; readonly reason: "malformed" | "mismatch" | "too-old" | "in-future" };

/**
 * Checks a signature header against the raw body. Fails when the header is unreadable, no `v1`
 * matches, or the timestamp is more than `toleranceSeconds` away from `nowSeconds`.
 */
export const verifyWebhookSignature = (
  secret: string,
  header: string | null | undefined,
  body: string,
  options: { nowSeconds?: number; toleranceSeconds?: number } = {},
): Verdict => {
  if (header === null || header === undefined) return { ok: false, reason: "malformed" };
  const parts = header.split(",").map((p) => p.trim().split("="));
  const t = Number(parts.find(([k]) => k === "t")?.[1] ?? Number.NaN);
  const candidates = parts.filter(([k, v]) => k === "v1" && v !== undefined).map(([, v]) => v ?? "");
  if (!Number.isInteger(t) || candidates.length === 0) return { ok: false, reason: "malformed" };
  const now = options.nowSeconds ?? Date.now() / 1000;
  const tolerance = options.toleranceSeconds ?? 300;
  if (t < now - tolerance) return { ok: false, reason: "too-old" };
  if (t > now + tolerance) return { ok: false, reason: "in-future" };
  const expected = Buffer.from(createHmac("sha256", secret).update(`${t}.${body}`).digest("hex"));
  const matches = candidates.some((c) => {
    const given = Buffer.from(c);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? { ok: true, timestamp: t } : { ok: false, reason: "mismatch" };
};
