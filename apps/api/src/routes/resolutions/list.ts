/** GET /v1/resolutions — resolutions and other guiding documents tasks can be linked to. */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import { ResolutionView, resolutionView } from "./schema.js";

export const route = define({
  method: "get",
  path: "/v1/resolutions",
  permission: "resolutions.read",
  tags: ["resolutions"],
  summary: "Danh sách nghị quyết (list resolutions)",
  responses: {
    200: json(
      z
        .object({ items: z.array(ResolutionView).openapi({ description: "Các phần tử" }) })
        .openapi("ResolutionList"),
      "Nghị quyết",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const rows = await deps(c)
      .db.kysely.selectFrom("resolutions")
      .selectAll()
      .orderBy("issued_on", "desc")
      .orderBy("id")
      .execute();
    return c.json({ items: rows.map(resolutionView) }, 200);
  });
