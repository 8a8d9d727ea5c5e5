/**
 * POST /v1/auth/login — signs in with username and password; sets the HttpOnly, SameSite=Strict
 * session cookie (`Secure` over HTTPS) and returns the CSRF token. The username is compared
 * normalised (trimmed, NFC, lower-case). Failures are throttled per username, per client address
 * and per pair with exponential back-off (`auth/login-throttle.ts`): 429 with `Retry-After`; the
 * correct password from an address that has not failed is never refused. Unknown and disabled
 * accounts take as long to refuse as a wrong password.
 */
import { z } from "@hono/zod-openapi";
import { setCookie } from "hono/cookie";

import { SESSION_COOKIE } from "../../auth/authenticate.js";
import * as ClientAddress from "../../auth/client-address.js";
import * as LoginThrottle from "../../auth/login-throttle.js";
import { ofRole } from "../../auth/permission.js";
import { hashPassword, sha256, token, verifyPassword } from "../../auth/secret.js";
import * as Username from "../../auth/username.js";
import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, json } from "../../http/route.js";
import { SessionView } from "./schema.js";

const Login = z
  .object({
    username: z
      .string()
      .min(1)
      .max(100)
      .openapi({ description: "Tên đăng nhập (không phân biệt hoa thường)", example: "admin" }),
    password: z.string().min(1).max(200).openapi({ description: "Mật khẩu", example: "mat-khau-cua-ban" }),
  })
  .openapi("Login");

const sessionHours = 12;
// Compared against when the account is unknown or disabled, so timing reveals neither.
const decoy = hashPassword("decoy-password-for-timing");

const wrong = () =>
  new ApiError("invalid-credentials", "Tên đăng nhập hoặc mật khẩu không đúng / Wrong username or password");

export const route = define({
  carriesSecret: true,
  rateLimited: true,
  method: "post",
  operationId: "login",
  path: "/v1/auth/login",
  permission: "public",
  tags: ["auth"],
  summary: "Đăng nhập (sign in)",
  request: body(Login),
  responses: { 200: json(SessionView, "Đã đăng nhập; cookie phiên được đặt") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const { db, now, env } = deps(c);
    const input = c.req.valid("json");
    const username = Username.normalize(input.username);
    const admission = await LoginThrottle.admit(db.kysely, username, ClientAddress.of(c), now());
    if (!admission.ok) {
      throw new ApiError(
        "rate-limited",
        `Đăng nhập sai quá nhiều lần; thử lại sau ${admission.retryAfter} giây / Too many failed sign-ins: retry in ${admission.retryAfter} s`,
        { headers: { "retry-after": String(admission.retryAfter) } },
      );
    }
    const user = await db.kysely
      .selectFrom("users")
      .selectAll()
      .where("username", "=", username)
      .executeTakeFirst();
    // Always one argon2 verification: against the account's hash, or the decoy's.
    const matches = await verifyPassword(user?.password_hash ?? (await decoy), input.password);
    const ok = user !== undefined && matches && !user.disabled;
    await admission.settle(ok);
    if (!ok) throw wrong();
    const sessionToken = token();
    const csrfToken = token(16);
    await db.kysely
      .insertInto("sessions")
      .values({
        token_hash: sha256(sessionToken),
        user_id: user.id,
        csrf_token: csrfToken,
        expires_at: new Date(now().getTime() + sessionHours * 3_600_000),
      })
      .execute();
    setCookie(c, SESSION_COOKIE, sessionToken, {
      httpOnly: true,
      sameSite: "Strict",
      secure: env.COOKIE_SECURE || ClientAddress.isHttps(c),
      path: "/",
      maxAge: sessionHours * 3600,
    });
    return c.json(
      {
        user: {
          id: user.id,
          username: user.username,
          displayName: user.display_name,
          role: user.role,
          agencyId: user.agency_id,
          mustChangePassword: user.must_change_password,
        },
        permissions: [...ofRole[user.role]],
        csrfToken,
      },
      200,
    );
  });
