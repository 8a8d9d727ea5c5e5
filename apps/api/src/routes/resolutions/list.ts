import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, json, page } from "../../http/route.js";
import { ResolutionView, resolutionView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "listResolutions",
  path: "/v1/resolutions",
  permission: "resolutions.read",
  tags: ["resolutions"],
  summary: "Danh sách nghị quyết (list resolutions)",
  request: { query: Paging.PageQuery },
  responses: {
    200: json(page(ResolutionView, "ResolutionList"), "Nghị quyết"),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const { rows, nextCursor, total } = await Paging.run(
      deps(c).db.kysely.selectFrom("resolutions").selectAll().orderBy("issued_on", "desc").orderBy("id"),
      c.req.valid("query"),
    );
    return c.json({ items: rows.map(resolutionView), nextCursor, total }, 200);
  });
