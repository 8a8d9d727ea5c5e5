/**
 * POST /v1/webhooks — subscribes a URL to event types, optionally limited to one agency's events
 * (like an agency-bound API key). Returns the signing secret once. Accepts Idempotency-Key.
 */
import { z } from "@hono/zod-openapi";

import { token } from "../../auth/secret.js";
import type { App } from "../../context.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { body, define, IdempotencyKey, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import * as Ids from "../../services/ids.js";
import { EventTypes, SubscriptionView, subscriptionView, WebhookUrl } from "./schema.js";

const CreateWebhook = z
  .object({
    url: WebhookUrl,
    eventTypes: EventTypes,
    agencyId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .default(null)
      .openapi({ description: "Chỉ nhận sự kiện của cơ quan này", example: "brvt.so-tc" }),
    description: z
      .string()
      .trim()
      .max(500)
      .default("")
      .openapi({ description: "Ghi chú", example: "iOffice" }),
  })
  .strict()
  .openapi("CreateWebhook");

const Created = z
  .object({
    subscription: SubscriptionView,
    secret: z.string().openapi({
      description: "Khoá ký HMAC-SHA256; chỉ hiện một lần",
      example: "whsec_Jw3o0mP1sW3cRnq2bWlq0QxYz",
    }),
  })
  .openapi("WebhookCreated");

export const route = define({
  carriesSecret: true,
  method: "post",
  operationId: "createWebhook",
  path: "/v1/webhooks",
  permission: "apikeys.manage",
  tags: ["webhooks"],
  summary: "Đăng ký webhook (subscribe a URL to events)",
  description: [
    "Mỗi sự kiện được POST tới `url` dưới dạng JSON `{ id, type, occurredAt, data }` với các tiêu đề",
    "`X-Dondoc-Event`, `X-Dondoc-Event-Id`, `X-Dondoc-Delivery` và `X-Dondoc-Signature: t=<unix>,v1=<hex>`,",
    'trong đó `v1` = HMAC-SHA256(secret, `t + "." + body`). Bên nhận tính lại chữ ký trên nội dung thô,',
    "so sánh an toàn về thời gian và từ chối `t` lệch quá 5 phút (chống phát lại); dùng `id` để bỏ qua bản trùng.",
    "Phản hồi 2xx là đã nhận; lỗi khác được gửi lại với thời gian chờ tăng gấp đôi (30 giây, 1 phút, 2 phút…)",
    "tối đa 8 lần, sau đó là `failed` và có thể gửi lại từ nhật ký. Thứ tự giao không được bảo đảm.",
  ].join(" "),
  request: { headers: IdempotencyKey, ...body(CreateWebhook) },
  responses: { 201: json(Created, "Đăng ký mới và khoá ký") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const input = c.req.valid("json");
    const p = principal(c);
    const secret = `whsec_${token(24)}`;
    const row = await tx(deps(c), async (db) => {
      if (input.agencyId !== null) {
        const agency = await db
          .selectFrom("agencies")
          .select("id")
          .where("id", "=", input.agencyId)
          .executeTakeFirst();
        if (agency === undefined) throw notFound("cơ quan", input.agencyId);
      }
      const row = await db
        .insertInto("webhook_subscriptions")
        .values({
          id: Ids.make("whk"),
          url: input.url,
          secret,
          event_types: JSON.stringify([...new Set(input.eventTypes)]),
          agency_id: input.agencyId,
          description: input.description,
          created_by: p.kind === "user" ? p.id : null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who(c), {
        action: "webhook.created",
        entity: "webhook_subscription",
        entityId: row.id,
        after: { ...row, secret: undefined },
      });
      return row;
    });
    c.header("ETag", `"${row.version}"`);
    return c.json({ subscription: subscriptionView(row), secret }, 201);
  });
