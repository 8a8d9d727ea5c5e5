/** DELETE /v1/api-keys/{id} — revokes a key at once; it keeps its row for the audit trail. */
import type { App } from "../../context.js";
import { deps, tx, who } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { define, IdParam, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import { ApiKeyView, apiKeyView } from "./schema.js";

export const route = define({
  method: "delete",
  operationId: "revokeApiKey",
  path: "/v1/api-keys/{id}",
  permission: "apikeys.manage",
  tags: ["api-keys"],
  summary: "Thu hồi khoá API (revoke)",
  request: { params: IdParam },
  responses: { 200: json(ApiKeyView, "Khoá đã thu hồi") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const id = c.req.valid("param").id;
    const row = await tx(d, async (db) => {
      const before = await db
        .selectFrom("api_keys")
        .selectAll()
        .where("id", "=", id)
        .forUpdate()
        .executeTakeFirst();
      if (before === undefined) throw notFound("khoá API", id);
      if (before.revoked_at !== null) return before;
      const after = await db
        .updateTable("api_keys")
        .set({ revoked_at: d.now(), version: before.version + 1 })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who(c), {
        action: "apikey.revoked",
        entity: "api_key",
        entityId: id,
        after: { revokedAt: after.revoked_at },
      });
      return after;
    });
    return c.json(apiKeyView(row), 200);
  });
