/**
 * POST /v1/tasks/{id}/progress — the agency reports progress on an open task. Appends a report,
 * raises the task's progress and version (no If-Match: reports accumulate, none is overwritten;
 * the task row is locked so concurrent reports all land). Accepts Idempotency-Key.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, IdempotencyKey, IdParam, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import { progressView } from "../../services/follow-up.js";
import * as Ids from "../../services/ids.js";
import * as Tasks from "../../services/tasks.js";
import { ProgressReportView } from "./follow-up-schema.js";

const ReportProgress = z
  .object({
    body: z
      .string()
      .trim()
      .min(1)
      .max(20000)
      .openapi({ description: "Nội dung báo cáo", example: "Đã trình dự thảo kế hoạch" }),
    percent: z
      .number()
      .int()
      .min(0)
      .max(100)
      .nullable()
      .default(null)
      .openapi({ description: "Tiến độ (%)", example: 60 }),
  })
  .strict()
  .openapi("ReportProgress");

export const route = define({
  method: "post",
  operationId: "reportTaskProgress",
  path: "/v1/tasks/{id}/progress",
  permission: "tasks.report",
  tags: ["tasks"],
  summary: "Báo cáo tiến độ (report progress)",
  request: { params: IdParam, headers: IdempotencyKey, ...body(ReportProgress) },
  responses: { 201: json(ProgressReportView, "Báo cáo đã ghi; ETag là phiên bản mới của nhiệm vụ") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const input = c.req.valid("json");
    const w = who(c);
    const { report, task } = await tx(d, async (db) => {
      const row = await Tasks.getVisible(db, principal(c), c.req.valid("param").id, true);
      if (row.lifecycle !== "open") {
        throw new ApiError(
          "invalid-transition",
          `Chỉ báo cáo tiến độ cho nhiệm vụ đang thực hiện (đang: ${row.lifecycle}) / Task is not open`,
        );
      }
      const report = await db
        .insertInto("progress_reports")
        .values({
          id: Ids.make("prg"),
          task_id: row.id,
          author_id: w.actor,
          body: input.body,
          percent: input.percent,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, w, {
        action: "progress.reported",
        entity: "progress_report",
        entityId: report.id,
        after: report,
      });
      const task = await Tasks.updateVersioned(
        db,
        w,
        row,
        null,
        input.percent === null ? {} : { progress_percent: input.percent },
        "task.progress",
        d.now(),
      );
      return { report, task };
    });
    c.header("ETag", ETag.of(task.version));
    return c.json(progressView(report, []), 201);
  });
