/** DELETE /v1/webhooks/{id} — removes a subscription and its delivery log; nothing more is sent to it. */
import type { App } from "../../context.js";
import { deps, tx, who } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { define, IdParam, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import { SubscriptionView, subscriptionView } from "./schema.js";

export const route = define({
  method: "delete",
  operationId: "deleteWebhook",
  path: "/v1/webhooks/{id}",
  permission: "apikeys.manage",
  tags: ["webhooks"],
  summary: "Huỷ đăng ký webhook (delete a subscription)",
  request: { params: IdParam },
  responses: { 200: json(SubscriptionView, "Đăng ký đã xoá") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const id = c.req.valid("param").id;
    const row = await tx(deps(c), async (db) => {
      const row = await db
        .deleteFrom("webhook_subscriptions")
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst();
      if (row === undefined) throw notFound("webhook", id);
      await Audit.record(db, who(c), {
        action: "webhook.deleted",
        entity: "webhook_subscription",
        entityId: id,
        before: { ...row, secret: undefined },
      });
      return row;
    });
    return c.json(subscriptionView(row), 200);
  });
