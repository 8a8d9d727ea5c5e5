/** GET /v1/tasks/{id}/extensions — the task's extension history, oldest first. */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, IdParam, json } from "../../http/route.js";
import { extensionView } from "../../services/follow-up.js";
import * as Tasks from "../../services/tasks.js";
import { ExtensionView } from "./follow-up-schema.js";

export const route = define({
  method: "get",
  path: "/v1/tasks/{id}/extensions",
  permission: "tasks.read",
  tags: ["extensions"],
  summary: "Lịch sử gia hạn của nhiệm vụ (list extension requests)",
  request: { params: IdParam },
  responses: {
    200: json(
      z
        .object({ items: z.array(ExtensionView).openapi({ description: "Các phần tử" }) })
        .openapi("ExtensionList"),
      "Các đề nghị gia hạn",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const task = await Tasks.getVisible(db, principal(c), c.req.valid("param").id);
    const rows = await db
      .selectFrom("extension_requests")
      .selectAll()
      .where("task_id", "=", task.id)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return c.json({ items: rows.map(extensionView) }, 200);
  });
