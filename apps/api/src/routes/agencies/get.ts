/** GET /v1/agencies/{id} — one agency with its ETag. */
import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps } from "../../http/handler.js";
import { define, IdParam, json } from "../../http/route.js";
import * as Agencies from "../../services/agencies.js";
import { AgencyView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "getAgency",
  path: "/v1/agencies/{id}",
  permission: "agencies.read",
  tags: ["agencies"],
  summary: "Chi tiết cơ quan (get an agency)",
  request: { params: IdParam },
  responses: { 200: json(AgencyView, "Cơ quan") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const row = await Agencies.get(db, c.req.valid("param").id);
    c.header("ETag", ETag.of(row.version));
    return c.json(Agencies.view(row, await Agencies.groupsOf(db, row.id)), 200);
  });
