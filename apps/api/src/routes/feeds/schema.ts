/** Schemas of calendar feed tokens. */
import { z } from "@hono/zod-openapi";

import type { FeedRow } from "../../integrations/feeds.js";

export const FeedView = z
  .object({
    id: z.string().openapi({ description: "Mã lịch", example: "fed_2k9x" }),
    kind: z
      .enum(["agency", "user"])
      .openapi({ description: "agency: lịch của cơ quan; user: lịch cá nhân", example: "agency" }),
    agencyId: z.string().nullable().openapi({ description: "Cơ quan (lịch cơ quan)", example: "brvt.so-tc" }),
    userId: z.string().nullable().openapi({ description: "Người dùng (lịch cá nhân)", example: null }),
    name: z.string().openapi({ description: "Tên gợi nhớ", example: "Lịch hạn Sở Tài chính" }),
    path: z.string().openapi({
      description: "Đường dẫn lịch (không gồm mã; thêm ?token=… khi đăng ký)",
      example: "/v1/agencies/brvt.so-tc/calendar.ics",
    }),
    createdAt: z.string().openapi({ description: "Thời điểm tạo", example: "2024-03-01T03:00:00.000Z" }),
    revokedAt: z.string().nullable().openapi({ description: "Thời điểm thu hồi", example: null }),
  })
  .openapi("CalendarFeed");

export const feedPath = (row: Pick<FeedRow, "kind" | "agency_id" | "user_id">): string =>
  row.kind === "agency"
    ? `/v1/agencies/${encodeURIComponent(row.agency_id ?? "")}/calendar.ics`
    : `/v1/users/${encodeURIComponent(row.user_id ?? "")}/calendar.ics`;

export const feedView = (row: FeedRow): z.infer<typeof FeedView> => ({
  id: row.id,
  kind: row.kind,
  agencyId: row.agency_id,
  userId: row.user_id,
  name: row.name,
  path: feedPath(row),
  createdAt: row.created_at.toISOString(),
  revokedAt: row.revoked_at === null ? null : row.revoked_at.toISOString(),
});

export const IcsToken = z.object({
  token: z
    .string()
    .min(1)
    .max(200)
    .openapi({ description: "Mã lịch (ddf_…)", example: "ddf_Jw3o0mP1sW3cRnq2bWlq0QxYz" }),
});

export const icsResponse = {
  200: {
    description: "Lịch iCalendar (RFC 5545)",
    content: {
      "text/calendar": {
        schema: z.string().openapi({ description: "VCALENDAR", example: "BEGIN:VCALENDAR…" }),
      },
    },
  },
};
