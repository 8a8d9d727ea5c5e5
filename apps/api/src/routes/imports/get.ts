/** GET /v1/imports/{id} — an import job: progress (processed/total), the dry-run report or the result. */
import * as AccessPolicy from "../../access/access-policy.js";
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { define, IdParam, json } from "../../http/route.js";
import * as ImportJob from "../../integrations/import/job.js";
import { ImportJobView, jobColumns, jobView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "getImport",
  path: "/v1/imports/{id}",
  permission: "tasks.manage",
  tags: ["imports"],
  summary: "Tiến độ và kết quả một lượt nhập (import job)",
  request: { params: IdParam },
  responses: { 200: json(ImportJobView, "Lượt nhập") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const id = c.req.valid("param").id;
    const db = deps(c).db.kysely;
    const found = await db
      .selectFrom("import_jobs")
      .select(jobColumns)
      .where("id", "=", id)
      .where(AccessPolicy.importJobs(principal(c)))
      .executeTakeFirst();
    if (found === undefined) throw notFound("lượt nhập", id);
    // A job whose process died is reported (and stored) as failed rather than “in progress” forever.
    const row = await ImportJob.settleStale(db, found);
    c.header("ETag", `"${row.version}"`);
    return c.json(jobView(row), 200);
  });
