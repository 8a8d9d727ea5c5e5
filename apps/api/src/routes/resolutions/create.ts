/** POST /v1/resolutions — records a resolution. Accepts Idempotency-Key. */
import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, tx, who } from "../../http/handler.js";
import { body, define, IdempotencyKey, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import * as Ids from "../../services/ids.js";
import { ResolutionInput, ResolutionView, resolutionView } from "./schema.js";

export const route = define({
  method: "post",
  operationId: "createResolution",
  path: "/v1/resolutions",
  permission: "resolutions.write",
  tags: ["resolutions"],
  summary: "Thêm nghị quyết (create a resolution)",
  request: { headers: IdempotencyKey, ...body(ResolutionInput) },
  responses: { 201: json(ResolutionView, "Nghị quyết đã thêm") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const input = c.req.valid("json");
    const row = await tx(deps(c), async (db) => {
      const row = await db
        .insertInto("resolutions")
        .values({
          id: Ids.make("res"),
          code: input.code,
          issuer: input.issuer,
          issued_on: input.issuedOn,
          title: input.title,
          goals: JSON.stringify(input.goals),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who(c), {
        action: "resolution.created",
        entity: "resolution",
        entityId: row.id,
        after: row,
      });
      return row;
    });
    c.header("ETag", ETag.of(row.version));
    c.header("Location", `/v1/resolutions/${row.id}`);
    return c.json(resolutionView(row), 201);
  });
