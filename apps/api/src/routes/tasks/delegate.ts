/**
 * POST /v1/tasks/{id}/delegate — the lead agency hands the work down to a unit under it
 * (department → office → officer) and stays accountable: the task keeps its lead; the delegate's
 * officers see it too. `agencyId: null` takes the delegation back. Requires If-Match.
 */

import { AgencyDirectory } from "@dondoc/domain";
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Directory from "../../services/directory.js";
import * as Tasks from "../../services/tasks.js";
import { TaskView } from "./schema.js";

const Delegate = z
  .object({
    agencyId: z.string().min(1).max(100).nullable().openapi({
      description: "Đơn vị cấp dưới nhận việc (null: thu hồi)",
      example: "brvt.so-tttt.phong-cds",
    }),
    userId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .default(null)
      .openapi({ description: "Cán bộ được giao (tuỳ chọn)", example: null }),
  })
  .strict()
  .openapi("DelegateTask");

export const route = define({
  method: "post",
  operationId: "delegateTask",
  path: "/v1/tasks/{id}/delegate",
  permission: "tasks.report",
  tags: ["tasks"],
  summary: "Giao lại cho đơn vị cấp dưới (delegate down)",
  request: { params: IdParam, headers: IfMatch, ...body(Delegate) },
  responses: { 200: json(TaskView, "Nhiệm vụ sau khi giao lại") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const p = principal(c);
    const after = await tx(d, async (db) => {
      const row = await Tasks.getVisible(db, p, c.req.valid("param").id, true);
      Tasks.ensureVersion(row, expected);
      if (row.lifecycle !== "open" && row.lifecycle !== "paused")
        throw Tasks.invalidTransition(row, "delegated");
      if (p.agencyId !== null && row.lead_agency_id !== p.agencyId) {
        throw new ApiError(
          "forbidden",
          "Chỉ cơ quan chủ trì được giao lại nhiệm vụ / Only the lead agency can delegate",
        );
      }
      if (input.agencyId !== null) {
        const dir = await Directory.load(db);
        const lead = row.lead_agency_id;
        if (
          lead === null ||
          input.agencyId === lead ||
          !AgencyDirectory.isWithin(dir, input.agencyId, lead)
        ) {
          throw new ApiError(
            "validation-failed",
            `Đơn vị ${input.agencyId} không trực thuộc cơ quan chủ trì / Not a unit under the lead agency`,
            {
              errors: [{ path: "body.agencyId", message: "Phải là đơn vị trực thuộc cơ quan chủ trì" }],
            },
          );
        }
      }
      if (input.userId !== null) {
        const user = await db
          .selectFrom("users")
          .select(["agency_id"])
          .where("id", "=", input.userId)
          .executeTakeFirst();
        if (
          user === undefined ||
          (user.agency_id !== input.agencyId && user.agency_id !== row.lead_agency_id)
        ) {
          throw new ApiError(
            "validation-failed",
            "Cán bộ không thuộc đơn vị được giao / User is not in that unit",
            {
              errors: [{ path: "body.userId", message: "Không thuộc đơn vị" }],
            },
          );
        }
      }
      return Tasks.updateVersioned(
        db,
        who(c),
        row,
        expected,
        { delegated_to_agency_id: input.agencyId, delegated_to_user_id: input.userId },
        input.agencyId === null ? "task.delegation_revoked" : "task.delegated",
        d.now(),
      );
    });
    c.header("ETag", ETag.of(after.version));
    return c.json(Tasks.view(after, await RulesCache.forRequest(d)), 200);
  });
