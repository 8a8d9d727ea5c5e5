/** GET /v1/auth/session — who is signed in, their permissions and the CSRF token. */
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { define, json } from "../../http/route.js";
import { SessionView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "getSession",
  path: "/v1/auth/session",
  permission: "authenticated",
  beforePasswordChange: true,
  tags: ["auth"],
  summary: "Phiên đăng nhập hiện tại (current session)",
  responses: { 200: json(SessionView, "Phiên hiện tại") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const p = principal(c);
    if (p.kind !== "user" || p.csrfToken === null) {
      throw new ApiError("forbidden", "Khoá API không có phiên đăng nhập / API keys have no session");
    }
    const user = await deps(c)
      .db.kysely.selectFrom("users")
      .selectAll()
      .where("id", "=", p.id)
      .executeTakeFirstOrThrow();
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
        permissions: [...p.permissions],
        csrfToken: p.csrfToken,
      },
      200,
    );
  });
