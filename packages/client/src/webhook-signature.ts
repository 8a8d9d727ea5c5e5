/**
 * Verifies a dondoc webhook's `X-Dondoc-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`
 * against the raw request body, with WebCrypto (`globalThis.crypto.subtle`), so the same code runs in
 * browsers, Node 20+, Deno and workers. The timestamp is part of the signed text: rejecting old ones
 * (five minutes by default) makes a replayed request useless.
 *
 * @example
 * const verdict = await verifyWebhookSignature(secret, request.headers.get("x-dondoc-signature"), rawBody);
 * if (!verdict.ok) return new Response(verdict.reason, { status: 400 });
 */

export type WebhookSignatureVerdict =
  | { readonly ok: true; readonly timestamp: number }
  | { readonly ok: false; readonly reason: "malformed" | "mismatch" | "too-old" | "in-future" };

export interface VerifyWebhookSignatureOptions {
  /** How far the signed timestamp may be from `now`, in seconds; 300 by default. */
  readonly toleranceSeconds?: number;
  /** The current time (tests); the clock by default. */
  readonly now?: Date;
}

const encoder = new TextEncoder();

const hex = (bytes: ArrayBuffer): string =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");

/** Compares two strings in time that depends only on their lengths. */
const constantTimeEqual = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
};

/**
 * Checks `header` (the `X-Dondoc-Signature` value) against the raw `body` and the subscription's
 * `secret`. Fails when the header is unreadable, no `v1` matches, or the timestamp is more than
 * `toleranceSeconds` away from `now`.
 */
export const verifyWebhookSignature = async (
  secret: string,
  header: string | null | undefined,
  body: string,
  { toleranceSeconds = 300, now }: VerifyWebhookSignatureOptions = {},
): Promise<WebhookSignatureVerdict> => {
  if (header === null || header === undefined) return { ok: false, reason: "malformed" };
  const parts = header.split(",").map((p) => {
    const at = p.indexOf("=");
    return at < 0 ? [p.trim(), undefined] : [p.slice(0, at).trim(), p.slice(at + 1).trim()];
  });
  const t = Number(parts.find(([k]) => k === "t")?.[1] ?? Number.NaN);
  const candidates = parts.filter(([k, v]) => k === "v1" && v !== undefined).map(([, v]) => v ?? "");
  if (!Number.isInteger(t) || candidates.length === 0) return { ok: false, reason: "malformed" };
  const nowSeconds = (now ?? new Date()).getTime() / 1000;
  if (t < nowSeconds - toleranceSeconds) return { ok: false, reason: "too-old" };
  if (t > nowSeconds + toleranceSeconds) return { ok: false, reason: "in-future" };
  const key = await globalThis.crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const expected = hex(await globalThis.crypto.subtle.sign("HMAC", key, encoder.encode(`${t}.${body}`)));
  // Check every candidate (no early exit), so timing does not tell which one matched.
  let matches = false;
  for (const candidate of candidates)
    matches = constantTimeEqual(candidate.toLowerCase(), expected) || matches;
  return matches ? { ok: true, timestamp: t } : { ok: false, reason: "mismatch" };
};
