/**
 * The office's acceptance of completion (issue 13 point 4, issue 17 point 6): a task may wait in
 * `submitted` (reported done by its agency, not yet accepted by the office), carrying the agency's
 * completion report (`completion_report`: the day stated, note, evidence, and the office's decision)
 * and the office's last return with its reason (`completion_return`, kept after a new report).
 * The values are the domain's `CompletionReport` and `CompletionDecision`.
 */
import type { Kysely } from "kysely";
import { sql } from "kysely";

const statements = [
  `alter table tasks drop constraint tasks_lifecycle_check`,
  `alter table tasks add constraint tasks_lifecycle_check
    check (lifecycle in ('draft','open','submitted','done','paused','cancelled'))`,
  `alter table tasks add column completion_report jsonb`,
  `alter table tasks add column completion_return jsonb`,
];

export const up = async (db: Kysely<unknown>): Promise<void> => {
  for (const s of statements) await sql.raw(s).execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql.raw(`update tasks set lifecycle = 'open' where lifecycle = 'submitted'`).execute(db);
  for (const s of [
    `alter table tasks drop column completion_return`,
    `alter table tasks drop column completion_report`,
    `alter table tasks drop constraint tasks_lifecycle_check`,
    `alter table tasks add constraint tasks_lifecycle_check
      check (lifecycle in ('draft','open','done','paused','cancelled'))`,
  ])
    await sql.raw(s).execute(db);
};
