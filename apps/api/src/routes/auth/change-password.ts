/**
 * POST /v1/auth/password — the signed-in user changes their own password. The one-time password
 * stops blocking the account, and every other session of the user ends (a password someone else
 * knew must not keep a session open somewhere). The new password follows `auth/password-policy.ts`.
 */
import { z } from "@hono/zod-openapi";
import { getCookie } from "hono/cookie";

import { SESSION_COOKIE } from "../../auth/authenticate.js";
import * as PasswordPolicy from "../../auth/password-policy.js";
import { hashPassword, sha256, verifyPassword } from "../../auth/secret.js";
import type { App } from "../../context.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";

const ChangePassword = z
  .object({
    currentPassword: z.string().min(1).max(200).openapi({ description: "Mật khẩu hiện tại", example: "cu" }),
    newPassword: z.string().min(1).max(200).openapi({
      description:
        "Mật khẩu mới: ít nhất 12 ký tự, khác tên đăng nhập, không thuộc danh sách mật khẩu phổ biến (400 với `rule` password-too-short, password-is-username hoặc password-too-common)",
      example: "mot-mat-khau-dai",
    }),
  })
  .openapi("ChangePassword");

export const route = define({
  method: "post",
  operationId: "changePassword",
  path: "/v1/auth/password",
  permission: "authenticated",
  beforePasswordChange: true,
  tags: ["auth"],
  summary: "Đổi mật khẩu (change own password)",
  request: body(ChangePassword),
  responses: {
    200: json(
      z.object({ ok: z.boolean().openapi({ description: "Đã đổi", example: true }) }),
      "Đã đổi mật khẩu",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const p = principal(c);
    if (p.kind !== "user")
      throw new ApiError("forbidden", "Khoá API không có mật khẩu / API keys have no password");
    const input = c.req.valid("json");
    const d = deps(c);
    const user = await d.db.kysely
      .selectFrom("users")
      .selectAll()
      .where("id", "=", p.id)
      .executeTakeFirstOrThrow();
    if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
      throw new ApiError("invalid-credentials", "Mật khẩu hiện tại không đúng / Current password is wrong");
    }
    PasswordPolicy.check(input.newPassword, user.username);
    const hash = await hashPassword(input.newPassword);
    await tx(d, async (db) => {
      await db
        .updateTable("users")
        .set({
          password_hash: hash,
          must_change_password: false,
          version: user.version + 1,
          updated_at: d.now(),
        })
        .where("id", "=", p.id)
        .execute();
      const current = getCookie(c, SESSION_COOKIE);
      await db
        .deleteFrom("sessions")
        .where("user_id", "=", p.id)
        .$if(current !== undefined, (q) => q.where("token_hash", "!=", sha256(current ?? "")))
        .execute();
      await Audit.record(db, who(c), { action: "user.password_changed", entity: "user", entityId: p.id });
    });
    d.db.changes.touch("session", p.id);
    return c.json({ ok: true }, 200);
  });
