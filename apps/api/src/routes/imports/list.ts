/** GET /v1/imports — the latest import jobs (100) the caller may see, newest first. */
import { z } from "@hono/zod-openapi";

import * as AccessPolicy from "../../access/access-policy.js";
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import { ImportJobView, jobColumns, jobView } from "./schema.js";

export const route = define({
  method: "get",
  path: "/v1/imports",
  permission: "tasks.manage",
  tags: ["imports"],
  summary: "Các lượt nhập gần đây (list import jobs)",
  responses: {
    200: json(
      z
        .object({ items: z.array(ImportJobView).openapi({ description: "Các lượt nhập" }) })
        .openapi("ImportJobList"),
      "Lượt nhập",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const rows = await deps(c)
      .db.kysely.selectFrom("import_jobs")
      .select(jobColumns)
      .where(AccessPolicy.importJobs(principal(c)))
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(100)
      .execute();
    return c.json({ items: rows.map(jobView) }, 200);
  });
