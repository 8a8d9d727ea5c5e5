/**
 * What an audit entry says, in words: one table from the API's audit action (`notice.published`)
 * to a sentence (“đã công bố thông báo 12/TB-UBND”) and the values it names — the notice, the task,
 * the subject's name, a date from the row's data. Every action the API writes has its line here
 * (checked by `audit-message.test.ts` against the API's audit writes).
 */
import type { Schemas } from "../../api/client.js";
import { formatDate } from "../../lib/dates.js";

export type AuditEntry = Schemas["AuditEntry"];

/** The values a sentence names. */
export interface MessageValues {
  readonly notice: string;
  readonly task: string;
  readonly label: string;
  readonly date: string;
  readonly percent: string;
  readonly name: string;
}

type Values = (e: AuditEntry) => Partial<MessageValues>;

const field = (data: unknown, key: string): unknown =>
  typeof data === "object" && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)[key]
    : undefined;

const text = (x: unknown): string => (typeof x === "string" ? x : typeof x === "number" ? String(x) : "");

/** A day of the row's `after` (or `before`) data, `dd/MM/yyyy`. */
const dayOf =
  (key: string): Values =>
  (e) => ({ date: formatDate(text(field(e.after, key) ?? field(e.before, key))) });

const none: Values = () => ({});

/**
 * The sentence key (under `auditLog.what.`) and extra values of each action. The key is the
 * action with `.` → `_`; the values are what the sentence needs beyond the notice, task and label.
 */
export const auditMessages: Readonly<Record<string, Values>> = {
  "notice.created": none,
  "notice.imported": none,
  "notice.updated": none,
  "notice.published": none,
  "notice.archived": none,
  "notice.issuer_succeeded": none,
  "directive.updated": none,
  "task.created": none,
  "task.imported": none,
  "task.updated": none,
  "task.opened": none,
  "task.completed": dayOf("completed_on"),
  "task.done": dayOf("completed_on"),
  "task.completion_submitted": none,
  "task.completion_accepted": none,
  "task.completion_returned": none,
  "task.reminded": none,
  "task.pause": none,
  "task.resume": none,
  "task.cancel": none,
  "task.reopen": none,
  "task.reopened": none,
  "task.deleted": none,
  "task.deadline_extended": dayOf("due_on"),
  "task.deadline_moved": dayOf("due_on"),
  "task.extension_requested": none,
  "task.progress": (e) => ({ percent: text(field(e.after, "progress_percent")) }),
  "task.delegated": none,
  "task.delegation_revoked": none,
  "task.agency_succeeded": (e) => ({ name: text(field(e.after, "lead_name")) }),
  "task.watched": none,
  "task.unwatched": none,
  "task.handler_assigned": (e) => ({ name: text(field(e.after, "handler_name")) }),
  "task.handler_unassigned": (e) => ({ name: text(field(e.before, "handler_name")) }),
  "progress.reported": none,
  "attachment.added": (e) => ({ name: text(field(e.after, "file_name")) }),
  "extension.requested": dayOf("requested_due_on"),
  "extension.approved": dayOf("approved_due_on"),
  "extension.rejected": none,
  "extension.withdrawn": none,
  "extension.decided": none,
  "explanation.requested": none,
  "explanation.answered": none,
  "agency.created": none,
  "agency.updated": none,
  "agency.merged": none,
  "directory.seeded": none,
  "calendar.year_set": (e) => ({ label: e.entityId }),
  "policy.set": none,
  "resolution.created": (e) => ({ label: text(field(e.after, "code")) }),
  "resolution.updated": (e) => ({ label: text(field(e.after, "code")) }),
  "user.created": none,
  "user.updated": none,
  "user.password_changed": none,
  "user.password_reset": none,
  "apikey.created": (e) => ({ label: text(field(e.after, "name")) }),
  "apikey.revoked": none,
  "feed.created": none,
  "feed.revoked": none,
  "import.started": none,
  "webhook.created": (e) => ({ label: text(field(e.after, "url")) }),
  "webhook.updated": (e) => ({ label: text(field(e.after, "url")) }),
  "webhook.deleted": none,
  "webhook.replayed": none,
};

/** The i18n key of an action's sentence, or `null` for an action this table does not know. */
export function messageKey(action: string): string | null {
  return Object.hasOwn(auditMessages, action) ? `auditLog.what.${action.replace(/\./g, "_")}` : null;
}

/** The values of an entry's sentence; `unknown` names what the entry does not tell. */
export function messageValues(e: AuditEntry, unknown: string): MessageValues {
  const extra = (auditMessages[e.action] ?? none)(e);
  const s = e.subject;
  return {
    notice: s.noticeLabel ?? unknown,
    task: s.taskLabel ?? unknown,
    label: extra.label || s.label || unknown,
    date: extra.date || unknown,
    percent: extra.percent || "0",
    name: extra.name || unknown,
  };
}
