/** PUT /v1/policy — replaces the policy pack (validated by the domain's PolicyPack). If-Match. */

import { PolicyPack } from "@dondoc/domain";
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { fieldErrors } from "../../http/errors.js";
import * as ETag from "../../http/etag.js";
import { deps, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Audit from "../../services/audit.js";
import * as Rules from "../../services/rules.js";
import { PolicyView } from "./get.js";

const PutPolicy = z
  .object({
    pack: z.record(z.string(), z.unknown()).openapi({
      description: "Quy chế mới (PolicyPack)",
      example: {
        id: "brvt-2024",
        name: "Quy chế theo dõi, đôn đốc của UBND tỉnh",
        basedOn: "national",
        version: 1,
        effectiveFrom: "2024-01-01",
        dueSoonWorkingDays: 5,
      },
    }),
  })
  .strict()
  .openapi("PutPolicy");

export const route = define({
  method: "put",
  operationId: "putPolicy",
  path: "/v1/policy",
  permission: "policy.write",
  tags: ["policy"],
  summary: "Thay quy chế (set the policy pack)",
  request: { headers: IfMatch, ...body(PutPolicy) },
  responses: { 200: json(PolicyView, "Quy chế sau khi lưu") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const parsed = PolicyPack.PolicyPack.safeParse(c.req.valid("json").pack);
    if (!parsed.success) {
      const errors = fieldErrors("body.pack", parsed.error);
      throw new ApiError(
        "validation-failed",
        `Quy chế không hợp lệ: ${errors[0]?.path ?? ""} ${errors[0]?.message ?? ""} / Invalid policy pack`,
        { errors },
      );
    }
    const version = await tx(d, async (db) => {
      const before = await db
        .selectFrom("policy_settings")
        .selectAll()
        .where("id", "=", 1)
        .forUpdate()
        .executeTakeFirst();
      if ((before?.version ?? 0) !== expected) throw ETag.stale("Quy chế", "1", before?.version ?? 0);
      const previous = await Rules.policy(db);
      const pack = JSON.stringify(parsed.data);
      if (before === undefined) await db.insertInto("policy_settings").values({ id: 1, pack }).execute();
      else
        await db
          .updateTable("policy_settings")
          .set({ pack, version: before.version + 1, updated_at: d.now() })
          .where("id", "=", 1)
          .execute();
      await Audit.record(db, who(c), {
        action: "policy.set",
        entity: "policy",
        entityId: "1",
        before: previous,
        after: parsed.data,
      });
      return (before?.version ?? 0) + 1;
    });
    RulesCache.invalidate(d);
    c.header("ETag", ETag.of(version));
    return c.json({ pack: { ...parsed.data }, version }, 200);
  });
