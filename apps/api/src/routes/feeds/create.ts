/**
 * POST /v1/calendar-feeds — creates a calendar link: an agency's deadlines (officers only for their
 * own agency) or the caller's own. Returns the full URL with its token once. Accepts Idempotency-Key.
 */
import { z } from "@hono/zod-openapi";

import * as AccessPolicy from "../../access/access-policy.js";
import type { App } from "../../context.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError, notFound } from "../../http/problem.js";
import { body, define, IdempotencyKey, json } from "../../http/route.js";
import * as Feeds from "../../integrations/feeds.js";
import * as Audit from "../../services/audit.js";
import * as Ids from "../../services/ids.js";
import { FeedView, feedPath, feedView } from "./schema.js";

const CreateFeed = z
  .object({
    kind: z
      .enum(["agency", "user"])
      .openapi({ description: "agency: lịch cơ quan; user: lịch của tôi", example: "agency" }),
    agencyId: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: "Cơ quan (bắt buộc với agency)", example: "brvt.so-tc" }),
    name: z
      .string()
      .trim()
      .max(200)
      .default("")
      .openapi({ description: "Tên gợi nhớ", example: "Lịch hạn Sở Tài chính" }),
  })
  .strict()
  .openapi("CreateCalendarFeed");

const Created = z
  .object({
    feed: FeedView,
    token: z
      .string()
      .openapi({ description: "Mã lịch; chỉ hiện một lần", example: "ddf_Jw3o0mP1sW3cRnq2bWlq0QxYz" }),
    url: z.string().openapi({
      description: "Địa chỉ đăng ký lịch (dán vào Outlook, Google Calendar…)",
      example: "https://dondoc.example.gov.vn/v1/agencies/brvt.so-tc/calendar.ics?token=ddf_…",
    }),
  })
  .openapi("CalendarFeedCreated");

export const route = define({
  carriesSecret: true,
  method: "post",
  operationId: "createCalendarFeed",
  path: "/v1/calendar-feeds",
  permission: "tasks.read",
  tags: ["calendar-feeds"],
  summary: "Tạo đường dẫn lịch iCalendar (create an ICS link)",
  request: { headers: IdempotencyKey, ...body(CreateFeed) },
  responses: { 201: json(Created, "Lịch mới và mã") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const input = c.req.valid("json");
    const p = principal(c);
    if (input.kind === "agency" && input.agencyId === undefined) {
      throw new ApiError("validation-failed", "Cần chọn cơ quan cho lịch cơ quan / agencyId is required", {
        errors: [{ path: "body.agencyId", message: "Bắt buộc với kind = agency" }],
      });
    }
    if (input.kind === "user" && p.kind !== "user") {
      throw new ApiError(
        "validation-failed",
        "Khoá API không có lịch cá nhân / API keys have no personal feed",
        {
          errors: [{ path: "body.kind", message: "Chỉ người dùng mới có lịch cá nhân" }],
        },
      );
    }
    const agencyId = input.kind === "agency" ? (input.agencyId ?? null) : null;
    const { token, hash } = Feeds.newToken();
    const row = await tx(deps(c), async (db) => {
      if (agencyId !== null) {
        const agency = await db
          .selectFrom("agencies")
          .select("id")
          .where("id", "=", agencyId)
          .executeTakeFirst();
        const reach = AccessPolicy.reachOf(p);
        if (agency === undefined || (reach.kind === "agency" && reach.agencyId !== agencyId))
          throw notFound("cơ quan", agencyId);
      }
      const row = await db
        .insertInto("feed_tokens")
        .values({
          id: Ids.make("fed"),
          token_hash: hash,
          kind: input.kind,
          agency_id: agencyId,
          user_id: input.kind === "user" ? p.id : null,
          name: input.name,
          created_by: who(c).actor,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who(c), {
        action: "feed.created",
        entity: "feed_token",
        entityId: row.id,
        after: { ...row, token_hash: undefined },
      });
      return row;
    });
    const url = `${new URL(c.req.url).origin}${feedPath(row)}?token=${token}`;
    return c.json({ feed: feedView(row), token, url }, 201);
  });
