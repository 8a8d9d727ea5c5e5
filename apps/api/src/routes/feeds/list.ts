import { actor } from "../../auth/principal.js";
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, json, page } from "../../http/route.js";
import { FeedView, feedView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "listCalendarFeeds",
  path: "/v1/calendar-feeds",
  permission: "tasks.read",
  tags: ["calendar-feeds"],
  summary: "Các đường dẫn lịch (list ICS links)",
  request: { query: Paging.PageQuery },
  responses: {
    200: json(page(FeedView, "CalendarFeedList"), "Các lịch"),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const p = principal(c);
    let q = deps(c).db.kysely.selectFrom("feed_tokens").selectAll();
    if (p.role !== "admin") q = q.where("created_by", "=", actor(p));
    const { rows, nextCursor, total } = await Paging.run(
      q.orderBy("created_at").orderBy("id"),
      c.req.valid("query"),
    );
    return c.json({ items: rows.map(feedView), nextCursor, total }, 200);
  });
