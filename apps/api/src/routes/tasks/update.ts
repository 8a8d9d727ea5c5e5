/**
 * PATCH /v1/tasks/{id} — the secretariat edits a task: content, lead and coordinating agencies,
 * deadline, resolution link. Requires If-Match. A draft task is edited while reviewing its notice.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { IsoDay } from "../../http/schemas.js";
import * as Tasks from "../../services/tasks.js";
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
    dueOn: IsoDay.nullable()
      .optional()
      .openapi({ description: "Hạn mới (null: không có hạn)", example: "2024-04-30" }),
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
    const expected = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const after = await tx(d, async (db) => {
      const row = await Tasks.getVisible(db, principal(c), c.req.valid("param").id, true);
      Tasks.ensureVersion(row, expected);
      let leadName = row.lead_name;
      if (input.leadAgencyId !== undefined) {
        const agency = await db
          .selectFrom("agencies")
          .select("name")
          .where("id", "=", input.leadAgencyId)
          .executeTakeFirst();
        if (agency === undefined) {
          throw Tasks.unknownAgency(input.leadAgencyId);
        }
        leadName = agency.name;
      }
      const coordinators = input.coordinators ?? row.coordinators;
      const action = input.action ?? row.action;
      return Tasks.updateVersioned(
        db,
        who(c),
        row,
        expected,
        {
          action,
          lead_name: leadName,
          coordinators: JSON.stringify(coordinators),
          ...(input.leadAgencyId === undefined ? {} : { lead_agency_id: input.leadAgencyId }),
          ...(input.dueOn === undefined
            ? {}
            : {
                due_on: input.dueOn,
                ...(row.lifecycle === "draft" ? { original_due_on: input.dueOn } : {}),
              }),
          ...(input.resolutionId === undefined ? {} : { resolution_id: input.resolutionId }),
          ...(input.decisionRef === undefined ? {} : { decision_ref: input.decisionRef }),
          search_text: Tasks.searchKey({
            action,
            lead_name: leadName,
            coordinators,
            deadline_phrase: row.deadline?.phrase ?? null,
          }),
        },
        "task.updated",
        d.now(),
      );
    });
    c.header("ETag", ETag.of(after.version));
    return c.json(Tasks.view(after, await RulesCache.forRequest(d)), 200);
  });
