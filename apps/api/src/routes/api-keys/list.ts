/** GET /v1/api-keys — every API key (never the secret). */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import { ApiKeyView, apiKeyView } from "./schema.js";

export const route = define({
  method: "get",
  path: "/v1/api-keys",
  permission: "apikeys.manage",
  tags: ["api-keys"],
  summary: "Danh sách khoá API (list API keys)",
  responses: {
    200: json(
      z.object({ items: z.array(ApiKeyView).openapi({ description: "Các phần tử" }) }).openapi("ApiKeyList"),
      "Khoá API",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const rows = await deps(c)
      .db.kysely.selectFrom("api_keys")
      .selectAll()
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return c.json({ items: rows.map(apiKeyView) }, 200);
  });
