/**
 * POST /v1/progress/{id}/attachments — attaches one file (multipart field `file`) to a progress
 * report. Stored on disk under the data folder, named by id, with its SHA-256. Size is capped by
 * MAX_UPLOAD_BYTES; only office documents, PDF, images, text and ZIP are accepted, checked by
 * extension, declared type and the file's first bytes (`services/attachment-file.ts`).
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { define, IdParam, json } from "../../http/route.js";
import * as AttachmentFile from "../../services/attachment-file.js";
import * as Audit from "../../services/audit.js";
import { attachmentView } from "../../services/follow-up.js";
import * as Ids from "../../services/ids.js";
import * as Tasks from "../../services/tasks.js";
import { AttachmentView } from "./follow-up-schema.js";

export const Upload = z
  .object({
    file: z.any().openapi({ type: "string", format: "binary", description: "Tệp (PDF, DOCX, XLSX, ảnh…)" }),
  })
  .openapi("AttachmentUpload");

export const route = define({
  method: "post",
  operationId: "uploadAttachment",
  path: "/v1/progress/{id}/attachments",
  permission: "tasks.report",
  tags: ["tasks"],
  summary: "Đính kèm tệp vào báo cáo tiến độ (upload an attachment)",
  request: {
    params: IdParam,
    body: {
      required: true,
      description: "Tệp trong trường `file`",
      content: { "multipart/form-data": { schema: Upload } },
    },
  },
  responses: { 201: json(AttachmentView, "Tệp đã lưu") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const file = await AttachmentFile.accept(c.req.valid("form").file, d.env.MAX_UPLOAD_BYTES);
    const reportId = c.req.valid("param").id;
    const p = principal(c);
    const id = Ids.make("att");
    const storageKey = AttachmentFile.storageKeyOf(id, d.now());
    const row = await tx(d, async (db) => {
      const report = await db
        .selectFrom("progress_reports")
        .selectAll()
        .where("id", "=", reportId)
        .executeTakeFirst();
      if (report === undefined) throw notFound("báo cáo tiến độ", reportId);
      await Tasks.getVisible(db, p, report.task_id).catch(() => {
        throw notFound("báo cáo tiến độ", reportId);
      });
      await AttachmentFile.store(d.uploadsDir, storageKey, file.bytes);
      const row = await db
        .insertInto("attachments")
        .values({
          id,
          report_id: reportId,
          file_name: file.name,
          content_type: file.contentType,
          size_bytes: file.bytes.length,
          sha256: file.sha256,
          storage_key: storageKey,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who(c), {
        action: "attachment.added",
        entity: "attachment",
        entityId: id,
        after: row,
      });
      return row;
    });
    return c.json(attachmentView(row), 201);
  });
