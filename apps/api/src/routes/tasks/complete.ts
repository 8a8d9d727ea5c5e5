/**
 * POST /v1/tasks/{id}/complete — the agency reports the task done (on a date, default today), with
 * a note and evidence (files of its progress reports). Requires If-Match. The domain decides: not
 * before the task existed, not after today, and with a reason when the task is long overdue under
 * the policy in force. When the policy asks the office to accept completions, an agency's report
 * leaves the task `submitted` (chờ xác nhận) until the issuer's secretariat accepts or returns it
 * (`completion/accept`, `completion/return`); the office completing a task itself completes it.
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
import { completeTask } from "../../use-cases/task/complete-task.js";
import { TaskView } from "./schema.js";

const Complete = z
  .object({
    completedOn: IsoDay.optional().openapi({
      description: "Ngày hoàn thành (mặc định hôm nay; không sau hôm nay, không trước ngày giao)",
      example: "2024-03-10",
    }),
    note: z.string().max(5000).optional().openapi({
      description: "Ghi chú kết quả; bắt buộc khi nhiệm vụ đã quá hạn lâu hơn mức quy chế cho phép",
      example: "Đã trình UBND tỉnh",
    }),
    attachmentIds: z
      .array(z.string().min(1).max(100))
      .max(50)
      .optional()
      .openapi({
        description: "Tệp minh chứng: mã các tệp đã đính kèm vào báo cáo tiến độ của nhiệm vụ",
        example: ["att_7k2m"],
      }),
  })
  .strict()
  .openapi("CompleteTask");

export const route = define({
  method: "post",
  operationId: "completeTask",
  path: "/v1/tasks/{id}/complete",
  permission: "tasks.report",
  tags: ["tasks"],
  summary: "Báo cáo hoàn thành (mark done)",
  request: { params: IdParam, headers: IfMatch, ...body(Complete) },
  responses: {
    200: json(
      TaskView,
      "Nhiệm vụ đã hoàn thành; hoặc chờ xác nhận (lifecycle submitted) khi quy chế yêu cầu văn phòng xác nhận báo cáo của cơ quan",
    ),
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expectedVersion = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const rules = await RulesCache.forRequest(d);
    const saved = await tx(d, async (db) =>
      orThrow(
        await completeTask(commandContext(c, db, rules), {
          taskId: c.req.valid("param").id,
          expectedVersion,
          completedOn: input.completedOn,
          note: input.note,
          attachmentIds: input.attachmentIds,
        }),
      ),
    );
    c.header("ETag", ETag.of(saved.row.version));
    return c.json(Tasks.view(saved.row, rules), 200);
  });
