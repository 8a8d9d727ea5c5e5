/** GET /v1/resolutions/{id} — one resolution with its ETag. */
import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { define, IdParam, json } from "../../http/route.js";
import { ResolutionView, resolutionView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "getResolution",
  path: "/v1/resolutions/{id}",
  permission: "resolutions.read",
  tags: ["resolutions"],
  summary: "Chi tiết nghị quyết (get a resolution)",
  request: { params: IdParam },
  responses: { 200: json(ResolutionView, "Nghị quyết") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const id = c.req.valid("param").id;
    const row = await deps(c)
      .db.kysely.selectFrom("resolutions")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    if (row === undefined) throw notFound("nghị quyết", id);
    c.header("ETag", ETag.of(row.version));
    return c.json(resolutionView(row), 200);
  });
