/** POST /v1/users/{id}/password-reset — issues a new one-time password and signs the user out (admin). */
import { hashPassword, oneTimePassword } from "../../auth/secret.js";
import type { App } from "../../context.js";
import { deps, tx, who } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { define, IdParam, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import { UserWithPassword, userView } from "./schema.js";

export const route = define({
  carriesSecret: true,
  method: "post",
  operationId: "resetUserPassword",
  path: "/v1/users/{id}/password-reset",
  permission: "users.manage",
  tags: ["users"],
  summary: "Cấp lại mật khẩu (reset a password)",
  request: { params: IdParam },
  responses: { 200: json(UserWithPassword, "Mật khẩu dùng một lần mới") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const id = c.req.valid("param").id;
    const exists = await d.db.kysely.selectFrom("users").select("id").where("id", "=", id).executeTakeFirst();
    if (exists === undefined) throw notFound("tài khoản", id);
    const password = oneTimePassword();
    const hash = await hashPassword(password);
    const after = await tx(d, async (db) => {
      const before = await db
        .selectFrom("users")
        .selectAll()
        .where("id", "=", id)
        .forUpdate()
        .executeTakeFirst();
      if (before === undefined) throw notFound("tài khoản", id);
      const after = await db
        .updateTable("users")
        .set({
          password_hash: hash,
          must_change_password: true,
          version: before.version + 1,
          updated_at: d.now(),
        })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await db.deleteFrom("sessions").where("user_id", "=", id).execute();
      await Audit.record(db, who(c), { action: "user.password_reset", entity: "user", entityId: id });
      return after;
    });
    // Signed out here at once; other processes hear it from the database.
    d.db.changes.touch("session", id);
    return c.json({ user: userView(after), oneTimePassword: password }, 200);
  });
