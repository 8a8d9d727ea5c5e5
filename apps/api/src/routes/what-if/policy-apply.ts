/**
 * POST /v1/what-if/policy/apply — stores the policy pack (like PUT /v1/policy) and moves the
 * deadlines the preview showed, in one transaction with audit entries. If-Match: the policy version.
 */
import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, tx, who } from "../../http/handler.js";
import { body, define, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as WhatIf from "../../integrations/what-if.js";
import * as Audit from "../../services/audit.js";
import { current, ProposedPolicy, WhatIfResult, withPolicy } from "./schema.js";

export const route = define({
  method: "post",
  operationId: "applyPolicyWhatIf",
  path: "/v1/what-if/policy/apply",
  permission: "policy.write",
  tags: ["what-if"],
  summary: "Áp dụng quy chế mới và dời hạn (apply a policy change)",
  request: { headers: IfMatch, ...body(ProposedPolicy) },
  responses: { 200: json(WhatIfResult, "Quy chế đã lưu, các hạn đã dời") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const w = who(c);
    const pack = c.req.valid("json").pack;
    const result = await tx(d, async (db) => {
      const stored = await db
        .selectFrom("policy_settings")
        .selectAll()
        .where("id", "=", 1)
        .forUpdate()
        .executeTakeFirst();
      if ((stored?.version ?? 0) !== expected) throw ETag.stale("Quy chế", "1", stored?.version ?? 0);
      const before = await current(db);
      const after = await withPolicy(db, pack);
      const preview = await WhatIf.compare(db, before, after, d.now());
      const json = JSON.stringify(after.pack);
      if (stored === undefined)
        await db.insertInto("policy_settings").values({ id: 1, pack: json }).execute();
      else
        await db
          .updateTable("policy_settings")
          .set({ pack: json, version: stored.version + 1, updated_at: d.now() })
          .where("id", "=", 1)
          .execute();
      await Audit.record(db, w, {
        action: "policy.set",
        entity: "policy",
        entityId: "1",
        before: before.policy,
        after: {
          ...after.pack,
          whatIf: { moved: preview.moved.length, statusChanged: preview.statusChanged.length },
        },
      });
      const applied = await WhatIf.apply(
        db,
        w,
        preview,
        `Quy chế ${after.pack.name} v${after.pack.version}`,
        d.now(),
      );
      return { preview, applied, version: (stored?.version ?? 0) + 1 };
    });
    RulesCache.invalidate(d);
    c.header("ETag", ETag.of(result.version));
    return c.json({ ...result.preview, applied: result.applied, version: result.version }, 200);
  });
