/** GET /v1/webhooks/{id}/deliveries — a subscription's delivery log, newest first, by status; cursor paging. */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { define, IdParam, json, page } from "../../http/route.js";
import * as Cursor from "../../integrations/cursor.js";
import { DeliveryView, deliveryView } from "./schema.js";

const Query = z.object({
  status: z
    .enum(["pending", "delivered", "failed"])
    .optional()
    .openapi({ description: "Lọc theo trạng thái", example: "failed" }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: "Con trỏ trang", example: "eyJ0IjoiMjAyNC0wMyJ9" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ description: "Số phần tử", example: 50 }),
});

export const route = define({
  method: "get",
  operationId: "listWebhookDeliveries",
  path: "/v1/webhooks/{id}/deliveries",
  permission: "apikeys.manage",
  tags: ["webhooks"],
  summary: "Nhật ký gửi webhook (delivery log)",
  request: { params: IdParam, query: Query },
  responses: { 200: json(page(DeliveryView, "WebhookDeliveryPage"), "Một trang nhật ký gửi") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const id = c.req.valid("param").id;
    const f = c.req.valid("query");
    const sub = await db
      .selectFrom("webhook_subscriptions")
      .select("id")
      .where("id", "=", id)
      .executeTakeFirst();
    if (sub === undefined) throw notFound("webhook", id);
    let q = db
      .selectFrom("webhook_deliveries as d")
      .innerJoin("outbox_events as e", "e.id", "d.outbox_id")
      .selectAll("d")
      .select(["e.event_id", "e.type"])
      .where("d.subscription_id", "=", id);
    if (f.status !== undefined) q = q.where("d.status", "=", f.status);
    if (f.cursor !== undefined) {
      const { at, id: last } = Cursor.decode(f.cursor);
      q = q.where((eb) =>
        eb.or([eb("d.created_at", "<", at), eb.and([eb("d.created_at", "=", at), eb("d.id", "<", last)])]),
      );
    }
    const rows = await q
      .orderBy("d.created_at", "desc")
      .orderBy("d.id", "desc")
      .limit(f.limit + 1)
      .execute();
    const items = rows.slice(0, f.limit);
    const tail = items[items.length - 1];
    return c.json(
      {
        items: items.map((r) => deliveryView(r)),
        nextCursor:
          rows.length > f.limit && tail !== undefined ? Cursor.encode(tail.created_at, tail.id) : null,
      },
      200,
    );
  });
