/**
 * POST /v1/auth/login — signs in with username and password; sets the HttpOnly, SameSite=Strict
 * session cookie and returns the CSRF token. Five failures for one username within 15 minutes
 * lock further attempts for that window (429).
 */
import { z } from "@hono/zod-openapi";
import { setCookie } from "hono/cookie";

import { SESSION_COOKIE } from "../../auth/authenticate.js";
import { ofRole } from "../../auth/permission.js";
import { hashPassword, sha256, token, verifyPassword } from "../../auth/secret.js";
import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, json } from "../../http/route.js";
import { SessionView } from "./schema.js";

const Login = z
  .object({
    username: z.string().min(1).max(100).openapi({ description: "Tên đăng nhập", example: "admin" }),
    password: z.string().min(1).max(200).openapi({ description: "Mật khẩu", example: "mat-khau-cua-ban" }),
  })
  .openapi("Login");

const sessionHours = 12;
const windowMinutes = 15;
const maxFailures = 5;
// Compared against when the username is unknown, so timing does not reveal which usernames exist.
const decoy = hashPassword("decoy-password-for-timing");

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
    const username = input.username.trim().toLowerCase();
    const since = new Date(now().getTime() - windowMinutes * 60_000);
    const failures = await db.kysely
      .selectFrom("login_failures")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("username", "=", username)
      .where("at", ">", since)
      .executeTakeFirstOrThrow();
    if (Number(failures.n) >= maxFailures) {
      throw new ApiError(
        "rate-limited",
        `Đăng nhập sai quá ${maxFailures} lần; thử lại sau ${windowMinutes} phút / Too many failed sign-ins`,
      );
    }
    const user = await db.kysely
      .selectFrom("users")
      .selectAll()
      .where("username", "=", username)
      .executeTakeFirst();
    const ok =
      user === undefined
        ? (await verifyPassword(await decoy, input.password)) && false
        : !user.disabled && (await verifyPassword(user.password_hash, input.password));
    if (!ok || user === undefined) {
      await db.kysely.insertInto("login_failures").values({ username, at: now() }).execute();
      throw new ApiError(
        "invalid-credentials",
        "Tên đăng nhập hoặc mật khẩu không đúng / Wrong username or password",
      );
    }
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
    await db.kysely.deleteFrom("login_failures").where("username", "=", username).execute();
    setCookie(c, SESSION_COOKIE, sessionToken, {
      httpOnly: true,
      sameSite: "Strict",
      secure: env.COOKIE_SECURE,
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
