/**
 * POST /v1/agencies/{id}/merge — the agency ceases on `lastDay` and its work passes to a successor
 * (sáp nhập, 2025 reorganisation): open and paused tasks it leads move to the successor, each with
 * an audit row; done and cancelled tasks keep their historical lead. The notices it issued that are
 * still followed up (draft, published) pass to the successor's office too. Requires If-Match.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import { IsoDay } from "../../http/schemas.js";
import * as Agencies from "../../services/agencies.js";
import * as Audit from "../../services/audit.js";
import * as Tasks from "../../services/tasks.js";
import { DecisionRef } from "../tasks/schema.js";
import { AgencyView } from "./schema.js";

const Merge = z
  .object({
    successorId: z
      .string()
      .min(1)
      .max(100)
      .openapi({ description: "Cơ quan kế thừa", example: "brvt.so-khcn" }),
    lastDay: IsoDay.openapi({ description: "Ngày cuối cùng cơ quan hoạt động", example: "2025-02-28" }),
    decisionRef: DecisionRef.optional(),
  })
  .strict()
  .openapi("MergeAgency");

const MergeResult = z
  .object({
    agency: AgencyView,
    movedTaskIds: z
      .array(z.string())
      .openapi({ description: "Nhiệm vụ đã chuyển sang cơ quan kế thừa", example: ["tsk_1"] }),
    movedNoticeIds: z.array(z.string()).openapi({
      description: "Thông báo do cơ quan ban hành, nay do văn phòng cơ quan kế thừa theo dõi",
      example: ["ntc_1"],
    }),
  })
  .openapi("MergeResult");

export const route = define({
  method: "post",
  operationId: "mergeAgency",
  path: "/v1/agencies/{id}/merge",
  permission: "agencies.write",
  tags: ["agencies"],
  summary: "Sáp nhập vào cơ quan kế thừa (merge into a successor)",
  request: { params: IdParam, headers: IfMatch, ...body(Merge) },
  responses: { 200: json(MergeResult, "Cơ quan đã sáp nhập và các nhiệm vụ đã chuyển") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const w = who(c);
    const result = await tx(d, async (db) => {
      const before = await Agencies.get(db, c.req.valid("param").id, true);
      Tasks.ensureVersion(before, expected, "Cơ quan");
      if (input.successorId === before.id)
        throw new ApiError(
          "validation-failed",
          "Cơ quan không thể kế thừa chính nó / An agency cannot succeed itself",
        );
      await Agencies.get(db, input.successorId);
      if (before.successor_id !== null)
        throw new ApiError("conflict", `Cơ quan ${before.id} đã được sáp nhập / Already merged`);
      const successor = await Agencies.get(db, input.successorId);
      const row = await db
        .updateTable("agencies")
        .set({
          valid_to: input.lastDay,
          successor_id: input.successorId,
          version: before.version + 1,
          updated_at: d.now(),
        })
        .where("id", "=", before.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, w, {
        action: "agency.merged",
        entity: "agency",
        entityId: before.id,
        before,
        after: row,
      });
      const tasks = await db
        .selectFrom("tasks")
        .selectAll()
        .where("lead_agency_id", "=", before.id)
        .where("lifecycle", "in", ["open", "submitted", "paused", "draft"])
        .forUpdate()
        .execute();
      for (const t of tasks) {
        await Tasks.updateVersioned(
          db,
          w,
          t,
          null,
          {
            lead_agency_id: successor.id,
            lead_name: successor.name,
            ...(input.decisionRef === undefined ? {} : { decision_ref: input.decisionRef }),
            search_text: Tasks.searchKey({
              action: t.action,
              lead_name: successor.name,
              coordinators: t.coordinators,
              deadline_phrase: t.deadline?.phrase ?? null,
            }),
          },
          "task.agency_succeeded",
          d.now(),
        );
      }
      const notices = await db
        .updateTable("notices")
        .set((eb) => ({
          issuer_agency_id: successor.id,
          version: eb("version", "+", 1),
          updated_at: d.now(),
        }))
        .where("issuer_agency_id", "=", before.id)
        .where("lifecycle", "in", ["draft", "published"])
        .returning(["id", "version"])
        .execute();
      for (const n of notices) {
        await Audit.record(db, w, {
          action: "notice.issuer_succeeded",
          entity: "notice",
          entityId: n.id,
          before: { issuerAgencyId: before.id },
          after: { issuerAgencyId: successor.id },
        });
      }
      return {
        row,
        moved: tasks.map((t) => t.id),
        movedNotices: notices.map((n) => n.id),
        groups: await Agencies.groupsOf(db, before.id),
      };
    });
    c.header("ETag", ETag.of(result.row.version));
    return c.json(
      {
        agency: Agencies.view(result.row, result.groups),
        movedTaskIds: result.moved,
        movedNoticeIds: result.movedNotices,
      },
      200,
    );
  });
