/**
 * GET /v1/notices — notices, newest first, filtered by lifecycle and text (diacritics ignored); a
 * secretariat sees its issuer's notices only.
 */
import { z } from "@hono/zod-openapi";
import { sql } from "kysely";

import * as AccessPolicy from "../../access/access-policy.js";
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { define, json, page } from "../../http/route.js";
import * as Notices from "../../services/notices.js";
import { fold, likeEscape } from "../../services/text.js";
import { NoticeLifecycle, NoticeSummary } from "./schema.js";

const Query = z.object({
  lifecycle: NoticeLifecycle.optional(),
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: "Tìm theo số, ký hiệu, trích yếu (không dấu)", example: "chuyen doi so" }),
  cursor: z.string().max(500).optional().openapi({ description: "Con trỏ trang", example: "eyJ2Ijo" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ description: "Số phần tử mỗi trang", example: 50 }),
});

export const route = define({
  method: "get",
  operationId: "listNotices",
  path: "/v1/notices",
  permission: "notices.read",
  tags: ["notices"],
  summary: "Danh sách thông báo (list notices)",
  request: { query: Query },
  responses: { 200: json(page(NoticeSummary, "NoticePage"), "Một trang thông báo") },
});

// Milliseconds, as the cursor carries them (PostgreSQL keeps microseconds).
const createdMs = sql<Date>`date_trunc('milliseconds', notices.created_at)`;

const badCursor = () =>
  new ApiError("validation-failed", "Con trỏ trang không hợp lệ / Invalid cursor", {
    errors: [{ path: "query.cursor", message: "Con trỏ không hợp lệ" }],
  });

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const f = c.req.valid("query");
    let q = d.db.kysely
      .selectFrom("notices")
      .where(AccessPolicy.notices(principal(c)))
      .selectAll("notices")
      .select((eb) =>
        eb
          .selectFrom("tasks")
          .select(sql<string>`count(*)::text`.as("n"))
          .whereRef("tasks.notice_id", "=", "notices.id")
          .where("tasks.is_collective", "=", false)
          .as("task_count"),
      );
    if (f.lifecycle !== undefined) q = q.where("lifecycle", "=", f.lifecycle);
    if (f.q !== undefined && fold(f.q) !== "")
      q = q.where("search_text", "like", `%${likeEscape(fold(f.q))}%`);
    if (f.cursor !== undefined) {
      const [at, id] = Buffer.from(f.cursor, "base64url").toString("utf8").split("|");
      const when = new Date(at ?? "");
      if (id === undefined || Number.isNaN(when.getTime())) throw badCursor();
      q = q.where((eb) => eb(eb.tuple(createdMs, eb.ref("notices.id")), "<", eb.tuple(when, id)));
    }
    const rows = await q
      .orderBy(createdMs, "desc")
      .orderBy("id", "desc")
      .limit(f.limit + 1)
      .execute();
    const items = rows.slice(0, f.limit);
    const last = items[items.length - 1];
    return c.json(
      {
        items: items.map((r) => Notices.summary(r, Number(r.task_count ?? 0))),
        nextCursor:
          rows.length > f.limit && last !== undefined
            ? Buffer.from(`${last.created_at.toISOString()}|${last.id}`).toString("base64url")
            : null,
      },
      200,
    );
  });
