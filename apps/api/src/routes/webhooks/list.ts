import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, json, page } from "../../http/route.js";
import { SubscriptionView, subscriptionView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "listWebhooks",
  path: "/v1/webhooks",
  permission: "apikeys.manage",
  tags: ["webhooks"],
  summary: "Danh sách webhook (list subscriptions)",
  request: { query: Paging.PageQuery },
  responses: {
    200: json(page(SubscriptionView, "WebhookList"), "Các đăng ký"),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const { rows, nextCursor, total } = await Paging.run(
      deps(c).db.kysely.selectFrom("webhook_subscriptions").selectAll().orderBy("created_at").orderBy("id"),
      c.req.valid("query"),
    );
    return c.json({ items: rows.map(subscriptionView), nextCursor, total }, 200);
  });
