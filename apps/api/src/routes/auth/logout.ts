/** POST /v1/auth/logout — ends the current session and clears its cookie. */
import { z } from "@hono/zod-openapi";
import { deleteCookie, getCookie } from "hono/cookie";

import { SESSION_COOKIE } from "../../auth/authenticate.js";
import { sha256 } from "../../auth/secret.js";
import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { define, json } from "../../http/route.js";

export const route = define({
  method: "post",
  operationId: "logout",
  path: "/v1/auth/logout",
  permission: "authenticated",
  beforePasswordChange: true,
  tags: ["auth"],
  summary: "Đăng xuất (sign out)",
  responses: {
    200: json(
      z.object({ ok: z.boolean().openapi({ description: "Đã đăng xuất", example: true }) }),
      "Đã đăng xuất",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    const { db } = deps(c);
    if (cookie !== undefined) {
      await db.kysely.deleteFrom("sessions").where("token_hash", "=", sha256(cookie)).execute();
    }
    const p = c.get("principal");
    if (p !== null) db.changes.touch("session", p.id);
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.json({ ok: true }, 200);
  });
