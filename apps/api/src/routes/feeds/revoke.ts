/** DELETE /v1/calendar-feeds/{id} — revokes a calendar link at once (its creator or an administrator). */
import { actor } from "../../auth/principal.js";
import type { App } from "../../context.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { define, IdParam, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import { FeedView, feedView } from "./schema.js";

export const route = define({
  method: "delete",
  operationId: "revokeCalendarFeed",
  path: "/v1/calendar-feeds/{id}",
  permission: "tasks.read",
  tags: ["calendar-feeds"],
  summary: "Thu hồi đường dẫn lịch (revoke an ICS link)",
  request: { params: IdParam },
  responses: { 200: json(FeedView, "Lịch đã thu hồi") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const p = principal(c);
    const id = c.req.valid("param").id;
    const row = await tx(d, async (db) => {
      const before = await db
        .selectFrom("feed_tokens")
        .selectAll()
        .where("id", "=", id)
        .forUpdate()
        .executeTakeFirst();
      if (before === undefined || (p.role !== "admin" && before.created_by !== actor(p)))
        throw notFound("lịch", id);
      if (before.revoked_at !== null) return before;
      const after = await db
        .updateTable("feed_tokens")
        .set({ revoked_at: d.now() })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who(c), { action: "feed.revoked", entity: "feed_token", entityId: id });
      return after;
    });
    return c.json(feedView(row), 200);
  });
