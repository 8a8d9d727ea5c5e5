/** Row → view mappers of progress reports, extension and explanation requests. */
import type { Selectable } from "kysely";

import type {
  AttachmentTable,
  ExplanationRequestTable,
  ExtensionRequestTable,
  ProgressReportTable,
} from "../db/schema.js";

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

export const attachmentView = (a: Selectable<AttachmentTable>) => ({
  id: a.id,
  fileName: a.file_name,
  contentType: a.content_type,
  sizeBytes: a.size_bytes,
  sha256: a.sha256,
  url: `/v1/attachments/${a.id}`,
});

export const progressView = (
  r: Selectable<ProgressReportTable>,
  attachments: Selectable<AttachmentTable>[],
) => ({
  id: r.id,
  taskId: r.task_id,
  authorId: r.author_id,
  body: r.body,
  percent: r.percent,
  attachments: attachments.filter((a) => a.report_id === r.id).map(attachmentView),
  createdAt: r.created_at.toISOString(),
});

export const extensionView = (e: Selectable<ExtensionRequestTable>) => ({
  id: e.id,
  taskId: e.task_id,
  requestedBy: e.requested_by,
  reason: e.reason,
  currentDueOn: e.current_due_on,
  requestedDueOn: e.requested_due_on,
  status: e.status,
  decidedBy: e.decided_by,
  decidedAt: iso(e.decided_at),
  decisionNote: e.decision_note,
  decisionRef: e.decision_ref,
  approvedDueOn: e.approved_due_on,
  version: e.version,
  createdAt: e.created_at.toISOString(),
});

export const explanationView = (e: Selectable<ExplanationRequestTable>) => ({
  id: e.id,
  taskId: e.task_id,
  requestedBy: e.requested_by,
  question: e.question,
  replyDueOn: e.reply_due_on,
  answer: e.answer,
  answeredBy: e.answered_by,
  answeredAt: iso(e.answered_at),
  status: e.status,
  version: e.version,
  createdAt: e.created_at.toISOString(),
});
