/**
 * The first schema: directory, notices, directives, tasks and their follow-up records, users,
 * sessions, API keys, the calendar, policy packs, idempotency records and the append-only audit log.
 * Dates are ISO `YYYY-MM-DD` text (compared as strings, indexable, identical on both engines);
 * instants are `timestamptz`; structured values are `jsonb`.
 */
import type { Kysely } from "kysely";
import { sql } from "kysely";

const statements = [
  `create table agencies (
    id text primary key,
    name text not null,
    short_names jsonb not null default '[]',
    kind text not null,
    parent_id text references agencies(id),
    aliases jsonb not null default '[]',
    valid_from text,
    valid_to text,
    successor_id text references agencies(id),
    search_text text not null default '',
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create table agency_groups (
    id text primary key,
    name text not null,
    phrases jsonb not null default '[]',
    owner_id text,
    includes jsonb not null default '[]',
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create table agency_group_members (
    group_id text not null references agency_groups(id) on delete cascade,
    agency_id text not null references agencies(id),
    primary key (group_id, agency_id)
  )`,
  `create table users (
    id text primary key,
    username text not null unique,
    display_name text not null,
    password_hash text not null,
    role text not null check (role in ('admin','secretariat','agency_officer','leader','integrator')),
    agency_id text references agencies(id),
    must_change_password boolean not null default false,
    disabled boolean not null default false,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create table sessions (
    token_hash text primary key,
    user_id text not null references users(id) on delete cascade,
    csrf_token text not null,
    expires_at timestamptz not null,
    created_at timestamptz not null default now()
  )`,
  `create table login_failures (
    id bigint generated always as identity primary key,
    username text not null,
    at timestamptz not null default now()
  )`,
  `create index login_failures_username_at on login_failures (username, at)`,
  `create table api_keys (
    id text primary key,
    name text not null,
    prefix text not null unique,
    secret_hash text not null,
    scopes jsonb not null,
    agency_id text references agencies(id),
    created_by text references users(id),
    created_at timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at timestamptz,
    version integer not null default 1
  )`,
  `create table resolutions (
    id text primary key,
    code text not null,
    issuer text not null,
    issued_on text,
    title text not null,
    goals jsonb not null default '[]',
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create table notices (
    id text primary key,
    number text,
    symbol text,
    issuer text,
    place text,
    issued_on text,
    meeting_on text,
    subject text,
    chair jsonb,
    attendees jsonb not null default '[]',
    doc_references jsonb not null default '[]',
    recipients jsonb not null default '[]',
    signer jsonb,
    source_text text not null,
    warnings jsonb not null default '[]',
    resolution_id text references resolutions(id),
    lifecycle text not null default 'draft' check (lifecycle in ('draft','published','archived')),
    search_text text not null default '',
    created_by text,
    published_at timestamptz,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create table directives (
    id text primary key,
    notice_id text not null references notices(id) on delete cascade,
    path text not null,
    position integer not null,
    text text not null,
    informational boolean not null default false,
    span jsonb
  )`,
  `create index directives_notice on directives (notice_id, position)`,
  `create table tasks (
    id text primary key,
    notice_id text not null references notices(id),
    directive_id text references directives(id) on delete cascade,
    lead_agency_id text references agencies(id),
    lead_name text not null,
    lead_group_id text references agency_groups(id),
    is_collective boolean not null default false,
    fanned_from_id text references tasks(id),
    coordinators jsonb not null default '[]',
    mode text not null default 'assigned',
    action text not null,
    deadline jsonb,
    due_on text,
    original_due_on text,
    lifecycle text not null default 'draft' check (lifecycle in ('draft','open','done','paused','cancelled')),
    completed_on text,
    resolution_id text references resolutions(id),
    delegated_to_agency_id text references agencies(id),
    delegated_to_user_id text references users(id),
    decision_ref text,
    progress_percent integer not null default 0,
    search_text text not null default '',
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index tasks_overdue_by_agency on tasks (lead_agency_id, due_on, id) where lifecycle = 'open'`,
  `create index tasks_open_due on tasks (due_on, id) where lifecycle = 'open'`,
  `create index tasks_due on tasks (due_on, id)`,
  `create index tasks_notice on tasks (notice_id)`,
  `create index tasks_resolution on tasks (resolution_id) where resolution_id is not null`,
  `create index tasks_lead on tasks (lead_agency_id, id)`,
  `create index tasks_delegated on tasks (delegated_to_agency_id) where delegated_to_agency_id is not null`,
  `create table task_watchers (
    task_id text not null references tasks(id) on delete cascade,
    user_id text not null references users(id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (task_id, user_id)
  )`,
  `create table progress_reports (
    id text primary key,
    task_id text not null references tasks(id) on delete cascade,
    author_id text not null,
    body text not null,
    percent integer,
    created_at timestamptz not null default now()
  )`,
  `create index progress_reports_task on progress_reports (task_id, created_at)`,
  `create table attachments (
    id text primary key,
    report_id text not null references progress_reports(id) on delete cascade,
    file_name text not null,
    content_type text not null,
    size_bytes integer not null,
    sha256 text not null,
    storage_key text not null,
    created_at timestamptz not null default now()
  )`,
  `create table extension_requests (
    id text primary key,
    task_id text not null references tasks(id) on delete cascade,
    requested_by text not null,
    reason text not null,
    current_due_on text,
    requested_due_on text not null,
    status text not null default 'pending' check (status in ('pending','approved','rejected','withdrawn')),
    decided_by text,
    decided_at timestamptz,
    decision_note text,
    decision_ref text,
    approved_due_on text,
    version integer not null default 1,
    created_at timestamptz not null default now()
  )`,
  `create index extension_requests_task on extension_requests (task_id, created_at)`,
  `create index extension_requests_pending on extension_requests (status) where status = 'pending'`,
  `create table explanation_requests (
    id text primary key,
    task_id text not null references tasks(id) on delete cascade,
    requested_by text not null,
    question text not null,
    reply_due_on text,
    answer text,
    answered_by text,
    answered_at timestamptz,
    status text not null default 'open' check (status in ('open','answered')),
    version integer not null default 1,
    created_at timestamptz not null default now()
  )`,
  `create index explanation_requests_task on explanation_requests (task_id, created_at)`,
  `create table calendar_years (
    year integer primary key,
    source text not null default '',
    version integer not null default 1,
    updated_at timestamptz not null default now()
  )`,
  `create table calendar_days (
    day text primary key,
    year integer not null references calendar_years(year) on delete cascade,
    kind text not null check (kind in ('holiday','day-off','make-up')),
    name text not null
  )`,
  `create table policy_settings (
    id integer primary key check (id = 1),
    pack jsonb not null,
    version integer not null default 1,
    updated_at timestamptz not null default now()
  )`,
  `create table idempotency_records (
    principal text not null,
    key text not null,
    request_hash text not null,
    status integer,
    headers jsonb,
    body text,
    created_at timestamptz not null default now(),
    primary key (principal, key)
  )`,
  `create table audit_log (
    id bigint generated always as identity primary key,
    at timestamptz not null default now(),
    actor text not null,
    action text not null,
    entity text not null,
    entity_id text not null,
    before jsonb,
    after jsonb,
    request_id text
  )`,
  `create index audit_log_entity on audit_log (entity, entity_id, id)`,
  `create index audit_log_at on audit_log (at, id)`,
  `create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = '42501';
    end
  $$`,
  `create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only()`,
  `create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error("The initial migration cannot be reverted.");
}
