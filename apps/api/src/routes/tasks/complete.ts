/**
 * POST /v1/tasks/{id}/complete — the agency reports the task done (on a date, default today).
 * Requires If-Match. Timeliness then reads done-on-time or done-late against the current deadline.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { IsoDay } from "../../http/schemas.js";
import * as Tasks from "../../services/tasks.js";
import { TaskView } from "./schema.js";

const Complete = z
  .object({
    completedOn: IsoDay.optional().openapi({
      description: "Ngày hoàn thành (mặc định hôm nay)",
      example: "2024-03-10",
    }),
    note: z
      .string()
      .max(5000)
      .optional()
      .openapi({ description: "Ghi chú kết quả", example: "Đã trình UBND tỉnh" }),
  })
  .strict()
  .openapi("CompleteTask");

export const route = define({
  method: "post",
  path: "/v1/tasks/{id}/complete",
  permission: "tasks.report",
  tags: ["tasks"],
  summary: "Báo cáo hoàn thành (mark done)",
  request: { params: IdParam, headers: IfMatch, ...body(Complete) },
  responses: { 200: json(TaskView, "Nhiệm vụ đã hoàn thành") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const rules = await RulesCache.forRequest(d);
    const completedOn = input.completedOn ?? rules.today;
    if (completedOn > rules.today) {
      throw new ApiError(
        "validation-failed",
        "Ngày hoàn thành không thể ở tương lai / Completion date is in the future",
        {
          errors: [{ path: "body.completedOn", message: "Không được sau hôm nay" }],
        },
      );
    }
    const after = await tx(d, async (db) => {
      const row = await Tasks.getVisible(db, principal(c), c.req.valid("param").id, true);
      Tasks.ensureVersion(row, expected);
      if (row.lifecycle !== "open") throw Tasks.invalidTransition(row, "done");
      return Tasks.updateVersioned(
        db,
        who(c),
        row,
        expected,
        { lifecycle: "done", completed_on: completedOn, progress_percent: 100 },
        "task.completed",
        d.now(),
      );
    });
    c.header("ETag", ETag.of(after.version));
    return c.json(Tasks.view(after, rules), 200);
  });
