/**
 * POST /v1/webhooks/{id}/replay — sends again every delivery of a subscription created since an
 * instant (e.g. after the receiver lost its data), in their original order.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, tx, who } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { body, define, IdParam, json } from "../../http/route.js";
import * as Deliveries from "../../integrations/deliveries.js";

const ReplaySince = z
  .object({
    since: z.iso
      .datetime({ offset: true })
      .openapi({ description: "Gửi lại từ thời điểm này", example: "2024-03-01T00:00:00Z" }),
  })
  .strict()
  .openapi("ReplayWebhookSince");

export const route = define({
  method: "post",
  operationId: "replayWebhookSince",
  path: "/v1/webhooks/{id}/replay",
  permission: "apikeys.manage",
  tags: ["webhooks"],
  summary: "Gửi lại các sự kiện từ một thời điểm (replay from)",
  request: { params: IdParam, ...body(ReplaySince) },
  responses: {
    200: json(
      z
        .object({
          requeued: z.number().int().openapi({ description: "Số lần gửi xếp hàng lại", example: 12 }),
        })
        .openapi("WebhookReplayed"),
      "Số lần gửi được xếp hàng lại",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const id = c.req.valid("param").id;
    const since = new Date(c.req.valid("json").since);
    const requeued = await tx(deps(c), async (db) => {
      const sub = await db
        .selectFrom("webhook_subscriptions")
        .select("id")
        .where("id", "=", id)
        .executeTakeFirst();
      if (sub === undefined) throw notFound("webhook", id);
      return Deliveries.requeue(db, who(c), { subscriptionId: id, since });
    });
    return c.json({ requeued }, 200);
  });
