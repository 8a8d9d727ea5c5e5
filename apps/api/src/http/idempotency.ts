/**
 * `Idempotency-Key` on POST: the first request with a key runs and what it answered is kept; a retry
 * with the same key and the same request gets that answer back (`Idempotent-Replayed: true`); the
 * same key with a different request is refused (422); a retry while the first is still running
 * gets 409. Keys are per caller. Every POST honours a key; those that create something (201, 202)
 * document it (`http/route.ts`). A re-sent upload with a new multipart boundary is the same request.
 * Responses of 5xx are not kept, so a failed request can be retried.
 *
 * The store never holds a secret. A record keeps a digest of the request (method, path, body and
 * caller), the status and a few headers; the body only for routes that carry no secret. A route
 * declared with `carriesSecret` (API keys, one-time passwords, feed tokens, webhook secrets) keeps
 * no body: its replay answers 409 `idempotency-secret-shown-once` naming the created resource
 * (`Location`), since the secret was shown once and is not kept anywhere. The middleware runs after
 * the route's authorisation, so a replay is authorised again: a caller who lost the permission
 * meanwhile gets 403, not the old answer. Records expire after `IDEMPOTENCY_TTL_HOURS` (24 h):
 * an expired key runs again, and old rows are purged.
 */
import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { StatusCode } from "hono/utils/http-status";

import { actor } from "../auth/principal.js";
import type { AppEnv, Deps } from "../context.js";
import type { Db } from "../db/connect.js";
import { ApiError } from "./problem.js";

const kept = ["content-type", "etag", "location"];
// A record left without a response this long ago belongs to a request that died; it may be retaken.
const abandonedAfterMs = 60_000;
// Expired records of every caller are removed at most this often per process.
const purgeEveryMs = 10 * 60_000;
const lastPurge = new WeakMap<Db, number>();

/** Deletes the records older than the retention period; returns how many. */
export const purge = async (deps: Pick<Deps, "db" | "env" | "now">): Promise<number> => {
  const cutoff = new Date(deps.now().getTime() - deps.env.IDEMPOTENCY_TTL_HOURS * 3_600_000);
  const result = await deps.db.kysely
    .deleteFrom("idempotency_records")
    .where("created_at", "<", cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
};

const purgeNowAndThen = async (deps: Deps): Promise<void> => {
  const at = deps.now().getTime();
  const last = lastPurge.get(deps.db);
  if (last !== undefined && Math.abs(at - last) < purgeEveryMs) return;
  lastPurge.set(deps.db, at);
  await purge(deps);
};

/**
 * A multipart body with its boundary taken out: a client that retries an upload builds the form
 * again and gets a new random boundary, yet sends the same request.
 */
const withoutBoundary = (payload: Buffer, contentType: string | undefined): Buffer => {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType ?? "")?.[1];
  if (contentType?.toLowerCase().startsWith("multipart/") !== true || boundary === undefined) return payload;
  return Buffer.from(payload.toString("latin1").split(boundary).join(""), "latin1");
};

/** The idempotency middleware of one route; `carriesSecret` routes keep no body. */
export const idempotency =
  (carriesSecret: boolean): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const key = c.req.header("idempotency-key");
    const principal = c.get("principal");
    if (c.req.method !== "POST" || key === undefined || principal === null) return next();
    if (key.length === 0 || key.length > 200) {
      throw new ApiError("validation-failed", "Idempotency-Key dài 1–200 ký tự / must be 1–200 characters", {
        errors: [{ path: "header.idempotency-key", message: "1–200 ký tự" }],
      });
    }
    const d = c.get("deps");
    const { db, now } = d;
    const who = actor(principal);
    const payload = withoutBoundary(Buffer.from(await c.req.arrayBuffer()), c.req.header("content-type"));
    const hash = createHash("sha256")
      .update(`${c.req.method} ${c.req.path}\n${who}\n`)
      .update(payload)
      .digest("hex");
    const ttlMs = d.env.IDEMPOTENCY_TTL_HOURS * 3_600_000;
    await purgeNowAndThen(d);

    const claim = () =>
      db.kysely
        .insertInto("idempotency_records")
        .values({
          principal: who,
          key,
          request_hash: hash,
          status: null,
          headers: null,
          body: null,
          created_at: now(),
        })
        .onConflict((oc) => oc.columns(["principal", "key"]).doNothing())
        .returning("key")
        .executeTakeFirst();

    let claimed = await claim();
    if (claimed === undefined) {
      const existing = await db.kysely
        .selectFrom("idempotency_records")
        .selectAll()
        .where("principal", "=", who)
        .where("key", "=", key)
        .executeTakeFirst();
      const age = existing === undefined ? 0 : now().getTime() - existing.created_at.getTime();
      if (existing !== undefined && age > ttlMs) {
        // Expired: forgotten, the request runs again as a new one.
        await db.kysely
          .deleteFrom("idempotency_records")
          .where("principal", "=", who)
          .where("key", "=", key)
          .where("created_at", "=", existing.created_at)
          .execute();
        claimed = await claim();
        if (claimed === undefined) {
          throw new ApiError(
            "idempotency-in-progress",
            "Yêu cầu cùng Idempotency-Key đang được xử lý, thử lại sau / A request with this key is in progress",
          );
        }
      } else {
        if (existing !== undefined && existing.request_hash !== hash) {
          throw new ApiError(
            "idempotency-key-reused",
            "Idempotency-Key này đã dùng cho một yêu cầu khác / This key was used for a different request",
          );
        }
        if (existing !== undefined && existing.status !== null) {
          const headers = existing.headers ?? {};
          if (existing.body === null) {
            const location = headers.location;
            throw new ApiError(
              "idempotency-secret-shown-once",
              `Yêu cầu này đã thực hiện (${existing.status}); bí mật trong phản hồi chỉ hiện một lần và không được lưu — nếu đã mất, hãy thu hồi và tạo lại / Already done; the secret in its response was shown once and is not kept — revoke and create a new one if it was lost`,
              { headers: { "idempotent-replayed": "true", ...(location === undefined ? {} : { location }) } },
            );
          }
          return c.newResponse(existing.body, existing.status as StatusCode, {
            ...headers,
            "idempotent-replayed": "true",
          });
        }
        const abandoned = existing !== undefined && age > abandonedAfterMs;
        if (!abandoned) {
          throw new ApiError(
            "idempotency-in-progress",
            "Yêu cầu cùng Idempotency-Key đang được xử lý, thử lại sau / A request with this key is in progress",
          );
        }
      }
    }

    await next();

    if (c.res.status >= 500) {
      await db.kysely
        .deleteFrom("idempotency_records")
        .where("principal", "=", who)
        .where("key", "=", key)
        .execute();
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of kept) {
      const value = c.res.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    // A secret (a token, a one-time password, a signing secret) never reaches the store.
    const text = carriesSecret && c.res.status < 400 ? null : await c.res.clone().text();
    await db.kysely
      .updateTable("idempotency_records")
      .set({ status: c.res.status, headers: JSON.stringify(headers), body: text })
      .where("principal", "=", who)
      .where("key", "=", key)
      .execute();
  };
