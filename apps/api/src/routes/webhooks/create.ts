/**
 * POST /v1/webhooks — subscribes a URL to event types, optionally limited to one agency's events
 * (like an agency-bound API key). Returns the signing secret once; it is stored encrypted. A URL
 * that is not public is refused (422 `unsafe-target`). Accepts Idempotency-Key.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { body, define, IdempotencyKey, json } from "../../http/route.js";
import * as Signature from "../../integrations/signature.js";
import * as Audit from "../../services/audit.js";
import * as Ids from "../../services/ids.js";
import { EventTypes, SubscriptionView, subscriptionView, WebhookUrl } from "./schema.js";
import { assertTarget } from "./target-guard.js";

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
      description:
        "Khoá ký (Standard Webhooks: `whsec_` + base64 của 24 byte), dùng với `new Webhook(secret)` của thư viện standardwebhooks; chỉ hiện một lần",
      example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
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
    "Mỗi sự kiện được POST tới `url` dưới dạng JSON `{ id, type, occurredAt, data }`, ký theo Standard Webhooks",
    "(https://www.standardwebhooks.com): tiêu đề `webhook-id` (mã sự kiện, giữ nguyên khi gửi lại), `webhook-timestamp`",
    '(giây unix) và `webhook-signature: v1,<base64 HMAC-SHA256(khoá, id + "." + timestamp + "." + body)>`; bên nhận kiểm tra',
    "bằng `new Webhook(secret).verify(body, headers)` của thư viện `standardwebhooks` (từ chối lệch quá 5 phút) và dùng",
    "`webhook-id` để bỏ qua bản trùng. Tiêu đề cũ `X-Dondoc-Signature: t=<unix>,v1=<hex>` vẫn được gửi (không khuyến dùng).",
    "Kèm `X-Dondoc-Event`, `X-Dondoc-Event-Id`, `X-Dondoc-Delivery`. Phản hồi 2xx là đã nhận; lỗi khác được gửi lại với",
    "thời gian chờ tăng gấp đôi (30 giây, 1 phút, 2 phút…) tối đa 8 lần, sau đó là `failed` và có thể gửi lại từ nhật ký;",
    "chuyển hướng (3xx) không được theo. Thứ tự giao không được bảo đảm. Địa chỉ nhận phải là địa chỉ công khai:",
    "loopback, mạng riêng, link-local… bị từ chối (422 `unsafe-target`) trừ máy được quản trị cho phép",
    "(`WEBHOOK_ALLOW_PRIVATE_HOSTS`); điều kiện này được kiểm tra lại sau khi phân giải DNS trước mỗi lần gửi.",
  ].join(" "),
  request: { headers: IdempotencyKey, ...body(CreateWebhook) },
  responses: { 201: json(Created, "Đăng ký mới và khoá ký") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const input = c.req.valid("json");
    const p = principal(c);
    const d = deps(c);
    await assertTarget(d, input.url);
    const secret = Signature.newSecret();
    const id = Ids.make("whk");
    const row = await tx(d, async (db) => {
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
          id,
          url: input.url,
          secret: d.secrets.seal(secret, id),
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
