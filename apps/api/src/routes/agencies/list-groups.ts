/** GET /v1/agency-groups — collective assignees (“các sở, ban, ngành”) and their direct members. */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import { AgencyGroupView } from "./schema.js";

export const route = define({
  method: "get",
  path: "/v1/agency-groups",
  permission: "agencies.read",
  tags: ["agencies"],
  summary: "Nhóm cơ quan (list agency groups)",
  responses: {
    200: json(
      z
        .object({ items: z.array(AgencyGroupView).openapi({ description: "Các phần tử" }) })
        .openapi("AgencyGroupList"),
      "Nhóm",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const groups = await db.selectFrom("agency_groups").selectAll().orderBy("id").execute();
    const members = await db.selectFrom("agency_group_members").selectAll().orderBy("agency_id").execute();
    return c.json(
      {
        items: groups.map((g) => ({
          id: g.id,
          name: g.name,
          phrases: g.phrases,
          ownerId: g.owner_id,
          includes: g.includes,
          memberIds: members.filter((m) => m.group_id === g.id).map((m) => m.agency_id),
          version: g.version,
        })),
      },
      200,
    );
  });
