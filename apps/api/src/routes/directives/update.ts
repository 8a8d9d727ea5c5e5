/**
 * PATCH /v1/directives/{id} — during review, corrects a directive's text or marks it informational
 * (“Cơ bản thống nhất…”: no task). Only while its notice is a draft; If-Match is the notice's ETag,
 * since directives are versioned with their notice.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError, notFound } from "../../http/problem.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Audit from "../../services/audit.js";
import * as Notices from "../../services/notices.js";
import * as Tasks from "../../services/tasks.js";
import { NoticeView } from "../notices/schema.js";

const DirectivePatch = z
  .object({
    text: z
      .string()
      .trim()
      .min(1)
      .max(20000)
      .optional()
      .openapi({ description: "Nội dung kết luận", example: "Giao Sở Tài chính…" }),
    informational: z
      .boolean()
      .optional()
      .openapi({ description: "Chỉ thông tin: các nhiệm vụ của kết luận bị bỏ", example: true }),
  })
  .strict()
  .openapi("DirectivePatch");

export const route = define({
  method: "patch",
  operationId: "updateDirective",
  path: "/v1/directives/{id}",
  permission: "notices.write",
  tags: ["notices"],
  summary: "Sửa kết luận trong bản nháp (edit a directive)",
  request: { params: IdParam, headers: IfMatch, ...body(DirectivePatch) },
  responses: { 200: json(NoticeView, "Thông báo sau khi sửa") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const id = c.req.valid("param").id;
    const after = await tx(d, async (db) => {
      const directive = await db.selectFrom("directives").selectAll().where("id", "=", id).executeTakeFirst();
      if (directive === undefined) throw notFound("kết luận", id);
      // Another issuer's directive does not exist for a secretariat: say so without its notice's id.
      const notice = await Notices.getVisible(db, principal(c), directive.notice_id, true).catch(() => {
        throw notFound("kết luận", id);
      });
      Tasks.ensureVersion(notice, expected, "Thông báo");
      if (notice.lifecycle !== "draft")
        throw new ApiError("invalid-transition", "Chỉ sửa được bản nháp / Only a draft can be edited");
      const updated = await db
        .updateTable("directives")
        .set({
          text: input.text ?? directive.text,
          informational: input.informational ?? directive.informational,
        })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const dropped =
        input.informational === true
          ? await db
              .deleteFrom("tasks")
              .where("directive_id", "=", id)
              .where("lifecycle", "=", "draft")
              .returning("id")
              .execute()
          : [];
      const row = await db
        .updateTable("notices")
        .set({ version: notice.version + 1, updated_at: d.now() })
        .where("id", "=", notice.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who(c), {
        action: "directive.updated",
        entity: "directive",
        entityId: id,
        before: directive,
        after: { ...updated, droppedTaskIds: dropped.map((t) => t.id) },
      });
      return row;
    });
    c.header("ETag", ETag.of(after.version));
    return c.json(await Notices.view(d.db.kysely, after, await RulesCache.forRequest(d), principal(c)), 200);
  });
