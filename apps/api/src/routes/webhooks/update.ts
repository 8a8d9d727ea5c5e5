/**
 * PATCH /v1/webhooks/{id} — changes the URL, the event types, the agency scope, the note, or pauses
 * (`active: false`) a subscription. Requires If-Match. A new URL that is not public is refused
 * (422 `unsafe-target`).
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, tx, who } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import { EventTypes, SubscriptionView, subscriptionView, WebhookUrl } from "./schema.js";
import { assertTarget } from "./target-guard.js";

const UpdateWebhook = z
  .object({
    url: WebhookUrl.optional(),
    eventTypes: EventTypes.optional(),
    agencyId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .optional()
      .openapi({ description: "Chỉ nhận sự kiện của cơ quan này", example: "brvt.so-tc" }),
    description: z
      .string()
      .trim()
      .max(500)
      .optional()
      .openapi({ description: "Ghi chú", example: "iOffice" }),
    active: z.boolean().optional().openapi({ description: "false: tạm dừng gửi", example: false }),
  })
  .strict()
  .openapi("UpdateWebhook");

export const route = define({
  method: "patch",
  operationId: "updateWebhook",
  path: "/v1/webhooks/{id}",
  permission: "apikeys.manage",
  tags: ["webhooks"],
  summary: "Sửa, tạm dừng webhook (update a subscription)",
  request: { params: IdParam, headers: IfMatch, ...body(UpdateWebhook) },
  responses: { 200: json(SubscriptionView, "Đăng ký sau khi sửa") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const id = c.req.valid("param").id;
    const input = c.req.valid("json");
    if (input.url !== undefined) await assertTarget(d, input.url);
    const row = await tx(d, async (db) => {
      const before = await db
        .selectFrom("webhook_subscriptions")
        .selectAll()
        .where("id", "=", id)
        .forUpdate()
        .executeTakeFirst();
      if (before === undefined) throw notFound("webhook", id);
      if (before.version !== expected) throw ETag.stale("Webhook", id, before.version);
      if (input.agencyId !== undefined && input.agencyId !== null) {
        const agency = await db
          .selectFrom("agencies")
          .select("id")
          .where("id", "=", input.agencyId)
          .executeTakeFirst();
        if (agency === undefined) throw notFound("cơ quan", input.agencyId);
      }
      const after = await db
        .updateTable("webhook_subscriptions")
        .set({
          ...(input.url === undefined ? {} : { url: input.url }),
          ...(input.eventTypes === undefined
            ? {}
            : { event_types: JSON.stringify([...new Set(input.eventTypes)]) }),
          ...(input.agencyId === undefined ? {} : { agency_id: input.agencyId }),
          ...(input.description === undefined ? {} : { description: input.description }),
          ...(input.active === undefined ? {} : { active: input.active }),
          version: before.version + 1,
          updated_at: d.now(),
        })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who(c), {
        action: "webhook.updated",
        entity: "webhook_subscription",
        entityId: id,
        before: { ...before, secret: undefined },
        after: { ...after, secret: undefined },
      });
      return after;
    });
    c.header("ETag", ETag.of(row.version));
    return c.json(subscriptionView(row), 200);
  });
