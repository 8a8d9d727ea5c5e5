/**
 * The Kysely table types of the schema in `migrations/`. JSON columns are typed by what the code
 * writes; dates are ISO strings; instants come back as `Date`.
 */
import type {
  Agency,
  CompletionReport,
  DeadlineRule,
  Notice,
  ParsedNotice,
  TaskLifecycle as TaskLifecycleOf,
} from "@dondoc/domain";
import type { ColumnType, Generated } from "kysely";

type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type JsonNull<T> = ColumnType<T | null, string | null, string | null>;
/** A JSON column that may be left out on insert (null). */
type JsonOptional<T> = ColumnType<T | null, string | null | undefined, string | null>;
type JsonDefault<T> = ColumnType<T, string | undefined, string>;
type Version = ColumnType<number, number | undefined, number>;

export interface AgencyTable {
  id: string;
  name: string;
  short_names: JsonDefault<string[]>;
  kind: Agency.AgencyKind;
  parent_id: string | null;
  aliases: JsonDefault<string[]>;
  valid_from: string | null;
  valid_to: string | null;
  successor_id: string | null;
  search_text: ColumnType<string, string | undefined, string>;
  version: Version;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface AgencyGroupTable {
  id: string;
  name: string;
  phrases: JsonDefault<string[]>;
  owner_id: string | null;
  includes: JsonDefault<string[]>;
  version: Version;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface AgencyGroupMemberTable {
  group_id: string;
  agency_id: string;
}

export type Role = "admin" | "secretariat" | "agency_officer" | "leader" | "integrator";

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  agency_id: string | null;
  /** The issuing bodies a secretariat account follows up (migration 0400); `[]` for other roles. */
  issuer_ids: JsonDefault<string[]>;
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  disabled: ColumnType<boolean, boolean | undefined, boolean>;
  version: Version;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  expires_at: Stamp;
  created_at: Stamp;
}

/** Sign-in throttling state per key (`user:…`, `addr:…`, `pair:…`), migration 0600. */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_at: Date;
  locked_until: Date | null;
}

export interface ApiKeyTable {
  id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  scopes: Json<string[]>;
  agency_id: string | null;
  /** The issuing bodies whose work the key reaches (migration 0400); `[]` reaches nothing. */
  issuer_ids: JsonDefault<string[]>;
  created_by: string | null;
  created_at: Stamp;
  last_used_at: Date | null;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  version: Version;
}

export interface ResolutionTable {
  id: string;
  code: string;
  issuer: string;
  issued_on: string | null;
  title: string;
  goals: JsonDefault<string[]>;
  version: Version;
  created_at: Stamp;
  updated_at: Stamp;
}

export type NoticeLifecycle = Notice.NoticeLifecycle;

export interface NoticeTable {
  id: string;
  number: string | null;
  symbol: string | null;
  issuer: string | null;
  place: string | null;
  issued_on: string | null;
  meeting_on: string | null;
  subject: string | null;
  chair: JsonNull<{ name: string | null; title: string | null }>;
  attendees: JsonDefault<string[]>;
  doc_references: JsonDefault<{ code: string; issuedOn: string | null }[]>;
  recipients: JsonDefault<string[]>;
  signer: JsonNull<{ authority: string | null; title: string | null; name: string | null }>;
  source_text: string;
  warnings: JsonDefault<{ code: string; message: string; span: { start: number; end: number } | null }[]>;
  resolution_id: string | null;
  /** The issuing body whose secretariat follows this notice up. */
  issuer_agency_id: ColumnType<string | null, string | null | undefined, string | null>;
  lifecycle: ColumnType<NoticeLifecycle, NoticeLifecycle | undefined, NoticeLifecycle>;
  search_text: ColumnType<string, string | undefined, string>;
  created_by: string | null;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  version: Version;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface DirectiveTable {
  id: string;
  notice_id: string;
  path: string;
  position: number;
  text: string;
  informational: boolean;
  span: JsonNull<{ start: number; end: number }>;
}

export type TaskLifecycle = TaskLifecycleOf.TaskLifecycle;

export interface TaskDeadline {
  phrase: string | null;
  kind: DeadlineRule.DeadlineKind;
  derivation: DeadlineRule.Derivation | null;
  rule: unknown;
  recurrence: unknown;
}

export interface Coordinator {
  name: string;
  agencyId: string | null;
}

export interface TaskTable {
  id: string;
  notice_id: string;
  directive_id: string | null;
  lead_agency_id: string | null;
  lead_name: string;
  lead_group_id: string | null;
  is_collective: ColumnType<boolean, boolean | undefined, boolean>;
  fanned_from_id: string | null;
  coordinators: JsonDefault<Coordinator[]>;
  mode: ColumnType<ParsedNotice.TaskMode, ParsedNotice.TaskMode | undefined, ParsedNotice.TaskMode>;
  action: string;
  deadline: JsonNull<TaskDeadline>;
  due_on: string | null;
  original_due_on: string | null;
  lifecycle: ColumnType<TaskLifecycle, TaskLifecycle | undefined, TaskLifecycle>;
  completed_on: string | null;
  /** The agency's latest completion report (the domain's `CompletionReport`), migration 0700. */
  completion_report: JsonOptional<CompletionReport.CompletionReport>;
  /** The office's last return of a completion report (`CompletionDecision`), migration 0700. */
  completion_return: JsonOptional<CompletionReport.CompletionDecision>;
  resolution_id: string | null;
  delegated_to_agency_id: string | null;
  delegated_to_user_id: string | null;
  /** The named officer of the lead agency handling the task (migration 0900). */
  handler_id: ColumnType<string | null, string | null | undefined, string | null>;
  handler_name: ColumnType<string | null, string | null | undefined, string | null>;
  decision_ref: string | null;
  progress_percent: ColumnType<number, number | undefined, number>;
  /** How many times the task was reminded (đôn đốc), and when last (migration 0800). */
  reminder_count: ColumnType<number, number | undefined, number>;
  last_reminded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  search_text: ColumnType<string, string | undefined, string>;
  /** The notice's issuer, copied by a trigger (never written by the code). */
  issuer_agency_id: ColumnType<string | null, never, never>;
  version: Version;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface TaskWatcherTable {
  task_id: string;
  user_id: string;
  created_at: Stamp;
}

export interface ProgressReportTable {
  id: string;
  task_id: string;
  author_id: string;
  body: string;
  percent: number | null;
  created_at: Stamp;
}

export interface AttachmentTable {
  id: string;
  /** The progress report or (migration 0800) the comment the file is attached to: one of the two. */
  report_id: string | null;
  comment_id: ColumnType<string | null, string | null | undefined, string | null>;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  created_at: Stamp;
}

/** One reminder (đôn đốc) of a task (migration 0800). */
export interface TaskReminderTable {
  id: string;
  /** The order reminders were written in (bigint as text). */
  seq: ColumnType<string, never, never>;
  task_id: string;
  /** The audit actor who reminded (`user:usr_…`). */
  reminded_by: string;
  message: string | null;
  created_at: Stamp;
}

/** One comment of a task's thread (migration 0800). */
export interface TaskCommentTable {
  id: string;
  /** The order comments were written in (bigint as text). */
  seq: ColumnType<string, never, never>;
  task_id: string;
  /** The audit actor who wrote it (`user:usr_…`). */
  author_id: string;
  body: string;
  /** The ids of the users it mentions. */
  mentions: JsonDefault<string[]>;
  created_at: Stamp;
}

export type ExtensionStatus = "pending" | "approved" | "rejected" | "withdrawn";

export interface ExtensionRequestTable {
  id: string;
  task_id: string;
  requested_by: string;
  reason: string;
  current_due_on: string | null;
  requested_due_on: string;
  status: ColumnType<ExtensionStatus, ExtensionStatus | undefined, ExtensionStatus>;
  decided_by: string | null;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  decision_note: string | null;
  decision_ref: string | null;
  approved_due_on: string | null;
  version: Version;
  created_at: Stamp;
}

export interface ExplanationRequestTable {
  id: string;
  task_id: string;
  requested_by: string;
  question: string;
  reply_due_on: string | null;
  answer: string | null;
  answered_by: string | null;
  answered_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  status: ColumnType<"open" | "answered", "open" | "answered" | undefined, "open" | "answered">;
  version: Version;
  created_at: Stamp;
}

export interface CalendarYearTable {
  year: number;
  source: ColumnType<string, string | undefined, string>;
  version: Version;
  updated_at: Stamp;
}

export interface CalendarDayTable {
  day: string;
  year: number;
  kind: "holiday" | "day-off" | "make-up";
  name: string;
}

export interface PolicySettingsTable {
  id: number;
  pack: Json<unknown>;
  version: Version;
  updated_at: Stamp;
}

export interface IdempotencyRecordTable {
  principal: string;
  key: string;
  request_hash: string;
  status: number | null;
  headers: ColumnType<Record<string, string> | null, string | null | undefined, string | null>;
  body: string | null;
  created_at: Stamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Stamp;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
  request_id: string | null;
}

export interface Database {
  agencies: AgencyTable;
  agency_groups: AgencyGroupTable;
  agency_group_members: AgencyGroupMemberTable;
  users: UserTable;
  sessions: SessionTable;
  login_throttle: LoginThrottleTable;
  api_keys: ApiKeyTable;
  resolutions: ResolutionTable;
  notices: NoticeTable;
  directives: DirectiveTable;
  tasks: TaskTable;
  task_watchers: TaskWatcherTable;
  progress_reports: ProgressReportTable;
  attachments: AttachmentTable;
  task_reminders: TaskReminderTable;
  task_comments: TaskCommentTable;
  extension_requests: ExtensionRequestTable;
  explanation_requests: ExplanationRequestTable;
  calendar_years: CalendarYearTable;
  calendar_days: CalendarDayTable;
  policy_settings: PolicySettingsTable;
  idempotency_records: IdempotencyRecordTable;
  audit_log: AuditLogTable;
  audit_chain: AuditChainTable;
}

/** One link of the audit hash chain per audit row, in commit order (migration 0600). */
export interface AuditChainTable {
  seq: string;
  audit_id: string;
  prev_hash: string;
  hash: string;
}

// ---------------------------------------------------------------- integrations (issue 8, migration 0100)

export interface OutboxEventTable {
  id: Generated<string>;
  event_id: string;
  type: string;
  agency_ids: JsonDefault<string[]>;
  task_id: string | null;
  payload: Json<unknown>;
  occurred_at: Stamp;
  dispatched_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface WebhookSubscriptionTable {
  id: string;
  url: string;
  /** The signing secret, sealed (`SecretBox`, AES-256-GCM); never in clear. */
  secret: string;
  event_types: Json<string[]>;
  agency_id: string | null;
  description: ColumnType<string, string | undefined, string>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: string | null;
  version: Version;
  created_at: Stamp;
  updated_at: Stamp;
}

export type DeliveryStatus = "pending" | "delivered" | "failed";

export interface WebhookDeliveryTable {
  id: string;
  subscription_id: string;
  outbox_id: string;
  status: ColumnType<DeliveryStatus, DeliveryStatus | undefined, DeliveryStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Stamp;
  locked_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Stamp;
}

export interface WebhookAttemptTable {
  id: Generated<string>;
  delivery_id: string;
  attempt: number;
  at: Stamp;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export interface ScheduledSendTable {
  subject: string;
  kind: string;
  day: string;
  at: Stamp;
}

export interface SchedulerDayTable {
  day: string;
  finished_at: Stamp;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  outbox_id: string;
  type: string;
  title: string;
  task_id: string | null;
  created_at: Stamp;
  read_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface FeedTokenTable {
  id: string;
  token_hash: string;
  kind: "agency" | "user";
  agency_id: string | null;
  user_id: string | null;
  name: ColumnType<string, string | undefined, string>;
  created_by: string | null;
  created_at: Stamp;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export type ImportStatus = "parsing" | "previewed" | "applying" | "applied" | "failed";

export interface ImportJobTable {
  id: string;
  status: ImportStatus;
  source: string;
  file_name: string;
  mapping: Json<Record<string, string>>;
  total: ColumnType<number, number | undefined, number>;
  processed: ColumnType<number, number | undefined, number>;
  rows: JsonNull<unknown>;
  report: JsonNull<unknown>;
  error: string | null;
  created_by: string | null;
  /** The issuing body whose notices this import reads and writes. */
  issuer_agency_id: ColumnType<string | null, string | null | undefined, string | null>;
  version: Version;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface TaskExternalIdTable {
  source: string;
  external_id: string;
  task_id: string;
}

// Declaration merging keeps the integration tables out of the block above.
export interface Database {
  outbox_events: OutboxEventTable;
  webhook_subscriptions: WebhookSubscriptionTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
  scheduled_sends: ScheduledSendTable;
  scheduler_days: SchedulerDayTable;
  notifications: NotificationTable;
  feed_tokens: FeedTokenTable;
  import_jobs: ImportJobTable;
  task_external_ids: TaskExternalIdTable;
}
