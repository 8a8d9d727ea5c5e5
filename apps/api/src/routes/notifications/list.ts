/** GET /v1/notifications — the caller's notifications, newest first (optionally unread only); cursor paging. */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import * as Cursor from "../../integrations/cursor.js";
import * as Notifications from "../../integrations/notifications.js";
import { NotificationView } from "./schema.js";

const Query = z.object({
  unread: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "true: chỉ thông báo chưa đọc", example: "true" }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: "Con trỏ trang", example: "WyIyMDI0LTAzIl0" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ description: "Số phần tử", example: 50 }),
});

const Page = z
  .object({
    items: z.array(NotificationView).openapi({ description: "Các thông báo" }),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: "Con trỏ trang sau; null khi hết", example: null }),
    unread: z.number().int().openapi({ description: "Tổng số chưa đọc", example: 3 }),
  })
  .openapi("NotificationPage");

export const route = define({
  method: "get",
  operationId: "listNotifications",
  path: "/v1/notifications",
  permission: "authenticated",
  tags: ["notifications"],
  summary: "Thông báo của tôi (my notifications)",
  request: { query: Query },
  responses: { 200: json(Page, "Một trang thông báo và số chưa đọc") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const me = principal(c).id;
    const f = c.req.valid("query");
    let q = db.selectFrom("notifications").selectAll().where("user_id", "=", me);
    if (f.unread === "true") q = q.where("read_at", "is", null);
    if (f.cursor !== undefined) {
      const { at, id } = Cursor.decode(f.cursor);
      q = q.where((eb) =>
        eb.or([eb("created_at", "<", at), eb.and([eb("created_at", "=", at), eb("id", "<", id)])]),
      );
    }
    const rows = await q
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(f.limit + 1)
      .execute();
    const items = rows.slice(0, f.limit);
    const tail = items[items.length - 1];
    return c.json(
      {
        items: items.map(Notifications.view),
        nextCursor:
          rows.length > f.limit && tail !== undefined ? Cursor.encode(tail.created_at, tail.id) : null,
        unread: await Notifications.unreadCount(db, me),
      },
      200,
    );
  });
