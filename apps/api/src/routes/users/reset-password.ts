/** POST /v1/users/{id}/password-reset — issues a new one-time password and signs the user out (admin). */
import type { App } from "../../context.js";
import { deps, who } from "../../http/handler.js";
import { define, IdParam, json } from "../../http/route.js";
import * as PasswordReset from "../../services/password-reset.js";
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
    const reset = await PasswordReset.issue(d.db.kysely, who(c), { id }, d.now());
    // Signed out here at once; other processes hear it from the database.
    d.db.changes.touch("session", id);
    return c.json({ user: userView(reset.user), oneTimePassword: reset.oneTimePassword }, 200);
  });
