import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, json, page } from "../../http/route.js";
import { ApiKeyView, apiKeyView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "listApiKeys",
  path: "/v1/api-keys",
  permission: "apikeys.manage",
  tags: ["api-keys"],
  summary: "Danh sách khoá API (list API keys)",
  request: { query: Paging.PageQuery },
  responses: {
    200: json(page(ApiKeyView, "ApiKeyList"), "Khoá API"),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const { rows, nextCursor, total } = await Paging.run(
      deps(c).db.kysely.selectFrom("api_keys").selectAll().orderBy("created_at").orderBy("id"),
      c.req.valid("query"),
    );
    return c.json({ items: rows.map(apiKeyView), nextCursor, total }, 200);
  });
