/**
 * GET /v1/tasks/{id} — one task with its ETag; another agency's task is 404 for an officer. Served
 * from the per-process task cache (`http/task-pages.ts`), emptied by any change of tasks, notices
 * or rules in any process.
 */
import type { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal } from "../../http/handler.js";
import { notFound } from "../../http/problem.js";
import { define, IdParam, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as TaskPages from "../../http/task-pages.js";
import { TaskView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "getTask",
  path: "/v1/tasks/{id}",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Chi tiết nhiệm vụ (get a task)",
  request: { params: IdParam },
  responses: { 200: json(TaskView, "Nhiệm vụ; tiêu đề ETag mang phiên bản") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const id = c.req.valid("param").id;
    const one = await TaskPages.renderOne(d, principal(c), id, await RulesCache.forRequest(d));
    if (one === null) throw notFound("nhiệm vụ", id);
    // Serialised already: sent as it is, typed as the JSON it is.
    const sent = c.body(one.json, 200, { "content-type": "application/json", etag: ETag.of(one.version) });
    return sent as unknown as ReturnType<typeof c.json<z.infer<typeof TaskView>, 200>>;
  });
