/**
 * Webhook signatures: `X-Dondoc-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`.
 * The timestamp is inside the signed text, so a receiver that rejects old timestamps (five minutes
 * by default) cannot be fooled by a replayed request.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const HEADER = "x-dondoc-signature";

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
