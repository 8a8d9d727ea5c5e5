/**
 * `Idempotency-Key` on POST: the first request with a key runs and its response is stored; a retry
 * with the same key and the same body gets the stored response back (`Idempotent-Replayed: true`);
 * the same key with a different body is refused (422); a retry while the first is still running
 * gets 409. Keys are per caller. Every POST honours a key; those that create something (201, 202)
 * document it (`http/route.ts`). Responses of 5xx are not kept, so a failed request can be retried.
 */
import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { StatusCode } from "hono/utils/http-status";

import { actor } from "../auth/principal.js";
import type { AppEnv } from "../context.js";
import { ApiError } from "./problem.js";

const kept = ["content-type", "etag", "location"];
// A record left without a response this long ago belongs to a request that died; it may be retaken.
const abandonedAfterMs = 60_000;

/**
 * A multipart body with its boundary taken out: a client that retries an upload builds the form
 * again and gets a new random boundary, yet sends the same request.
 */
const withoutBoundary = (payload: Buffer, contentType: string | undefined): Buffer => {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType ?? "")?.[1];
  if (contentType?.toLowerCase().startsWith("multipart/") !== true || boundary === undefined) return payload;
  return Buffer.from(payload.toString("latin1").split(boundary).join(""), "latin1");
};

export const idempotency: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = c.req.header("idempotency-key");
  const principal = c.get("principal");
  if (c.req.method !== "POST" || key === undefined || principal === null) return next();
  if (key.length === 0 || key.length > 200) {
    throw new ApiError("validation-failed", "Idempotency-Key dài 1–200 ký tự / must be 1–200 characters", {
      errors: [{ path: "header.idempotency-key", message: "1–200 ký tự" }],
    });
  }
  const { db, now } = c.get("deps");
  const who = actor(principal);
  const payload = withoutBoundary(Buffer.from(await c.req.arrayBuffer()), c.req.header("content-type"));
  const hash = createHash("sha256").update(`${c.req.method} ${c.req.path}\n`).update(payload).digest("hex");

  const claimed = await db.kysely
    .insertInto("idempotency_records")
    .values({ principal: who, key, request_hash: hash, status: null, headers: null, body: null })
    .onConflict((oc) => oc.columns(["principal", "key"]).doNothing())
    .returning("key")
    .executeTakeFirst();

  if (claimed === undefined) {
    const existing = await db.kysely
      .selectFrom("idempotency_records")
      .selectAll()
      .where("principal", "=", who)
      .where("key", "=", key)
      .executeTakeFirst();
    if (existing !== undefined && existing.request_hash !== hash) {
      throw new ApiError(
        "idempotency-key-reused",
        "Idempotency-Key này đã dùng cho một yêu cầu khác / This key was used for a different request",
      );
    }
    if (existing !== undefined && existing.status !== null) {
      return c.newResponse(existing.body, existing.status as StatusCode, {
        ...(existing.headers ?? {}),
        "idempotent-replayed": "true",
      });
    }
    const abandoned =
      existing !== undefined && now().getTime() - existing.created_at.getTime() > abandonedAfterMs;
    if (!abandoned) {
      throw new ApiError(
        "idempotency-in-progress",
        "Yêu cầu cùng Idempotency-Key đang được xử lý, thử lại sau / A request with this key is in progress",
      );
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
  const text = await c.res.clone().text();
  await db.kysely
    .updateTable("idempotency_records")
    .set({ status: c.res.status, headers: JSON.stringify(headers), body: text })
    .where("principal", "=", who)
    .where("key", "=", key)
    .execute();
};
