/** GET /v1/tasks/{id}/progress — the task's progress reports with their attachments, oldest first. */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, IdParam, json } from "../../http/route.js";
import { progressView } from "../../services/follow-up.js";
import * as Tasks from "../../services/tasks.js";
import { ProgressReportView } from "./follow-up-schema.js";

export const route = define({
  method: "get",
  path: "/v1/tasks/{id}/progress",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Các báo cáo tiến độ (list progress reports)",
  request: { params: IdParam },
  responses: {
    200: json(
      z
        .object({ items: z.array(ProgressReportView).openapi({ description: "Các phần tử" }) })
        .openapi("ProgressReportList"),
      "Báo cáo tiến độ",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const task = await Tasks.getVisible(db, principal(c), c.req.valid("param").id);
    const reports = await db
      .selectFrom("progress_reports")
      .selectAll()
      .where("task_id", "=", task.id)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
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
    return c.json({ items: reports.map((r) => progressView(r, attachments)) }, 200);
  });
