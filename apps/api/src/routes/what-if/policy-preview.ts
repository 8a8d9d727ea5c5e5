/**
 * POST /v1/what-if/policy — previews a policy pack (reading of “trước ngày”, roll-forward, the
 * due-soon window…): which deadlines and which timeliness statuses would change. Writes nothing.
 */
import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { body, define, json } from "../../http/route.js";
import * as WhatIf from "../../integrations/what-if.js";
import { current, ProposedPolicy, WhatIfResult, withPolicy } from "./schema.js";

export const route = define({
  method: "post",
  operationId: "previewPolicyWhatIf",
  path: "/v1/what-if/policy",
  permission: "policy.write",
  tags: ["what-if"],
  summary: "Xem trước thay đổi quy chế (preview a policy change)",
  request: body(ProposedPolicy),
  responses: { 200: json(WhatIfResult, "Các hạn và tình trạng sẽ thay đổi") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const db = d.db.kysely;
    const after = await withPolicy(db, c.req.valid("json").pack);
    const preview = await WhatIf.compare(db, await current(db), after, d.now());
    return c.json({ ...preview, applied: null, version: null }, 200);
  });
