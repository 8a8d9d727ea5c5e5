/** POST /v1/notifications/read-all — marks every unread notification of the caller read. */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, json } from "../../http/route.js";

export const route = define({
  method: "post",
  operationId: "readAllNotifications",
  path: "/v1/notifications/read-all",
  permission: "authenticated",
  tags: ["notifications"],
  summary: "Đánh dấu tất cả đã đọc (mark all read)",
  responses: {
    200: json(
      z
        .object({
          marked: z.number().int().openapi({ description: "Số thông báo vừa đánh dấu", example: 4 }),
        })
        .openapi("NotificationsMarked"),
      "Số thông báo đã đánh dấu",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const result = await d.db.kysely
      .updateTable("notifications")
      .set({ read_at: d.now() })
      .where("user_id", "=", principal(c).id)
      .where("read_at", "is", null)
      .executeTakeFirst();
    return c.json({ marked: Number(result.numUpdatedRows) }, 200);
  });
