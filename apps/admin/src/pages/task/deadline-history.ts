/**
 * The deadline history of a task: its original due date, then each approved extension in order,
 * with the decision's date and the reference of the document that authorised it.
 */
import type { ExtensionRequest, Task } from "../../api/types.js";

/** A deadline change: the original due date, then every approved extension. */
export interface DeadlineChange {
  readonly dueOn: string | null;
  readonly at: string | null;
  readonly reason: string | null;
  readonly ref: string | null;
}

export function deadlineHistory(task: Task, extensions: readonly ExtensionRequest[]): DeadlineChange[] {
  const approved = extensions
    .filter((e) => e.status === "approved")
    .sort((a, b) => (a.decidedAt ?? a.createdAt).localeCompare(b.decidedAt ?? b.createdAt));
  const original = task.originalDueOn ?? approved[0]?.currentDueOn ?? task.dueOn;
  return [
    { dueOn: original, at: null, reason: null, ref: null },
    ...approved.map((e) => ({
      dueOn: e.approvedDueOn ?? e.requestedDueOn,
      at: e.decidedAt,
      reason: e.reason,
      ref: e.decisionRef,
    })),
  ];
}
