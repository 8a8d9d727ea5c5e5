/** GET /v1/tasks/{id}/reminders — the reminders (đôn đốc) of a task the caller may see, oldest first. */
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { define, IdParam, json, page } from "../../http/route.js";
import { reminderViews } from "../../services/discussion.js";
import * as Tasks from "../../services/tasks.js";
import { ReminderView } from "./discussion-schema.js";

export const route = define({
  method: "get",
  operationId: "listTaskReminders",
  path: "/v1/tasks/{id}/reminders",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Các lần đôn đốc nhiệm vụ (list reminders)",
  request: { params: IdParam, query: Paging.PageQuery },
  responses: { 200: json(page(ReminderView, "TaskReminderList"), "Các lần đôn đốc") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const db = deps(c).db.kysely;
    const task = await Tasks.getVisible(db, principal(c), c.req.valid("param").id);
    const { rows, nextCursor, total } = await Paging.run(
      db
        .selectFrom("task_reminders")
        .selectAll()
        .where("task_id", "=", task.id)
        .orderBy("created_at")
        .orderBy("seq"),
      c.req.valid("query"),
    );
    return c.json({ items: await reminderViews(db, rows), nextCursor, total }, 200);
  });
