/** GET /v1/webhooks — every webhook subscription (never the secret). */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import { SubscriptionView, subscriptionView } from "./schema.js";

export const route = define({
  method: "get",
  path: "/v1/webhooks",
  permission: "apikeys.manage",
  tags: ["webhooks"],
  summary: "Danh sách webhook (list subscriptions)",
  responses: {
    200: json(
      z
        .object({ items: z.array(SubscriptionView).openapi({ description: "Các phần tử" }) })
        .openapi("WebhookList"),
      "Các đăng ký",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const rows = await deps(c)
      .db.kysely.selectFrom("webhook_subscriptions")
      .selectAll()
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return c.json({ items: rows.map(subscriptionView) }, 200);
  });
