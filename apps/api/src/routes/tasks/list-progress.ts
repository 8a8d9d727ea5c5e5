import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, IdParam, json, page } from "../../http/route.js";
import { progressView } from "../../services/follow-up.js";
import * as Tasks from "../../services/tasks.js";
import { ProgressReportView } from "./follow-up-schema.js";

export const route = define({
  method: "get",
  operationId: "listTaskProgress",
  path: "/v1/tasks/{id}/progress",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Các báo cáo tiến độ (list progress reports)",
  request: { params: IdParam, query: Paging.PageQuery },
  responses: {
    200: json(page(ProgressReportView, "ProgressReportList"), "Báo cáo tiến độ"),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const task = await Tasks.getVisible(db, principal(c), c.req.valid("param").id);
    const {
      rows: reports,
      nextCursor,
      total,
    } = await Paging.run(
      db
        .selectFrom("progress_reports")
        .selectAll()
        .where("task_id", "=", task.id)
        .orderBy("created_at")
        .orderBy("id"),
      c.req.valid("query"),
    );
    const attachments =
      reports.length === 0
        ? []
        : await db
            .selectFrom("attachments")
            .selectAll()
            .where(
              "report_id",
              "in",
              reports.map((r) => r.id),
            )
            .orderBy("created_at")
            .execute();
    return c.json({ items: reports.map((r) => progressView(r, attachments)), nextCursor, total }, 200);
  });
