/**
 * Integrations (issue 8): the transactional outbox of domain events, webhook subscriptions with
 * their deliveries and attempt log, the scheduler's once-per-day ledger (reminders, digests), in-app
 * notifications, calendar feed tokens, and spreadsheet import jobs with the external ids they map.
 */
import type { Kysely } from "kysely";
import { sql } from "kysely";

const statements = [
  `create table outbox_events (
    id bigint generated always as identity primary key,
    event_id text not null unique,
    type text not null,
    agency_ids jsonb not null default '[]',
    task_id text,
    payload jsonb not null,
    occurred_at timestamptz not null default now(),
    dispatched_at timestamptz
  )`,
  `create index outbox_events_pending on outbox_events (id) where dispatched_at is null`,
  `create table webhook_subscriptions (
    id text primary key,
    url text not null,
    secret text not null,
    event_types jsonb not null,
    agency_id text references agencies(id),
    description text not null default '',
    active boolean not null default true,
    created_by text,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create table webhook_deliveries (
    id text primary key,
    subscription_id text not null references webhook_subscriptions(id) on delete cascade,
    outbox_id bigint not null references outbox_events(id),
    status text not null default 'pending' check (status in ('pending','delivered','failed')),
    attempts integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    locked_until timestamptz,
    last_status_code integer,
    last_error text,
    delivered_at timestamptz,
    created_at timestamptz not null default now(),
    unique (subscription_id, outbox_id)
  )`,
  `create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending'`,
  `create index webhook_deliveries_subscription on webhook_deliveries (subscription_id, created_at)`,
  `create table webhook_attempts (
    id bigint generated always as identity primary key,
    delivery_id text not null references webhook_deliveries(id) on delete cascade,
    attempt integer not null,
    at timestamptz not null default now(),
    status_code integer,
    error text,
    duration_ms integer not null
  )`,
  `create index webhook_attempts_delivery on webhook_attempts (delivery_id, attempt)`,
  `create table scheduled_sends (
    subject text not null,
    kind text not null,
    day text not null,
    at timestamptz not null default now(),
    primary key (subject, kind, day)
  )`,
  `create table scheduler_days (
    day text primary key,
    finished_at timestamptz not null default now()
  )`,
  `create table notifications (
    id text primary key,
    user_id text not null references users(id) on delete cascade,
    outbox_id bigint not null references outbox_events(id),
    type text not null,
    title text not null,
    task_id text,
    created_at timestamptz not null default now(),
    read_at timestamptz,
    unique (user_id, outbox_id)
  )`,
  `create index notifications_user on notifications (user_id, id)`,
  `create index notifications_unread on notifications (user_id) where read_at is null`,
  `create table feed_tokens (
    id text primary key,
    token_hash text not null unique,
    kind text not null check (kind in ('agency','user')),
    agency_id text references agencies(id),
    user_id text references users(id) on delete cascade,
    name text not null default '',
    created_by text,
    created_at timestamptz not null default now(),
    revoked_at timestamptz
  )`,
  `create table import_jobs (
    id text primary key,
    status text not null check (status in ('parsing','previewed','applying','applied','failed')),
    source text not null,
    file_name text not null,
    mapping jsonb not null,
    total integer not null default 0,
    processed integer not null default 0,
    rows jsonb,
    report jsonb,
    error text,
    created_by text,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create table task_external_ids (
    source text not null,
    external_id text not null,
    task_id text not null references tasks(id) on delete cascade,
    primary key (source, external_id)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error("The integrations migration cannot be reverted.");
}
