/**
 * A task's discussion: its reminders (đôn đốc), its comments with mentions and files, and the
 * people who may see it (whom a comment may mention). Writes carry an Idempotency-Key made when
 * the form opens, so a double click or a retry never sends twice.
 */
import { queryOptions } from "@tanstack/react-query";

import { api, call, callAll } from "./client.js";
import type { TaskComment, TaskReminder } from "./types.js";

const path = (id: string) => ({ path: { id } });

/** A fresh Idempotency-Key. */
export const newRequestKey = (): string => globalThis.crypto.randomUUID();

export const remindersQuery = (taskId: string) =>
  queryOptions({
    queryKey: ["task", taskId, "reminders"],
    queryFn: ({ signal }) =>
      callAll((query) => api.GET("/v1/tasks/{id}/reminders", { params: { ...path(taskId), query }, signal })),
  });

export const commentsQuery = (taskId: string) =>
  queryOptions({
    queryKey: ["task", taskId, "comments"],
    queryFn: ({ signal }) =>
      callAll((query) => api.GET("/v1/tasks/{id}/comments", { params: { ...path(taskId), query }, signal })),
  });

export const audienceQuery = (taskId: string, q: string) =>
  queryOptions({
    queryKey: ["task", taskId, "audience", q],
    queryFn: async ({ signal }) =>
      (
        await call(
          api.GET("/v1/tasks/{id}/audience", {
            params: { ...path(taskId), query: { q, limit: 20 } },
            signal,
          }),
        )
      ).items,
    staleTime: 60_000,
  });

/** Reminds the lead agency of one task. */
export async function remindTask(taskId: string, message: string, key: string): Promise<TaskReminder> {
  const done = await call(
    api.POST("/v1/tasks/{id}/reminders", {
      params: { path: { id: taskId }, header: { "idempotency-key": key } },
      body: { message: message.trim() || null },
    }),
  );
  return done.reminder;
}

/** Reminds an agency of its overdue and due-soon tasks (within a notice, if given); returns how many. */
export async function remindAgency(
  agencyId: string,
  message: string,
  key: string,
  noticeId?: string,
): Promise<number> {
  const done = await call(
    api.POST("/v1/agencies/{id}/reminders", {
      params: { path: { id: agencyId }, header: { "idempotency-key": key } },
      body: { message: message.trim() || null, ...(noticeId ? { noticeId } : {}) },
    }),
  );
  return done.count;
}

/** Writes a comment, then attaches its files one by one (each checked by the API). */
export async function addComment(
  taskId: string,
  body: string,
  files: readonly File[],
  key: string,
): Promise<TaskComment> {
  const comment = await call(
    api.POST("/v1/tasks/{id}/comments", {
      params: { path: { id: taskId }, header: { "idempotency-key": key } },
      body: { body },
    }),
  );
  for (const file of files) {
    const form = new FormData();
    form.set("file", file, file.name);
    await call(
      api.POST("/v1/comments/{id}/attachments", {
        params: path(comment.id),
        // The generated type reads the multipart field as a string; the browser sends the file.
        body: { file: file.name },
        bodySerializer: () => form,
      }),
    );
  }
  return comment;
}
