/** GET /v1/notices/{id} — a notice with its directives and their tasks. */
import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal } from "../../http/handler.js";
import { define, IdParam, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Notices from "../../services/notices.js";
import { NoticeView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "getNotice",
  path: "/v1/notices/{id}",
  permission: "notices.read",
  tags: ["notices"],
  summary: "Chi tiết thông báo (get a notice)",
  request: { params: IdParam },
  responses: { 200: json(NoticeView, "Thông báo, các kết luận và nhiệm vụ") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const row = await Notices.getVisible(d.db.kysely, principal(c), c.req.valid("param").id);
    c.header("ETag", ETag.of(row.version));
    return c.json(await Notices.view(d.db.kysely, row, await RulesCache.forRequest(d), principal(c)), 200);
  });
