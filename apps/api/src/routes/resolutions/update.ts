/** PUT /v1/resolutions/{id} — replaces a resolution's fields. If-Match. */
import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, tx, who } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import * as Tasks from "../../services/tasks.js";
import { ResolutionInput, ResolutionView, resolutionView } from "./schema.js";

export const route = define({
  method: "put",
  operationId: "updateResolution",
  path: "/v1/resolutions/{id}",
  permission: "resolutions.write",
  tags: ["resolutions"],
  summary: "Sửa nghị quyết (replace a resolution)",
  request: { params: IdParam, headers: IfMatch, ...body(ResolutionInput) },
  responses: { 200: json(ResolutionView, "Nghị quyết sau khi sửa") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const id = c.req.valid("param").id;
    const row = await tx(d, async (db) => {
      const before = await db
        .selectFrom("resolutions")
        .selectAll()
        .where("id", "=", id)
        .forUpdate()
        .executeTakeFirst();
      if (before === undefined) throw notFound("nghị quyết", id);
      Tasks.ensureVersion(before, expected, "Nghị quyết");
      const after = await db
        .updateTable("resolutions")
        .set({
          code: input.code,
          issuer: input.issuer,
          issued_on: input.issuedOn,
          title: input.title,
          goals: JSON.stringify(input.goals),
          version: before.version + 1,
          updated_at: d.now(),
        })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who(c), {
        action: "resolution.updated",
        entity: "resolution",
        entityId: id,
        before,
        after,
      });
      return after;
    });
    c.header("ETag", ETag.of(row.version));
    return c.json(resolutionView(row), 200);
  });
