/**
 * POST /v1/imports/{id}/apply — after reviewing the dry run, writes it: re-checked against the
 * current data and applied in one transaction in the background (poll the job). Requires If-Match
 * (the job's version), so only the reviewed preview is applied, once.
 */
import * as AccessPolicy from "../../access/access-policy.js";
import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError, notFound } from "../../http/problem.js";
import { define, IdParam, IfMatch, json } from "../../http/route.js";
import * as ImportJob from "../../integrations/import/job.js";
import * as Audit from "../../services/audit.js";
import { ImportJobView, jobColumns, jobView } from "./schema.js";

export const route = define({
  method: "post",
  operationId: "applyImport",
  path: "/v1/imports/{id}/apply",
  permission: "tasks.manage",
  tags: ["imports"],
  summary: "Xác nhận nhập (apply a previewed import)",
  request: { params: IdParam, headers: IfMatch },
  responses: { 202: json(ImportJobView, "Lượt nhập đang ghi") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const id = c.req.valid("param").id;
    const w = who(c);
    const row = await tx(d, async (db) => {
      const job = await db
        .selectFrom("import_jobs")
        .select(jobColumns)
        .where("id", "=", id)
        .where(AccessPolicy.importJobs(principal(c)))
        .forUpdate()
        .executeTakeFirst();
      if (job === undefined) throw notFound("lượt nhập", id);
      if (job.version !== expected) throw ETag.stale("Lượt nhập", id, job.version);
      const report = job.report as { mappingProblems?: unknown[] } | null;
      if (job.status !== "previewed" || (report?.mappingProblems?.length ?? 0) > 0) {
        throw new ApiError(
          "invalid-transition",
          `Lượt nhập ${id} đang ở trạng thái “${job.status}”${job.status === "previewed" ? " và còn lỗi ghép cột" : ""}; chỉ nhập được bản xem trước hợp lệ / Only a valid preview can be applied`,
        );
      }
      const after = await db
        .updateTable("import_jobs")
        // The wall clock, like the progress stamps: staleness is judged against it (`settleStale`).
        .set({ status: "applying", version: job.version + 1, updated_at: new Date() })
        .where("id", "=", id)
        .returning(jobColumns)
        .executeTakeFirstOrThrow();
      await Audit.record(db, w, {
        action: "import.started",
        entity: "import_job",
        entityId: id,
        after: { file: job.file_name },
      });
      return after;
    });
    void ImportJob.run(d, id, w);
    c.header("ETag", ETag.of(row.version));
    return c.json(jobView(row), 202);
  });
