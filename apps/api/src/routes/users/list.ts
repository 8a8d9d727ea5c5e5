/** GET /v1/users — every account (admin). */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import { UserView, userView } from "./schema.js";

export const route = define({
  method: "get",
  path: "/v1/users",
  permission: "users.manage",
  tags: ["users"],
  summary: "Danh sách tài khoản (list users)",
  responses: {
    200: json(
      z.object({ items: z.array(UserView).openapi({ description: "Các phần tử" }) }).openapi("UserList"),
      "Tài khoản",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const rows = await deps(c).db.kysely.selectFrom("users").selectAll().orderBy("username").execute();
    return c.json({ items: rows.map(userView) }, 200);
  });
