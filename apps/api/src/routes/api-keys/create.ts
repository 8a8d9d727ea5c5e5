/**
 * POST /v1/api-keys — issues a key for an integrator: `ddk_<prefix>_<secret>`, shown once; only
 * the SHA-256 of the secret is stored. Scopes are permissions; every key is bound to one or more
 * issuing bodies (it reaches their notices and tasks only), and an agency narrows it further to
 * that agency's tasks. Accepts Idempotency-Key; a replay does not show the token again (409).
 */
import { z } from "@hono/zod-openapi";

import { Permission } from "../../auth/permission.js";
import { sha256, token } from "../../auth/secret.js";
import type { App } from "../../context.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { body, define, IdempotencyKey, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import * as Ids from "../../services/ids.js";
import * as Issuer from "../../services/issuer.js";
import { ApiKeyView, apiKeyView } from "./schema.js";

const CreateApiKey = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .openapi({ description: "Tên gợi nhớ", example: "iOffice Sở Tài chính" }),
    scopes: z
      .array(Permission.exclude(["users.manage", "apikeys.manage"]))
      .min(1)
      .max(20)
      .openapi({
        description: "Phạm vi quyền (không gồm quản trị tài khoản, khoá)",
        example: ["tasks.read", "tasks.report"],
      }),
    agencyId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .default(null)
      .openapi({ description: "Giới hạn theo cơ quan", example: null }),
    issuerIds: z
      .array(z.string().min(1).max(100))
      .min(1)
      .max(50)
      .openapi({
        description: "Các cơ quan ban hành mà khoá được phép (bắt buộc, ít nhất một)",
        example: ["brvt.ubnd"],
      }),
  })
  .strict()
  .openapi("CreateApiKey");

const Created = z
  .object({
    apiKey: ApiKeyView,
    token: z.string().openapi({
      description: "Khoá đầy đủ; chỉ hiện một lần",
      example: "ddk_a1b2c3d4_Jw3o0mP1sW3cRnq2bWlq0QxY",
    }),
  })
  .openapi("ApiKeyCreated");

export const route = define({
  carriesSecret: true,
  method: "post",
  operationId: "createApiKey",
  path: "/v1/api-keys",
  permission: "apikeys.manage",
  tags: ["api-keys"],
  summary: "Cấp khoá API (create an API key)",
  request: { headers: IdempotencyKey, ...body(CreateApiKey) },
  responses: { 201: json(Created, "Khoá mới") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const input = c.req.valid("json");
    const p = principal(c);
    const prefix = Ids.make("k").slice(2, 10);
    const secret = token(24);
    const row = await tx(deps(c), async (db) => {
      const issuerIds = await Issuer.known(db, input.issuerIds, "body.issuerIds");
      if (input.agencyId !== null) await Issuer.known(db, [input.agencyId], "body.agencyId");
      const row = await db
        .insertInto("api_keys")
        .values({
          id: Ids.make("key"),
          name: input.name,
          prefix,
          secret_hash: sha256(secret),
          scopes: JSON.stringify([...new Set(input.scopes)]),
          agency_id: input.agencyId,
          issuer_ids: JSON.stringify(issuerIds),
          created_by: p.kind === "user" ? p.id : null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who(c), {
        action: "apikey.created",
        entity: "api_key",
        entityId: row.id,
        after: { ...row, secret_hash: undefined },
      });
      return row;
    });
    return c.json({ apiKey: apiKeyView(row), token: `ddk_${prefix}_${secret}` }, 201);
  });
