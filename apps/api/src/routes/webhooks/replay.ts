/**
 * POST /v1/webhook-deliveries/{id}/replay — sends a delivery again (failed, or delivered and lost on
 * the receiver's side): it goes back to `pending` with a fresh retry budget and is attempted at once.
 */
import type { App } from "../../context.js";
import { deps, tx, who } from "../../http/handler.js";
import { define, IdParam, json } from "../../http/route.js";
import * as Deliveries from "../../integrations/deliveries.js";
import { DeliveryView } from "./schema.js";

export const route = define({
  method: "post",
  operationId: "replayWebhookDelivery",
  path: "/v1/webhook-deliveries/{id}/replay",
  permission: "apikeys.manage",
  tags: ["webhooks"],
  summary: "Gửi lại một sự kiện (replay a delivery)",
  request: { params: IdParam },
  responses: { 200: json(DeliveryView, "Lần gửi đã xếp hàng gửi lại") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const id = c.req.valid("param").id;
    await tx(d, (db) => Deliveries.requeue(db, who(c), { deliveryId: id }));
    return c.json(await Deliveries.get(d.db.kysely, id), 200);
  });
