/**
 * POST /v1/notices/{id}/publish — ban hành: every task needs a lead agency, and every task whose
 * deadline phrase did not resolve to a date needs a date or the clerk's confirmation that it has
 * none (`noDeadline`; otherwise 422 `deadline-unresolved` naming each task); collective assignees
 * fan out to their member agencies; tasks open. Requires If-Match.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { define, IdParam, IfMatch, json, optionalBody } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Notices from "../../services/notices.js";
import * as Tasks from "../../services/tasks.js";
import { NoticeView } from "./schema.js";

const Publish = z
  .object({
    noDeadline: z
      .array(z.string().min(1).max(100))
      .max(1000)
      .optional()
      .openapi({
        description:
          "Nhiệm vụ có cụm thời hạn không xác định được ngày mà cán bộ xác nhận là không có thời hạn",
        example: ["tsk_0123456789abcdef"],
      }),
  })
  .strict()
  .openapi("PublishNotice");

export const route = define({
  method: "post",
  operationId: "publishNotice",
  path: "/v1/notices/{id}/publish",
  permission: "notices.write",
  tags: ["notices"],
  summary: "Ban hành thông báo (publish)",
  request: { params: IdParam, headers: IfMatch, ...optionalBody(Publish) },
  responses: { 200: json(NoticeView, "Thông báo đã ban hành, nhiệm vụ đã mở") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const after = await tx(d, async (db) => {
      const row = await Notices.getVisible(db, principal(c), c.req.valid("param").id, true);
      Tasks.ensureVersion(row, expected, "Thông báo");
      const noDeadline = new Set(c.req.valid("json")?.noDeadline ?? []);
      return Notices.publish(db, who(c), row, d.now(), { noDeadline });
    });
    c.header("ETag", ETag.of(after.version));
    return c.json(await Notices.view(d.db.kysely, after, await RulesCache.forRequest(d), principal(c)), 200);
  });
