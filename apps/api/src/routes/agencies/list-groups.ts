import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, json, page } from "../../http/route.js";
import { AgencyGroupView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "listAgencyGroups",
  path: "/v1/agency-groups",
  permission: "agencies.read",
  tags: ["agencies"],
  summary: "Nhóm cơ quan (list agency groups)",
  request: { query: Paging.PageQuery },
  responses: {
    200: json(page(AgencyGroupView, "AgencyGroupList"), "Nhóm"),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const {
      rows: groups,
      nextCursor,
      total,
    } = await Paging.run(db.selectFrom("agency_groups").selectAll().orderBy("id"), c.req.valid("query"));
    const members =
      groups.length === 0
        ? []
        : await db
            .selectFrom("agency_group_members")
            .selectAll()
            .where(
              "group_id",
              "in",
              groups.map((g) => g.id),
            )
            .orderBy("agency_id")
            .execute();
    return c.json(
      {
        nextCursor,
        total,
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
