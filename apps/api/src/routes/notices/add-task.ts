/**
 * POST /v1/notices/{id}/tasks — during review, adds a task the parser missed to a directive of a
 * draft notice. If-Match is the notice's ETag. Accepts Idempotency-Key.
 */
import { ParsedNotice } from "@dondoc/domain";
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, IdempotencyKey, IdParam, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { IsoDay } from "../../http/schemas.js";
import * as Audit from "../../services/audit.js";
import * as Ids from "../../services/ids.js";
import * as Notices from "../../services/notices.js";
import * as Tasks from "../../services/tasks.js";
import { Coordinator } from "../tasks/schema.js";
import { NoticeView } from "./schema.js";

const AddTask = z
  .object({
    directiveId: z
      .string()
      .min(1)
      .max(100)
      .openapi({ description: "Kết luận chứa nhiệm vụ", example: "dir_1k2" }),
    leadAgencyId: z
      .string()
      .min(1)
      .max(100)
      .openapi({ description: "Cơ quan chủ trì", example: "brvt.so-tc" }),
    coordinators: z.array(Coordinator).max(100).default([]).openapi({ description: "Cơ quan phối hợp" }),
    mode: ParsedNotice.TaskMode.default("assigned").meta({
      description: "giao / đề nghị",
      example: "assigned",
    }),
    action: z
      .string()
      .trim()
      .min(1)
      .max(5000)
      .openapi({ description: "Nội dung công việc", example: "Báo cáo kết quả" }),
    deadlinePhrase: z
      .string()
      .trim()
      .max(300)
      .nullable()
      .default(null)
      .openapi({ description: "Cụm thời hạn nguyên văn", example: "trước ngày 15/3/2024" }),
    dueOn: IsoDay.nullable().default(null).openapi({ description: "Hạn", example: "2024-03-15" }),
  })
  .strict()
  .openapi("AddTask");

export const route = define({
  method: "post",
  operationId: "addNoticeTask",
  path: "/v1/notices/{id}/tasks",
  permission: "notices.write",
  tags: ["notices"],
  summary: "Thêm nhiệm vụ vào bản nháp (add a task to a draft)",
  request: { params: IdParam, headers: IfMatch.merge(IdempotencyKey), ...body(AddTask) },
  responses: { 201: json(NoticeView, "Thông báo sau khi thêm") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const after = await tx(d, async (db) => {
      const notice = await Notices.getVisible(db, principal(c), c.req.valid("param").id, true);
      Tasks.ensureVersion(notice, expected, "Thông báo");
      if (notice.lifecycle !== "draft")
        throw new ApiError("invalid-transition", "Chỉ sửa được bản nháp / Only a draft can be edited");
      const directive = await db
        .selectFrom("directives")
        .select("id")
        .where("id", "=", input.directiveId)
        .where("notice_id", "=", notice.id)
        .executeTakeFirst();
      if (directive === undefined) {
        throw new ApiError(
          "validation-failed",
          "Kết luận không thuộc thông báo này / Directive not in this notice",
          {
            errors: [{ path: "body.directiveId", message: "Không thuộc thông báo" }],
          },
        );
      }
      const agency = await db
        .selectFrom("agencies")
        .select("name")
        .where("id", "=", input.leadAgencyId)
        .executeTakeFirst();
      if (agency === undefined) throw Tasks.unknownAgency(input.leadAgencyId);
      const id = Ids.make("tsk");
      const task = await db
        .insertInto("tasks")
        .values({
          id,
          notice_id: notice.id,
          directive_id: directive.id,
          lead_agency_id: input.leadAgencyId,
          lead_name: agency.name,
          coordinators: JSON.stringify(input.coordinators),
          mode: input.mode,
          action: input.action,
          deadline: JSON.stringify({
            phrase: input.deadlinePhrase,
            kind: input.dueOn === null ? "none" : "on-date",
            derivation: null,
            rule: null,
            recurrence: null,
          }),
          due_on: input.dueOn,
          original_due_on: input.dueOn,
          resolution_id: notice.resolution_id,
          search_text: Tasks.searchKey({
            action: input.action,
            lead_name: agency.name,
            coordinators: input.coordinators,
            deadline_phrase: input.deadlinePhrase,
          }),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who(c), { action: "task.created", entity: "task", entityId: id, after: task });
      const row = await db
        .updateTable("notices")
        .set({ version: notice.version + 1, updated_at: d.now() })
        .where("id", "=", notice.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return row;
    });
    c.header("ETag", ETag.of(after.version));
    return c.json(await Notices.view(d.db.kysely, after, await RulesCache.forRequest(d), principal(c)), 201);
  });
