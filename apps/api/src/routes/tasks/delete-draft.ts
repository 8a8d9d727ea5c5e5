/** DELETE /v1/tasks/{id} — removes a wrongly parsed task from a draft notice. If-Match (the task's ETag). */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { define, IdParam, IfMatch, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import * as Tasks from "../../services/tasks.js";

export const route = define({
  method: "delete",
  operationId: "deleteDraftTask",
  path: "/v1/tasks/{id}",
  permission: "notices.write",
  tags: ["notices"],
  summary: "Xoá nhiệm vụ khỏi bản nháp (delete a draft task)",
  request: { params: IdParam, headers: IfMatch },
  responses: {
    200: json(
      z
        .object({ id: z.string().openapi({ description: "Mã nhiệm vụ đã xoá", example: "tsk_8f2k3j9x" }) })
        .openapi("DeletedTask"),
      "Đã xoá",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const expected = ETag.expected(c.req.header("if-match"));
    const id = await tx(deps(c), async (db) => {
      const row = await Tasks.getVisible(db, principal(c), c.req.valid("param").id, true);
      Tasks.ensureVersion(row, expected);
      if (row.lifecycle !== "draft") {
        throw new ApiError(
          "invalid-transition",
          "Chỉ xoá được nhiệm vụ của bản nháp; nhiệm vụ đã giao thì huỷ / Only draft tasks can be deleted",
        );
      }
      await db.deleteFrom("tasks").where("id", "=", row.id).execute();
      await Audit.record(db, who(c), {
        action: "task.deleted",
        entity: "task",
        entityId: row.id,
        before: row,
      });
      return row.id;
    });
    return c.json({ id }, 200);
  });
