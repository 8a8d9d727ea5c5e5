/** Schemas of webhook subscriptions, their deliveries and delivery attempts. */
import { z } from "@hono/zod-openapi";
import type { Selectable } from "kysely";

import type { WebhookAttemptTable, WebhookDeliveryTable, WebhookSubscriptionTable } from "../../db/schema.js";
import { EventType } from "../../integrations/events.js";

export const WebhookUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .openapi({
    description: "Địa chỉ nhận (http/https)",
    example: "https://ioffice.stc.example.gov.vn/hooks/dondoc",
  });

export const EventTypes = z
  .array(z.union([EventType, z.literal("*")]))
  .min(1)
  .max(20)
  .openapi({ description: 'Loại sự kiện nhận; "*" là tất cả', example: ["task.overdue", "task.done"] });

export const SubscriptionView = z
  .object({
    id: z.string().openapi({ description: "Mã đăng ký", example: "whk_2k9x" }),
    url: WebhookUrl,
    eventTypes: z.array(z.string()).openapi({ description: "Loại sự kiện nhận", example: ["task.overdue"] }),
    agencyId: z.string().nullable().openapi({
      description: "Chỉ nhận sự kiện của cơ quan này (null: mọi cơ quan)",
      example: "brvt.so-tc",
    }),
    description: z.string().openapi({ description: "Ghi chú", example: "iOffice Sở Tài chính" }),
    active: z.boolean().openapi({ description: "Đang hoạt động", example: true }),
    version: z.number().int().openapi({ description: "Phiên bản (ETag)", example: 1 }),
    createdAt: z.string().openapi({ description: "Thời điểm tạo", example: "2024-03-01T03:00:00.000Z" }),
  })
  .openapi("WebhookSubscription");

export const subscriptionView = (
  s: Selectable<WebhookSubscriptionTable>,
): z.infer<typeof SubscriptionView> => ({
  id: s.id,
  url: s.url,
  eventTypes: s.event_types,
  agencyId: s.agency_id,
  description: s.description,
  active: s.active,
  version: s.version,
  createdAt: s.created_at.toISOString(),
});

export const AttemptView = z
  .object({
    attempt: z.number().int().openapi({ description: "Lần thử", example: 1 }),
    at: z.string().openapi({ description: "Thời điểm", example: "2024-03-01T03:00:01.000Z" }),
    statusCode: z.number().int().nullable().openapi({ description: "Mã HTTP nhận được", example: 503 }),
    error: z.string().nullable().openapi({ description: "Lỗi", example: "HTTP 503" }),
    durationMs: z.number().int().openapi({ description: "Thời gian (ms)", example: 42 }),
  })
  .openapi("WebhookAttempt");

export const DeliveryView = z
  .object({
    id: z.string().openapi({ description: "Mã lần gửi", example: "dlv_8k2m" }),
    subscriptionId: z.string().openapi({ description: "Mã đăng ký", example: "whk_2k9x" }),
    eventId: z.string().openapi({ description: "Mã sự kiện", example: "evt_3j9d" }),
    eventType: z.string().openapi({ description: "Loại sự kiện", example: "task.overdue" }),
    status: z.enum(["pending", "delivered", "failed"]).openapi({
      description: "pending: chờ gửi/gửi lại; delivered: đã nhận; failed: bỏ sau số lần tối đa",
      example: "delivered",
    }),
    attempts: z.number().int().openapi({ description: "Số lần đã thử", example: 1 }),
    nextAttemptAt: z.string().nullable().openapi({ description: "Lần thử tới", example: null }),
    lastStatusCode: z.number().int().nullable().openapi({ description: "Mã HTTP gần nhất", example: 200 }),
    lastError: z.string().nullable().openapi({ description: "Lỗi gần nhất", example: null }),
    deliveredAt: z
      .string()
      .nullable()
      .openapi({ description: "Thời điểm nhận", example: "2024-03-01T03:00:01.000Z" }),
    createdAt: z.string().openapi({ description: "Thời điểm tạo", example: "2024-03-01T03:00:00.000Z" }),
    log: z.array(AttemptView).optional().openapi({ description: "Nhật ký các lần thử" }),
  })
  .openapi("WebhookDelivery");
export type DeliveryView = z.infer<typeof DeliveryView>;

export const deliveryView = (
  d: Selectable<WebhookDeliveryTable> & { event_id: string; type: string },
  log?: readonly Selectable<WebhookAttemptTable>[],
): DeliveryView => ({
  id: d.id,
  subscriptionId: d.subscription_id,
  eventId: d.event_id,
  eventType: d.type,
  status: d.status,
  attempts: d.attempts,
  nextAttemptAt: d.status === "pending" ? d.next_attempt_at.toISOString() : null,
  lastStatusCode: d.last_status_code,
  lastError: d.last_error,
  deliveredAt: d.delivered_at === null ? null : d.delivered_at.toISOString(),
  createdAt: d.created_at.toISOString(),
  ...(log === undefined
    ? {}
    : {
        log: log.map((a) => ({
          attempt: a.attempt,
          at: a.at.toISOString(),
          statusCode: a.status_code,
          error: a.error,
          durationMs: a.duration_ms,
        })),
      }),
});
