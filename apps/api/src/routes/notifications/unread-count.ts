/** GET /v1/notifications/unread-count — the number on the bell. */
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import * as Notifications from "../../integrations/notifications.js";
import { UnreadCount } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "countUnreadNotifications",
  path: "/v1/notifications/unread-count",
  permission: "authenticated",
  tags: ["notifications"],
  summary: "Số thông báo chưa đọc (unread count)",
  responses: { 200: json(UnreadCount, "Số chưa đọc") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) =>
    c.json({ unread: await Notifications.unreadCount(deps(c).db.kysely, principal(c).id) }, 200),
  );
