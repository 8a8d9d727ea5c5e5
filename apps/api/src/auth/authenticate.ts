/**
 * Resolves the caller of a request: `Authorization: Bearer ddk_…` (an API key: looked up by its
 * prefix, compared by SHA-256, refused when revoked or when the account that issued it is
 * disabled) or the HttpOnly session cookie. Requests with neither continue anonymously; routes
 * then answer 401 unless they are public. A key is read from the database on every request and a
 * session through a cache that every process empties on an account change, so a disabled account
 * stops at once everywhere.
 */
import { timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";

import type { AppEnv, Deps } from "../context.js";
import * as LiveCache from "../db/live-cache.js";
import { ApiError } from "../http/problem.js";
import { ofKey, ofUser, type Principal } from "./principal.js";
import { sha256 } from "./secret.js";

export const SESSION_COOKIE = "dondoc_session";
export const CSRF_HEADER = "x-csrf-token";

const safeEqual = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const invalidKey = () =>
  new ApiError("unauthenticated", "Khoá API không hợp lệ hoặc đã bị thu hồi / Invalid or revoked API key");

const fromApiKey = async (c: Context<AppEnv>, raw: string): Promise<Principal> => {
  const match = /^ddk_([a-z0-9]{8})_([A-Za-z0-9_-]{20,100})$/.exec(raw);
  if (match === null) throw invalidKey();
  const [, prefix = "", secret = ""] = match;
  const { db, now } = c.get("deps");
  const key = await db.kysely
    .selectFrom("api_keys")
    .leftJoin("users", "users.id", "api_keys.created_by")
    .selectAll("api_keys")
    .select("users.disabled as issuer_disabled")
    .where("prefix", "=", prefix)
    .executeTakeFirst();
  if (
    key === undefined ||
    key.revoked_at !== null ||
    key.issuer_disabled === true ||
    !safeEqual(key.secret_hash, sha256(secret))
  )
    throw invalidKey();
  // Recorded at most once a minute per key: a write on every integrator call would cost more than the call.
  if (key.last_used_at === null || now().getTime() - key.last_used_at.getTime() > 60_000) {
    await db.kysely.updateTable("api_keys").set({ last_used_at: now() }).where("id", "=", key.id).execute();
  }
  return ofKey(key);
};

/**
 * Sessions looked up recently, by token hash, one cache per database. Every request of a signed-in
 * user would otherwise pay a database round trip before any work. A sign-out, a password change or
 * an account change anywhere empties it through the change notifications (`db/live-cache.ts`).
 */
interface CachedSession {
  readonly principal: Principal | null;
  readonly expires: number;
}
const sessionsOf = LiveCache.perDatabase<CachedSession, Deps>(() => ({
  topics: ["session"],
  max: 10_000,
  ttlMs: 60_000,
}));

const fromSession = async (c: Context<AppEnv>, cookie: string): Promise<Principal | null> => {
  const key = sha256(cookie);
  const cached = await sessionsOf(c.get("deps")).through(key, () => lookUpSession(c, key));
  return c.get("deps").now().getTime() < cached.expires ? cached.principal : null;
};

const lookUpSession = async (c: Context<AppEnv>, tokenHash: string): Promise<CachedSession> => {
  const { db, now } = c.get("deps");
  const row = await db.kysely
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "users.id",
      "users.display_name",
      "users.role",
      "users.agency_id",
      "users.issuer_ids",
      "users.disabled",
      "users.must_change_password",
      "sessions.csrf_token",
      "sessions.expires_at",
    ])
    .where("sessions.token_hash", "=", tokenHash)
    .executeTakeFirst();
  if (row === undefined || row.disabled || row.expires_at.getTime() <= now().getTime())
    return { principal: null, expires: Number.POSITIVE_INFINITY };
  return { expires: row.expires_at.getTime(), principal: ofUser(row) };
};

const unsafe = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Sets `principal` (or null); enforces the CSRF token on unsafe cookie-authenticated requests. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const authorization = c.req.header("authorization");
  if (authorization !== undefined) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (bearer?.[1] === undefined) throw invalidKey();
    c.set("principal", await fromApiKey(c, bearer[1]));
    return next();
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  const principal = cookie === undefined ? null : await fromSession(c, cookie);
  c.set("principal", principal);
  if (principal?.csrfToken != null && unsafe.has(c.req.method)) {
    const sent = c.req.header(CSRF_HEADER);
    if (sent === undefined || !safeEqual(sent, principal.csrfToken)) {
      throw new ApiError(
        "csrf-failed",
        `Yêu cầu thay đổi dữ liệu phải kèm tiêu đề ${CSRF_HEADER} lấy từ phiên đăng nhập / Send the session's CSRF token`,
      );
    }
  }
  return next();
};
