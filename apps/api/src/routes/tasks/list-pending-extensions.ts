/** GET /v1/extensions — extension requests awaiting a decision (the secretariat's queue). */
import { z } from "@hono/zod-openapi";

import * as AccessPolicy from "../../access/access-policy.js";
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import { extensionView } from "../../services/follow-up.js";
import { ExtensionView } from "./follow-up-schema.js";

const Query = z.object({
  status: z
    .enum(["pending", "approved", "rejected", "withdrawn"])
    .default("pending")
    .openapi({ description: "Trạng thái", example: "pending" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(100)
    .openapi({ description: "Số phần tử tối đa", example: 100 }),
});

export const route = define({
  method: "get",
  path: "/v1/extensions",
  permission: "tasks.read",
  tags: ["extensions"],
  summary: "Các đề nghị gia hạn theo trạng thái (extension queue)",
  request: { query: Query },
  responses: {
    200: json(
      z
        .object({ items: z.array(ExtensionView).openapi({ description: "Các phần tử" }) })
        .openapi("ExtensionQueue"),
      "Các đề nghị",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const f = c.req.valid("query");
    const rows = await deps(c)
      .db.kysely.selectFrom("extension_requests")
      .innerJoin("tasks", "tasks.id", "extension_requests.task_id")
      .selectAll("extension_requests")
      .where(AccessPolicy.tasks(principal(c)))
      .where("extension_requests.status", "=", f.status)
      .orderBy("extension_requests.created_at")
      .orderBy("extension_requests.id")
      .limit(f.limit)
      .execute();
    return c.json({ items: rows.map(extensionView) }, 200);
  });
