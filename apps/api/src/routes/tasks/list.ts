/**
 * GET /v1/tasks — tasks the caller may see, filtered, sorted and paginated by cursor. Pages are
 * served from a per-process cache that every change of tasks, notices or rules empties, gzipped
 * when the client accepts it, with a weak ETag (If-None-Match → 304).
 */
import { z } from "@hono/zod-openapi";
import { accepts } from "hono/accepts";

import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, json, page } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { IsoDay } from "../../http/schemas.js";
import * as TaskPages from "../../http/task-pages.js";
import { LatenessBandValue, TaskLifecycle, TaskView, TimelinessValue } from "./schema.js";

const Query = z.object({
  agencyId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: "Cơ quan chủ trì", example: "brvt.so-tc" }),
  lifecycle: TaskLifecycle.optional(),
  timeliness: TimelinessValue.optional(),
  latenessBand: LatenessBandValue.optional(),
  dueFrom: IsoDay.optional().openapi({ description: "Hạn từ ngày (bao gồm)", example: "2024-03-01" }),
  dueTo: IsoDay.optional().openapi({ description: "Hạn đến ngày (bao gồm)", example: "2024-03-31" }),
  noticeId: z.string().min(1).max(100).optional().openapi({ description: "Thông báo", example: "ntc_4k2m" }),
  resolutionId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: "Nghị quyết", example: "res_1" }),
  handlerId: z.string().min(1).max(100).optional().openapi({
    description:
      "Chuyên viên xử lý: mã tài khoản, hoặc `me` cho những việc được giao cho chính người gọi (việc của tôi)",
    example: "me",
  }),
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: "Tìm theo nội dung, không phân biệt dấu", example: "ke hoach chuyen doi so" }),
  sort: z
    .enum(["dueOn", "-dueOn", "createdAt", "-createdAt"])
    .default("dueOn")
    .openapi({ description: "Sắp xếp (dấu - là giảm dần)", example: "dueOn" }),
  cursor: z
    .string()
    .max(500)
    .optional()
    .openapi({ description: "Con trỏ trang từ nextCursor", example: "eyJ2Ijo" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ description: "Số phần tử mỗi trang", example: 50 }),
});

const TaskPage = page(TaskView, "TaskPage");

const IfNoneMatch = z.object({
  "if-none-match": z
    .string()
    .max(200)
    .optional()
    .openapi({ description: "ETag của trang đã có: không đổi → 304", example: 'W/"x1"' }),
});

export const route = define({
  method: "get",
  operationId: "listTasks",
  path: "/v1/tasks",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Danh sách nhiệm vụ (list tasks)",
  request: { query: Query, headers: IfNoneMatch },
  responses: {
    200: {
      ...json(TaskPage, "Một trang nhiệm vụ (gzip khi Accept-Encoding cho phép)"),
      headers: z.object({
        ETag: z
          .string()
          .openapi({ description: "Định danh yếu của trang, dùng cho If-None-Match", example: 'W/"x1"' }),
      }),
    },
    304: { description: "Trang không đổi so với If-None-Match" },
  },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const rules = await RulesCache.forRequest(d);
    const p = principal(c);
    const query = c.req.valid("query");
    // “me” is resolved here, so a page cached for one officer is never served to another.
    const filters = query.handlerId === "me" ? { ...query, handlerId: p.id } : query;
    const page = await TaskPages.render(d, p, filters, rules);
    const headers = { etag: page.etag, vary: "Accept-Encoding", "cache-control": "private, no-cache" };
    if (c.req.header("if-none-match") === page.etag) return c.body(null, 304, headers);
    const gzip =
      accepts(c, { header: "Accept-Encoding", supports: ["gzip"], default: "identity" }) === "gzip";
    // A TaskPage serialised already (`http/task-pages.ts`): sent as it is, typed as the JSON it is.
    const sent = gzip
      ? c.body(page.gzip(), 200, {
          ...headers,
          "content-type": "application/json",
          "content-encoding": "gzip",
        })
      : c.body(page.json, 200, { ...headers, "content-type": "application/json" });
    return sent as unknown as ReturnType<typeof c.json<z.infer<typeof TaskPage>, 200>>;
  });
