/**
 * POST /v1/comments/{id}/attachments — attaches one file (multipart field `file`) to a comment,
 * by its author only, with the checks and storage of progress-report attachments
 * (`services/attachment-file.ts`). The file is downloaded by `GET /v1/attachments/{id}`.
 */
import type { App } from "../../context.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError, notFound } from "../../http/problem.js";
import { define, IdParam, json } from "../../http/route.js";
import * as AttachmentFile from "../../services/attachment-file.js";
import * as Audit from "../../services/audit.js";
import { attachmentView } from "../../services/follow-up.js";
import * as Ids from "../../services/ids.js";
import * as Tasks from "../../services/tasks.js";
import { AttachmentView } from "./follow-up-schema.js";
import { Upload } from "./upload-attachment.js";

export const route = define({
  method: "post",
  operationId: "uploadCommentAttachment",
  path: "/v1/comments/{id}/attachments",
  permission: "tasks.report",
  tags: ["tasks"],
  summary: "Đính kèm tệp vào trao đổi (attach a file to a comment)",
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
    const commentId = c.req.valid("param").id;
    const p = principal(c);
    const w = who(c);
    const id = Ids.make("att");
    const storageKey = AttachmentFile.storageKeyOf(id, d.now());
    const row = await tx(d, async (db) => {
      const comment = await db
        .selectFrom("task_comments")
        .selectAll()
        .where("id", "=", commentId)
        .executeTakeFirst();
      if (comment === undefined) throw notFound("trao đổi", commentId);
      await Tasks.getVisible(db, p, comment.task_id).catch(() => {
        throw notFound("trao đổi", commentId);
      });
      if (comment.author_id !== w.actor)
        throw new ApiError(
          "forbidden",
          "Chỉ người viết trao đổi mới đính kèm tệp / Only the author may attach files",
        );
      await AttachmentFile.store(d.uploadsDir, storageKey, file.bytes);
      const row = await db
        .insertInto("attachments")
        .values({
          id,
          report_id: null,
          comment_id: comment.id,
          file_name: file.name,
          content_type: file.contentType,
          size_bytes: file.bytes.length,
          sha256: file.sha256,
          storage_key: storageKey,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, w, {
        action: "attachment.added",
        entity: "attachment",
        entityId: id,
        after: row,
      });
      return row;
    });
    return c.json(attachmentView(row), 201);
  });
