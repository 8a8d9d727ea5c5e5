/**
 * The domain events integrators subscribe to, and how an audit entry becomes one: the outbox row is
 * written by `Audit.record` in the caller's transaction, so an event exists exactly when its change
 * committed. Reminder and digest events come from the scheduler instead.
 */
import { z } from "@hono/zod-openapi";

export const EventType = z
  .enum([
    "task.created",
    "task.due_soon",
    "task.overdue",
    "task.done",
    "task.completion_submitted",
    "task.completion_accepted",
    "task.completion_returned",
    "task.reopened",
    "extension.requested",
    "extension.decided",
    "explanation.requested",
    "task.reminded",
    "task.commented",
    "notice.published",
    "agency.merged",
    "digest.agency",
    "digest.leader",
  ])
  .openapi({ description: "Loại sự kiện (event type)", example: "task.overdue" });
export type EventType = z.infer<typeof EventType>;

/**
 * Audit actions that are also integration events. An accepted completion report is also
 * `task.done`: the task is done, whoever completed it.
 */
export const ofAuditAction: Readonly<Record<string, EventType | readonly EventType[]>> = {
  "task.created": "task.created",
  // Draft tasks become real when their notice is published; integrators see them appear then.
  "task.opened": "task.created",
  "task.completed": "task.done",
  "task.completion_submitted": "task.completion_submitted",
  "task.completion_accepted": ["task.completion_accepted", "task.done"],
  "task.completion_returned": "task.completion_returned",
  "task.reopen": "task.reopened",
  "extension.requested": "extension.requested",
  "extension.approved": "extension.decided",
  "extension.rejected": "extension.decided",
  "explanation.requested": "explanation.requested",
  "task.reminded": "task.reminded",
  "comment.added": "task.commented",
  "notice.published": "notice.published",
  "agency.merged": "agency.merged",
};

/** The body POSTed to a webhook and stored in the outbox. */
export interface Envelope {
  readonly id: string;
  readonly type: EventType;
  readonly occurredAt: string;
  readonly data: Record<string, unknown>;
}

/** A task as events carry it: enough to act on without a second call. */
export interface TaskSummary {
  readonly id: string;
  readonly noticeId: string;
  readonly leadAgencyId: string | null;
  readonly leadName: string;
  readonly action: string;
  readonly dueOn: string | null;
  readonly lifecycle: string;
  readonly completedOn: string | null;
}

export const taskSummary = (row: {
  id: string;
  notice_id: string;
  lead_agency_id: string | null;
  lead_name: string;
  action: string;
  due_on: string | null;
  lifecycle: string;
  completed_on: string | null;
}): TaskSummary => ({
  id: row.id,
  noticeId: row.notice_id,
  leadAgencyId: row.lead_agency_id,
  leadName: row.lead_name,
  action: row.action,
  dueOn: row.due_on,
  lifecycle: row.lifecycle,
  completedOn: row.completed_on,
});

/** A short Vietnamese line for the in-app notification of an event. */
export const titleOf = (type: EventType, data: Record<string, unknown>): string => {
  const task = data.task as Partial<TaskSummary> | undefined;
  const what = task?.action === undefined ? "" : `: ${task.action.slice(0, 160)}`;
  const due = task?.dueOn == null ? "" : ` (hạn ${task.dueOn})`;
  switch (type) {
    case "task.created":
      return `Nhiệm vụ mới${what}${due}`;
    case "task.due_soon":
      return `Sắp đến hạn${what}${due}`;
    case "task.overdue":
      return `Quá hạn${what}${due}`;
    case "task.done":
      return `Đã hoàn thành${what}`;
    case "task.completion_submitted":
      return `Báo cáo hoàn thành, chờ xác nhận${what}`;
    case "task.completion_accepted":
      return `Đã xác nhận hoàn thành${what}`;
    case "task.completion_returned":
      return `Trả lại báo cáo hoàn thành${what}`;
    case "task.reopened":
      return `Mở lại nhiệm vụ${what}`;
    case "extension.requested":
      return `Đề nghị gia hạn${what}`;
    case "extension.decided":
      return `${data.approved === true ? "Chấp thuận" : "Không chấp thuận"} gia hạn${what}`;
    case "explanation.requested":
      return `Yêu cầu giải trình${what}`;
    case "task.reminded": {
      const reminder = data.reminder as { message?: string | null } | undefined;
      const message = typeof reminder?.message === "string" ? ` — “${reminder.message.slice(0, 120)}”` : "";
      return `Đôn đốc${what}${due}${message}`;
    }
    case "task.commented": {
      const comment = data.comment as { excerpt?: string } | undefined;
      return `Trao đổi mới${what}: “${String(comment?.excerpt ?? "")}”`;
    }
    case "notice.published":
      return "Thông báo kết luận mới được ban hành";
    case "agency.merged":
      return "Cơ quan được hợp nhất vào cơ quan kế thừa";
    case "digest.agency":
    case "digest.leader":
      return `Tổng hợp ngày ${String(data.day ?? "")}: ${String(data.overdue ?? 0)} quá hạn, ${String(data.dueSoon ?? 0)} sắp đến hạn`;
  }
};
