/**
 * PUT / DELETE /v1/tasks/{id}/watchers/me — the signed-in user follows or stops following a task;
 * GET /v1/tasks/{id}/watchers lists who follows it. Following is idempotent.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { ApiError } from "../../http/problem.js";
import { define, IdParam, json, page } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import * as Tasks from "../../services/tasks.js";

const Watcher = z
  .object({
    userId: z.string().openapi({ description: "Người theo dõi", example: "usr_1" }),
    displayName: z.string().openapi({ description: "Họ tên", example: "Nguyễn Thị Lan" }),
    since: z.string().openapi({ description: "Theo dõi từ", example: "2024-03-01T03:00:00.000Z" }),
  })
  .openapi("Watcher");

const Watchers = z
  .object({ items: z.array(Watcher).openapi({ description: "Người theo dõi nhiệm vụ" }) })
  .openapi("Watchers");

export const listRoute = define({
  method: "get",
  operationId: "listTaskWatchers",
  path: "/v1/tasks/{id}/watchers",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Người theo dõi nhiệm vụ (list watchers)",
  request: { params: IdParam, query: Paging.PageQuery },
  responses: { 200: json(page(Watcher, "WatcherPage"), "Người theo dõi") },
});

export const watchRoute = define({
  method: "put",
  operationId: "watchTask",
  path: "/v1/tasks/{id}/watchers/me",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Theo dõi nhiệm vụ (watch)",
  request: { params: IdParam },
  responses: { 200: json(Watchers, "Người theo dõi sau khi thêm") },
});

export const unwatchRoute = define({
  method: "delete",
  operationId: "unwatchTask",
  path: "/v1/tasks/{id}/watchers/me",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Bỏ theo dõi nhiệm vụ (unwatch)",
  request: { params: IdParam },
  responses: { 200: json(Watchers, "Người theo dõi sau khi bỏ") },
});

type Db = Parameters<typeof Tasks.getVisible>[0];

const watchers = (db: Db, taskId: string) =>
  db
    .selectFrom("task_watchers")
    .innerJoin("users", "users.id", "task_watchers.user_id")
    .select(["task_watchers.user_id", "users.display_name", "task_watchers.created_at"])
    .where("task_watchers.task_id", "=", taskId)
    .orderBy("task_watchers.created_at")
    .orderBy("task_watchers.user_id");

const watcherView = (r: { user_id: string; display_name: string; created_at: Date }) => ({
  userId: r.user_id,
  displayName: r.display_name,
  since: r.created_at.toISOString(),
});

const list = async (db: Db, taskId: string) => ({
  items: (await watchers(db, taskId).execute()).map(watcherView),
});

const userOnly = () =>
  new ApiError("forbidden", "Chỉ người dùng đăng nhập mới theo dõi được / Only users can watch");

export const register = (app: App) => {
  app.openapi(listRoute, async (c) => {
    const db = deps(c).db.kysely;
    const task = await Tasks.getVisible(db, principal(c), c.req.valid("param").id);
    const { rows, nextCursor, total } = await Paging.run(watchers(db, task.id), c.req.valid("query"));
    return c.json({ items: rows.map(watcherView), nextCursor, total }, 200);
  });
  app.openapi(watchRoute, async (c) => {
    const p = principal(c);
    if (p.kind !== "user") throw userOnly();
    const result = await tx(deps(c), async (db) => {
      const task = await Tasks.getVisible(db, p, c.req.valid("param").id);
      const added = await db
        .insertInto("task_watchers")
        .values({ task_id: task.id, user_id: p.id })
        .onConflict((oc) => oc.columns(["task_id", "user_id"]).doNothing())
        .returning("user_id")
        .executeTakeFirst();
      if (added !== undefined)
        await Audit.record(db, who(c), {
          action: "task.watched",
          entity: "task",
          entityId: task.id,
          after: { userId: p.id },
        });
      return list(db, task.id);
    });
    return c.json(result, 200);
  });
  app.openapi(unwatchRoute, async (c) => {
    const p = principal(c);
    if (p.kind !== "user") throw userOnly();
    const result = await tx(deps(c), async (db) => {
      const task = await Tasks.getVisible(db, p, c.req.valid("param").id);
      const removed = await db
        .deleteFrom("task_watchers")
        .where("task_id", "=", task.id)
        .where("user_id", "=", p.id)
        .executeTakeFirst();
      if (removed.numDeletedRows > 0n)
        await Audit.record(db, who(c), {
          action: "task.unwatched",
          entity: "task",
          entityId: task.id,
          before: { userId: p.id },
        });
      return list(db, task.id);
    });
    return c.json(result, 200);
  });
};
