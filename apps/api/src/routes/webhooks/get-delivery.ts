/** GET /v1/webhook-deliveries/{id} — one delivery with every attempt (time, HTTP status, error, duration). */
import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { define, IdParam, json } from "../../http/route.js";
import * as Deliveries from "../../integrations/deliveries.js";
import { DeliveryView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "getWebhookDelivery",
  path: "/v1/webhook-deliveries/{id}",
  permission: "apikeys.manage",
  tags: ["webhooks"],
  summary: "Chi tiết một lần gửi (delivery with attempts)",
  request: { params: IdParam },
  responses: { 200: json(DeliveryView, "Lần gửi và các lần thử") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) =>
    c.json(await Deliveries.get(deps(c).db.kysely, c.req.valid("param").id), 200),
  );
