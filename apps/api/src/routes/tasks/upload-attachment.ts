/**
 * POST /v1/progress/{id}/attachments — attaches one file (multipart field `file`) to a progress
 * report. Stored on disk under the data folder, named by id, with its SHA-256. Size is capped by
 * MAX_UPLOAD_BYTES; only office documents, PDF, images, text and ZIP are accepted, checked by
 * extension, declared type and the file's first bytes.
 */
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError, notFound } from "../../http/problem.js";
import { define, IdParam, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import { attachmentView } from "../../services/follow-up.js";
import * as Ids from "../../services/ids.js";
import * as Tasks from "../../services/tasks.js";
import { AttachmentView } from "./follow-up-schema.js";

const zip = [0x50, 0x4b, 0x03, 0x04];
const ole = [0xd0, 0xcf, 0x11, 0xe0];
const kinds: Record<string, { type: string; magic: number[] | null }> = {
  ".pdf": { type: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46] },
  ".docx": { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: zip },
  ".xlsx": { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: zip },
  ".pptx": { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation", magic: zip },
  ".odt": { type: "application/vnd.oasis.opendocument.text", magic: zip },
  ".ods": { type: "application/vnd.oasis.opendocument.spreadsheet", magic: zip },
  ".zip": { type: "application/zip", magic: zip },
  ".doc": { type: "application/msword", magic: ole },
  ".xls": { type: "application/vnd.ms-excel", magic: ole },
  ".png": { type: "image/png", magic: [0x89, 0x50, 0x4e, 0x47] },
  ".jpg": { type: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  ".jpeg": { type: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  ".txt": { type: "text/plain", magic: null },
  ".csv": { type: "text/csv", magic: null },
};

const Upload = z
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

const unsupported = (name: string) =>
  new ApiError(
    "unsupported-media-type",
    `Không nhận tệp “${name}”: chỉ nhận ${Object.keys(kinds).join(", ")} / Unsupported file type`,
  );

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const file: unknown = c.req.valid("form").file;
    if (!(file instanceof File)) {
      throw new ApiError("validation-failed", "Thiếu tệp trong trường “file” / Missing file", {
        errors: [{ path: "form.file", message: "Bắt buộc" }],
      });
    }
    if (file.size > d.env.MAX_UPLOAD_BYTES) {
      throw new ApiError(
        "payload-too-large",
        `Tệp vượt quá ${Math.floor(d.env.MAX_UPLOAD_BYTES / 1048576)} MB / File too large`,
      );
    }
    const name =
      file.name
        .normalize("NFC")
        // Path separators and control characters never reach the stored name.
        .replace(/[/\\]/g, "_")
        .replace(/\p{Cc}/gu, "_")
        .slice(0, 200) || "tep";
    const kind = kinds[extname(name).toLowerCase()];
    if (kind === undefined) throw unsupported(name);
    const bytes = Buffer.from(await file.arrayBuffer());
    if (kind.magic !== null && !kind.magic.every((b, i) => bytes[i] === b)) throw unsupported(name);
    if (kind.magic === null && bytes.includes(0)) throw unsupported(name);
    const reportId = c.req.valid("param").id;
    const p = principal(c);
    const id = Ids.make("att");
    const storageKey = join(d.now().toISOString().slice(0, 7), id);
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
      const path = join(d.uploadsDir, storageKey);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes, { flush: true });
      const row = await db
        .insertInto("attachments")
        .values({
          id,
          report_id: reportId,
          file_name: name,
          content_type: kind.type,
          size_bytes: bytes.length,
          sha256: createHash("sha256").update(bytes).digest("hex"),
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
