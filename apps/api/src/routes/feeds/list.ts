/** GET /v1/calendar-feeds — the calendar links the caller created (an administrator sees all). */
import { z } from "@hono/zod-openapi";

import { actor } from "../../auth/principal.js";
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import { FeedView, feedView } from "./schema.js";

export const route = define({
  method: "get",
  path: "/v1/calendar-feeds",
  permission: "tasks.read",
  tags: ["calendar-feeds"],
  summary: "Các đường dẫn lịch (list ICS links)",
  responses: {
    200: json(
      z.object({ items: z.array(FeedView).openapi({ description: "Các lịch" }) }).openapi("CalendarFeedList"),
      "Các lịch",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const p = principal(c);
    let q = deps(c).db.kysely.selectFrom("feed_tokens").selectAll();
    if (p.role !== "admin") q = q.where("created_by", "=", actor(p));
    const rows = await q.orderBy("created_at").orderBy("id").execute();
    return c.json({ items: rows.map(feedView) }, 200);
  });
