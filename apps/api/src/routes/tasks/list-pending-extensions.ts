/** GET /v1/extensions — extension requests awaiting a decision (the secretariat's queue). */
import { Extension } from "@dondoc/domain";

import * as AccessPolicy from "../../access/access-policy.js";
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, json, page } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { extensionViews } from "../../services/extension-views.js";
import { ExtensionView } from "./follow-up-schema.js";

const Query = Paging.PageQuery.extend({
  status: Extension.ExtensionStatus.default("pending").meta({
    description: "Trạng thái",
    example: "pending",
  }),
});

export const route = define({
  method: "get",
  operationId: "listExtensions",
  path: "/v1/extensions",
  permission: "tasks.read",
  tags: ["extensions"],
  summary: "Các đề nghị gia hạn theo trạng thái (extension queue)",
  request: { query: Query },
  responses: {
    200: json(page(ExtensionView, "ExtensionQueue"), "Các đề nghị"),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const f = c.req.valid("query");
    const d = deps(c);
    const rules = await RulesCache.forRequest(d);
    const query = d.db.kysely
      .selectFrom("extension_requests")
      .innerJoin("tasks", "tasks.id", "extension_requests.task_id")
      .selectAll("extension_requests")
      .where(AccessPolicy.tasks(principal(c)))
      .where("extension_requests.status", "=", f.status)
      .orderBy("extension_requests.created_at")
      .orderBy("extension_requests.id");
    const { rows, nextCursor, total } = await Paging.run(query, f);
    return c.json({ items: await extensionViews(d.db.kysely, rows, rules), nextCursor, total }, 200);
  });
