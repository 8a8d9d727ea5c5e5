/** POST /v1/notifications/{id}/read — marks one of the caller's notifications read (idempotent). */
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { define, IdParam, json } from "../../http/route.js";
import * as Notifications from "../../integrations/notifications.js";
import { NotificationView } from "./schema.js";

export const route = define({
  method: "post",
  operationId: "readNotification",
  path: "/v1/notifications/{id}/read",
  permission: "authenticated",
  tags: ["notifications"],
  summary: "Đánh dấu đã đọc (mark read)",
  request: { params: IdParam },
  responses: { 200: json(NotificationView, "Thông báo đã đọc") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const id = c.req.valid("param").id;
    const me = principal(c).id;
    await d.db.kysely
      .updateTable("notifications")
      .set({ read_at: d.now() })
      .where("id", "=", id)
      .where("user_id", "=", me)
      .where("read_at", "is", null)
      .execute();
    const row = await d.db.kysely
      .selectFrom("notifications")
      .selectAll()
      .where("id", "=", id)
      .where("user_id", "=", me)
      .executeTakeFirst();
    if (row === undefined) throw notFound("thông báo", id);
    return c.json(Notifications.view(row), 200);
  });
