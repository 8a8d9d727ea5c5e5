/** GET /v1/agencies — the directory: search by any name without diacritics; active on a date. */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, json, page } from "../../http/route.js";
import { IsoDay } from "../../http/schemas.js";
import * as Agencies from "../../services/agencies.js";
import { fold, likeEscape } from "../../services/text.js";
import { AgencyView } from "./schema.js";

const Query = Paging.PageQuery.extend({
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: "Tìm theo tên, tên tắt, bí danh (không dấu)", example: "so tai chinh" }),
  activeOn: IsoDay.optional().openapi({
    description: "Chỉ cơ quan còn hoạt động vào ngày này",
    example: "2025-07-01",
  }),
  parentId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: "Cơ quan cấp trên", example: "brvt.ubnd" }),
});

export const route = define({
  method: "get",
  operationId: "listAgencies",
  path: "/v1/agencies",
  permission: "agencies.read",
  tags: ["agencies"],
  summary: "Danh mục cơ quan (list agencies)",
  request: { query: Query },
  responses: {
    200: json(page(AgencyView, "AgencyList"), "Cơ quan"),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const f = c.req.valid("query");
    let q = db.selectFrom("agencies").selectAll();
    if (f.q !== undefined && fold(f.q) !== "")
      q = q.where("search_text", "like", `%${likeEscape(fold(f.q))}%`);
    if (f.parentId !== undefined) q = q.where("parent_id", "=", f.parentId);
    if (f.activeOn !== undefined) {
      const on = f.activeOn;
      q = q.where((eb) =>
        eb.and([
          eb.or([eb("valid_from", "is", null), eb("valid_from", "<=", on)]),
          eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", on)]),
        ]),
      );
    }
    const { rows, nextCursor, total } = await Paging.run(q.orderBy("name").orderBy("id"), f);
    const members =
      rows.length === 0
        ? []
        : await db
            .selectFrom("agency_group_members")
            .selectAll()
            .where(
              "agency_id",
              "in",
              rows.map((r) => r.id),
            )
            .execute();
    const groups = new Map<string, string[]>();
    for (const m of members) groups.set(m.agency_id, [...(groups.get(m.agency_id) ?? []), m.group_id]);
    return c.json(
      { items: rows.map((r) => Agencies.view(r, groups.get(r.id) ?? [])), nextCursor, total },
      200,
    );
  });
