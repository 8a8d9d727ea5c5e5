/** GET /v1/policy — the policy pack in force (Quy chế: due-soon threshold, reading of “trước ngày”…). */
import { PolicyPack } from "@dondoc/domain";
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import * as Rules from "../../services/rules.js";

export const PolicyView = z
  .object({
    pack: PolicyPack.PolicyPack.meta({
      description: "Quy chế đang áp dụng (PolicyPack của @dondoc/domain)",
      example: PolicyPack.national,
    }),
    version: z.number().int().openapi({ description: "Phiên bản (ETag; 0: mẫu quốc gia)", example: 0 }),
  })
  .openapi("Policy");

export const route = define({
  method: "get",
  operationId: "getPolicy",
  path: "/v1/policy",
  permission: "policy.read",
  tags: ["policy"],
  summary: "Quy chế đang áp dụng (get the policy pack)",
  responses: { 200: json(PolicyView, "Quy chế") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const row = await db
      .selectFrom("policy_settings")
      .select("version")
      .where("id", "=", 1)
      .executeTakeFirst();
    const pack = await Rules.policy(db);
    c.header("ETag", ETag.of(row?.version ?? 0));
    return c.json({ pack: { ...pack }, version: row?.version ?? 0 }, 200);
  });
