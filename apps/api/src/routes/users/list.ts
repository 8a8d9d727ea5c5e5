import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, json, page } from "../../http/route.js";
import { UserView, userView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "listUsers",
  path: "/v1/users",
  permission: "users.manage",
  tags: ["users"],
  summary: "Danh sách tài khoản (list users)",
  request: { query: Paging.PageQuery },
  responses: {
    200: json(page(UserView, "UserList"), "Tài khoản"),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const { rows, nextCursor, total } = await Paging.run(
      deps(c).db.kysely.selectFrom("users").selectAll().orderBy("username").orderBy("id"),
      c.req.valid("query"),
    );
    return c.json({ items: rows.map(userView), nextCursor, total }, 200);
  });
