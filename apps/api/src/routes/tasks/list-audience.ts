/**
 * GET /v1/tasks/{id}/audience — the people who may see a task (the ones a comment may mention),
 * for whoever may see it; `q` narrows by username or name (mention autocomplete).
 */
import { z } from "@hono/zod-openapi";

import * as TaskAudience from "../../access/task-audience.js";
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, IdParam, json, page } from "../../http/route.js";
import * as Tasks from "../../services/tasks.js";
import { AudienceMember } from "./discussion-schema.js";

const Query = Paging.PageQuery.extend({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .openapi({ description: "Lọc theo tên đăng nhập hoặc tên hiển thị", example: "lan" }),
});

export const route = define({
  method: "get",
  operationId: "listTaskAudience",
  path: "/v1/tasks/{id}/audience",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Những người xem được nhiệm vụ (who may be mentioned)",
  request: { params: IdParam, query: Query },
  responses: { 200: json(page(AudienceMember, "TaskAudience"), "Người xem được nhiệm vụ") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const query = c.req.valid("query");
    const task = await Tasks.getVisible(db, principal(c), c.req.valid("param").id);
    return c.json(Paging.slice(await TaskAudience.of(db, task.id, query.q), query), 200);
  });
