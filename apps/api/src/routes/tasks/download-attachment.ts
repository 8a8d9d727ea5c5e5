/**
 * GET /v1/attachments/{id} — downloads an attachment (of a progress report or a comment) the caller
 * may see, by its task.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { define, IdParam } from "../../http/route.js";
import * as Tasks from "../../services/tasks.js";

export const route = define({
  method: "get",
  operationId: "downloadAttachment",
  path: "/v1/attachments/{id}",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Tải tệp đính kèm (download an attachment)",
  request: { params: IdParam },
  responses: {
    200: {
      description: "Nội dung tệp",
      content: {
        "application/octet-stream": { schema: z.string().openapi({ format: "binary", description: "Tệp" }) },
      },
    },
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const id = c.req.valid("param").id;
    const row = await d.db.kysely
      .selectFrom("attachments")
      .leftJoin("progress_reports", "progress_reports.id", "attachments.report_id")
      .leftJoin("task_comments", "task_comments.id", "attachments.comment_id")
      .selectAll("attachments")
      .select(["progress_reports.task_id as report_task_id", "task_comments.task_id as comment_task_id"])
      .where("attachments.id", "=", id)
      .executeTakeFirst();
    const taskId = row?.report_task_id ?? row?.comment_task_id;
    if (row === undefined || taskId == null) throw notFound("tệp", id);
    await Tasks.getVisible(d.db.kysely, principal(c), taskId).catch(() => {
      throw notFound("tệp", id);
    });
    const bytes = await readFile(join(d.uploadsDir, row.storage_key));
    return c.body(bytes, 200, {
      "content-type": row.content_type,
      "content-length": String(bytes.length),
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(row.file_name)}`,
      "x-content-type-options": "nosniff",
    });
  });
