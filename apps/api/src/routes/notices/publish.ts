/**
 * POST /v1/notices/{id}/publish — ban hành: every task needs a lead agency; collective assignees
 * fan out to their member agencies; tasks open. Requires If-Match.
 */
import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { define, IdParam, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Notices from "../../services/notices.js";
import * as Tasks from "../../services/tasks.js";
import { NoticeView } from "./schema.js";

export const route = define({
  method: "post",
  path: "/v1/notices/{id}/publish",
  permission: "notices.write",
  tags: ["notices"],
  summary: "Ban hành thông báo (publish)",
  request: { params: IdParam, headers: IfMatch },
  responses: { 200: json(NoticeView, "Thông báo đã ban hành, nhiệm vụ đã mở") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const after = await tx(d, async (db) => {
      const row = await Notices.getVisible(db, principal(c), c.req.valid("param").id, true);
      Tasks.ensureVersion(row, expected, "Thông báo");
      return Notices.publish(db, who(c), row, d.now());
    });
    c.header("ETag", ETag.of(after.version));
    return c.json(await Notices.view(d.db.kysely, after, await RulesCache.forRequest(d)), 200);
  });
