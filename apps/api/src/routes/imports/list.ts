import * as AccessPolicy from "../../access/access-policy.js";
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, json, page } from "../../http/route.js";
import { ImportJobView, jobColumns, jobView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "listImports",
  path: "/v1/imports",
  permission: "tasks.manage",
  tags: ["imports"],
  summary: "Các lượt nhập gần đây (list import jobs)",
  request: { query: Paging.PageQuery },
  responses: {
    200: json(page(ImportJobView, "ImportJobList"), "Lượt nhập"),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const query = deps(c)
      .db.kysely.selectFrom("import_jobs")
      .select(jobColumns)
      .where(AccessPolicy.importJobs(principal(c)))
      .orderBy("created_at", "desc")
      .orderBy("id", "desc");
    const { rows, nextCursor, total } = await Paging.run(query, c.req.valid("query"));
    return c.json({ items: rows.map(jobView), nextCursor, total }, 200);
  });
