/**
 * One task and what happens to it: read (with its ETag), progress reports with attachments,
 * completion, extension requests and decisions, its audit history and its notice's source text.
 * Every state change sends the ETag it last read (`If-Match`); a stale one comes back as 412.
 */
import { queryOptions } from "@tanstack/react-query";

import { api, call, callAll, callWithEtag } from "./client.js";
import type { ExtensionRequest, ProgressReport, Task } from "./types.js";

const path = (id: string) => ({ path: { id } });

export const taskQuery = (id: string) =>
  queryOptions({
    queryKey: ["task", id],
    queryFn: async ({ signal }) => {
      const { data, etag } = await callWithEtag(api.GET("/v1/tasks/{id}", { params: path(id), signal }));
      return { data, etag };
    },
  });

export const progressReportsQuery = (taskId: string) =>
  queryOptions({
    queryKey: ["task", taskId, "progress-reports"],
    queryFn: ({ signal }) =>
      callAll((query) => api.GET("/v1/tasks/{id}/progress", { params: { ...path(taskId), query }, signal })),
  });

export const extensionRequestsQuery = (taskId: string) =>
  queryOptions({
    queryKey: ["task", taskId, "extension-requests"],
    queryFn: ({ signal }) =>
      callAll((query) =>
        api.GET("/v1/tasks/{id}/extensions", { params: { ...path(taskId), query }, signal }),
      ),
  });

export const taskAuditQuery = (taskId: string) =>
  queryOptions({
    queryKey: ["task", taskId, "audit"],
    queryFn: ({ signal }) =>
      callAll((query) => api.GET("/v1/tasks/{id}/history", { params: { ...path(taskId), query }, signal })),
  });

export const noticeQuery = (id: string) =>
  queryOptions({
    queryKey: ["notice", id],
    queryFn: async ({ signal }) => {
      const { data, etag } = await callWithEtag(api.GET("/v1/notices/{id}", { params: path(id), signal }));
      return { data, etag };
    },
  });

export interface ProgressInput {
  readonly body: string;
  readonly percent: number | null;
  readonly files: readonly File[];
}

/** Records a progress report, then attaches its files one by one (each checked by the API). */
/** The files uploaded to a progress report, by id. */
async function uploadFiles(reportId: string, files: readonly File[]): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    const form = new FormData();
    form.set("file", file, file.name);
    const attachment = await call(
      api.POST("/v1/progress/{id}/attachments", {
        params: path(reportId),
        // The generated type reads the multipart field as a string; the browser sends the file.
        body: { file: file.name },
        bodySerializer: () => form,
      }),
    );
    ids.push(attachment.id);
  }
  return ids;
}

export async function reportProgress(taskId: string, input: ProgressInput): Promise<ProgressReport> {
  const report = await call(
    api.POST("/v1/tasks/{id}/progress", {
      params: path(taskId),
      body: { body: input.body, percent: input.percent },
    }),
  );
  await uploadFiles(report.id, input.files);
  return report;
}

export interface CompletionInput {
  readonly completedOn: string;
  readonly note: string;
  /** Evidence: sent as a progress report (the note, 100 %) with these files, then named in the report. */
  readonly files: readonly File[];
}

/**
 * Reports the task done (or, when the policy asks the office to accept it and the caller reports
 * for the agency, submits the report: the task comes back `submitted`).
 */
export async function completeTask(taskId: string, etag: string, input: CompletionInput): Promise<Task> {
  const note = input.note.trim();
  let ifMatch = etag;
  let attachmentIds: string[] = [];
  if (input.files.length > 0) {
    const { data: report, etag: after } = await callWithEtag(
      api.POST("/v1/tasks/{id}/progress", {
        params: path(taskId),
        body: { body: note || input.files.map((f) => f.name).join(", "), percent: 100 },
      }),
    );
    attachmentIds = await uploadFiles(report.id, input.files);
    if (after !== null) ifMatch = after;
  }
  return call(
    api.POST("/v1/tasks/{id}/complete", {
      params: { path: { id: taskId }, header: { "if-match": ifMatch } },
      body: {
        completedOn: input.completedOn,
        ...(note ? { note } : {}),
        ...(attachmentIds.length > 0 ? { attachmentIds } : {}),
      },
    }),
  );
}

/** The office accepts the agency's completion report: the task is done on the agency's date. */
export async function acceptCompletion(taskId: string, etag: string): Promise<Task> {
  return call(
    api.POST("/v1/tasks/{id}/completion/accept", {
      params: { path: { id: taskId }, header: { "if-match": etag } },
      body: {},
    }),
  );
}

/** The office returns the agency's completion report with a reason: the task is open again. */
export async function returnCompletion(taskId: string, etag: string, reason: string): Promise<Task> {
  return call(
    api.POST("/v1/tasks/{id}/completion/return", {
      params: { path: { id: taskId }, header: { "if-match": etag } },
      body: { reason: reason.trim() },
    }),
  );
}

export interface ExtensionInput {
  readonly reason: string;
  readonly requestedDueOn: string;
}

export async function requestExtension(taskId: string, input: ExtensionInput): Promise<ExtensionRequest> {
  return call(api.POST("/v1/tasks/{id}/extensions", { params: path(taskId), body: { ...input } }));
}

export interface DecisionInput {
  readonly decision: "approved" | "rejected";
  readonly note: string;
  readonly decisionRef: string;
  readonly approvedDueOn: string | null;
}

/** Approves or rejects an extension request (If-Match: the version of the request). */
export async function decideExtension(
  request: ExtensionRequest,
  input: DecisionInput,
): Promise<ExtensionRequest> {
  const approve = input.decision === "approved";
  return call(
    api.POST("/v1/extensions/{id}/decision", {
      params: { path: { id: request.id }, header: { "if-match": `"${request.version}"` } },
      body: {
        approve,
        ...(input.note.trim() ? { note: input.note.trim() } : {}),
        ...(input.decisionRef.trim() ? { decisionRef: input.decisionRef.trim() } : {}),
        ...(approve && input.approvedDueOn ? { approvedDueOn: input.approvedDueOn } : {}),
      },
    }),
  );
}
