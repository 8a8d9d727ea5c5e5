/**
 * PATCH /v1/tasks/{id} — the secretariat edits a task: content, lead and coordinating agencies,
 * deadline, resolution link. Requires If-Match. A draft task is edited while reviewing its notice;
 * a published task's deadline moves only by an extension (422 `due-date-locked`); done and
 * cancelled tasks (409) and the tasks of an archived notice (422 `notice-archived`) are not edited.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { orThrow } from "../../http/domain-problem.js";
import * as ETag from "../../http/etag.js";
import { commandContext, deps, tx } from "../../http/handler.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { IsoDay } from "../../http/schemas.js";
import * as Tasks from "../../services/tasks.js";
import { reviseTask } from "../../use-cases/task/revise-task.js";
import { Coordinator, DecisionRef, TaskView } from "./schema.js";

const TaskPatch = z
  .object({
    action: z
      .string()
      .trim()
      .min(1)
      .max(5000)
      .optional()
      .openapi({ description: "Nội dung công việc", example: "Báo cáo UBND tỉnh" }),
    leadAgencyId: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: "Cơ quan chủ trì", example: "brvt.so-tc" }),
    coordinators: z.array(Coordinator).max(100).optional().openapi({ description: "Cơ quan phối hợp" }),
    dueOn: IsoDay.nullable().optional().openapi({
      description:
        "Hạn mới của nhiệm vụ dự thảo (null: không có hạn); nhiệm vụ đã giao chỉ đổi hạn bằng gia hạn",
      example: "2024-04-30",
    }),
    resolutionId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .optional()
      .openapi({ description: "Nghị quyết liên quan", example: null }),
    decisionRef: DecisionRef.optional(),
  })
  .strict()
  .openapi("TaskPatch");

export const route = define({
  method: "patch",
  operationId: "updateTask",
  path: "/v1/tasks/{id}",
  permission: "tasks.manage",
  tags: ["tasks"],
  summary: "Sửa nhiệm vụ (edit a task)",
  request: { params: IdParam, headers: IfMatch, ...body(TaskPatch) },
  responses: { 200: json(TaskView, "Nhiệm vụ sau khi sửa") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expectedVersion = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const rules = await RulesCache.forRequest(d);
    const saved = await tx(d, async (db) =>
      orThrow(
        await reviseTask(commandContext(c, db, rules), {
          taskId: c.req.valid("param").id,
          expectedVersion,
          action: input.action,
          leadAgencyId: input.leadAgencyId,
          coordinators: input.coordinators,
          dueOn: input.dueOn,
          resolutionId: input.resolutionId,
          decisionRef: input.decisionRef,
        }),
      ),
    );
    c.header("ETag", ETag.of(saved.row.version));
    return c.json(Tasks.view(saved.row, rules), 200);
  });
