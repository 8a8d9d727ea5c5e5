/** POST /v1/notices/{id}/archive — lưu trữ a published notice (its tasks keep their state). */
import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { define, IdParam, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Audit from "../../services/audit.js";
import * as Notices from "../../services/notices.js";
import * as Tasks from "../../services/tasks.js";
import { NoticeView } from "./schema.js";

export const route = define({
  method: "post",
  operationId: "archiveNotice",
  path: "/v1/notices/{id}/archive",
  permission: "notices.write",
  tags: ["notices"],
  summary: "Lưu trữ thông báo (archive)",
  request: { params: IdParam, headers: IfMatch },
  responses: { 200: json(NoticeView, "Thông báo đã lưu trữ") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const after = await tx(d, async (db) => {
      const row = await Notices.getVisible(db, principal(c), c.req.valid("param").id, true);
      Tasks.ensureVersion(row, expected, "Thông báo");
      if (row.lifecycle !== "published") {
        throw new ApiError(
          "invalid-transition",
          `Chỉ lưu trữ được thông báo đã ban hành (đang: ${row.lifecycle}) / Only published notices can be archived`,
        );
      }
      const updated = await db
        .updateTable("notices")
        .set({ lifecycle: "archived", version: row.version + 1, updated_at: d.now() })
        .where("id", "=", row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who(c), {
        action: "notice.archived",
        entity: "notice",
        entityId: row.id,
        before: { lifecycle: row.lifecycle },
        after: { lifecycle: "archived" },
      });
      return updated;
    });
    c.header("ETag", ETag.of(after.version));
    return c.json(await Notices.view(d.db.kysely, after, await RulesCache.forRequest(d), principal(c)), 200);
  });
