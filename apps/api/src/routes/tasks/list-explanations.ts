/** GET /v1/tasks/{id}/explanations — explanation requests of a task and their answers. */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, IdParam, json } from "../../http/route.js";
import { explanationView } from "../../services/follow-up.js";
import * as Tasks from "../../services/tasks.js";
import { ExplanationView } from "./follow-up-schema.js";

export const route = define({
  method: "get",
  path: "/v1/tasks/{id}/explanations",
  permission: "tasks.read",
  tags: ["explanations"],
  summary: "Các yêu cầu giải trình (list explanation requests)",
  request: { params: IdParam },
  responses: {
    200: json(
      z
        .object({ items: z.array(ExplanationView).openapi({ description: "Các phần tử" }) })
        .openapi("ExplanationList"),
      "Yêu cầu giải trình",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const task = await Tasks.getVisible(db, principal(c), c.req.valid("param").id);
    const rows = await db
      .selectFrom("explanation_requests")
      .selectAll()
      .where("task_id", "=", task.id)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return c.json({ items: rows.map(explanationView) }, 200);
  });
