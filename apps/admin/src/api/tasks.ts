/**
 * One task and what happens to it: read (with its ETag), progress reports with attachments,
 * completion, extension requests and decisions, its audit history and its notice's source text.
 * Every state change sends the ETag it last read (`If-Match`); a stale one comes back as 412.
 */
import { queryOptions } from "@tanstack/react-query";

import { json, jsonWithEtag } from "./http.js";
import { itemsOf } from "./queries.js";
import type { AuditEntry, ExtensionRequest, Notice, Page, ProgressReport, Task } from "./types.js";

export const taskQuery = (id: string) =>
  queryOptions({
    queryKey: ["task", id],
    queryFn: ({ signal }) => jsonWithEtag<Task>(`/v1/tasks/${encodeURIComponent(id)}`, { signal }),
  });

export const progressReportsQuery = (taskId: string) =>
  queryOptions({
    queryKey: ["task", taskId, "progress-reports"],
    queryFn: async ({ signal }) =>
      itemsOf(
        await json<Page<ProgressReport> | ProgressReport[]>(
          `/v1/tasks/${encodeURIComponent(taskId)}/progress`,
          {
            signal,
          },
        ),
      ),
  });

export const extensionRequestsQuery = (taskId: string) =>
  queryOptions({
    queryKey: ["task", taskId, "extension-requests"],
    queryFn: async ({ signal }) =>
      itemsOf(
        await json<Page<ExtensionRequest> | ExtensionRequest[]>(
          `/v1/tasks/${encodeURIComponent(taskId)}/extensions`,
          { signal },
        ),
      ),
  });

export const taskAuditQuery = (taskId: string) =>
  queryOptions({
    queryKey: ["task", taskId, "audit"],
    queryFn: async ({ signal }) =>
      itemsOf(
        await json<Page<AuditEntry> | AuditEntry[]>(`/v1/tasks/${encodeURIComponent(taskId)}/history`, {
          signal,
        }),
      ),
  });

export const noticeQuery = (id: string) =>
  queryOptions({
    queryKey: ["notice", id],
    queryFn: ({ signal }) => jsonWithEtag<Notice>(`/v1/notices/${encodeURIComponent(id)}`, { signal }),
  });

export interface ProgressInput {
  readonly body: string;
  readonly percent: number | null;
  readonly files: readonly File[];
}

/** Records a progress report, then attaches its files one by one (each checked by the API). */
export async function reportProgress(taskId: string, input: ProgressInput): Promise<ProgressReport> {
  const report = await json<ProgressReport>(`/v1/tasks/${encodeURIComponent(taskId)}/progress`, {
    method: "POST",
    body: { body: input.body, percent: input.percent },
  });
  for (const file of input.files) {
    const form = new FormData();
    form.set("file", file, file.name);
    await json<unknown>(`/v1/progress/${encodeURIComponent(report.id)}/attachments`, {
      method: "POST",
      body: form,
    });
  }
  return report;
}

export function completeTask(taskId: string, etag: string, completedOn: string): Promise<Task> {
  return json<Task>(`/v1/tasks/${encodeURIComponent(taskId)}/complete`, {
    method: "POST",
    headers: { "if-match": etag },
    body: { completedOn },
  });
}

export interface ExtensionInput {
  readonly reason: string;
  readonly requestedDueOn: string;
}

export function requestExtension(taskId: string, input: ExtensionInput): Promise<ExtensionRequest> {
  return json<ExtensionRequest>(`/v1/tasks/${encodeURIComponent(taskId)}/extensions`, {
    method: "POST",
    body: input,
  });
}

export interface DecisionInput {
  readonly decision: "approved" | "rejected";
  readonly note: string;
  readonly decisionRef: string;
  readonly approvedDueOn: string | null;
}

/** Approves or rejects an extension request (If-Match: the version of the request). */
export function decideExtension(request: ExtensionRequest, input: DecisionInput): Promise<ExtensionRequest> {
  const approve = input.decision === "approved";
  return json<ExtensionRequest>(`/v1/extensions/${encodeURIComponent(request.id)}/decision`, {
    method: "POST",
    headers: { "if-match": `"${request.version}"` },
    body: {
      approve,
      ...(input.note.trim() ? { note: input.note.trim() } : {}),
      ...(input.decisionRef.trim() ? { decisionRef: input.decisionRef.trim() } : {}),
      ...(approve && input.approvedDueOn ? { approvedDueOn: input.approvedDueOn } : {}),
    },
  });
}
