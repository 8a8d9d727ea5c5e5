/**
 * AuditSubjects — which audit rows are about a set of tasks or notices: the task rows themselves
 * and what was reported, asked, decided and said on them (progress reports and their attachments,
 * extension and explanation requests, reminders, comments and their attachments); a notice's rows, its directives' and its tasks'. The access
 * policy (what a caller may read) and the audit list's filters (by notice, task, agency) both ask
 * here, so the two never disagree on what belongs to a task.
 */
import type { ExpressionBuilder, SelectQueryBuilder } from "kysely";

import type { Database } from "../db/schema.js";

type Eb = ExpressionBuilder<Database, "audit_log">;
/** A sub-query of ids (a one-column select). */
// biome-ignore lint/suspicious/noExplicitAny: a select over any table
type AnyTables = any;
export type Ids = SelectQueryBuilder<
  Database,
  AnyTables,
  { id: string } | { task_id: string } | { notice_id: string }
>;

/** The condition “the row is about an entity of kind `entity` whose id is in `ids`”. */
export const about = (eb: Eb, entity: string, ids: Ids | readonly string[]) =>
  eb.and([eb("audit_log.entity", "=", entity), eb("audit_log.entity_id", "in", ids as never)]);

/** The rows about the tasks `taskIds` and what was reported, asked and decided on them. */
export const aboutTasks = (eb: Eb, taskIds: Ids) => [
  about(eb, "task", taskIds),
  ...(
    [
      "progress_reports",
      "extension_requests",
      "explanation_requests",
      "task_reminders",
      "task_comments",
    ] as const
  ).map((table) =>
    about(
      eb,
      table.slice(0, -1),
      eb
        .selectFrom(table)
        .select(`${table}.id`)
        .where(`${table}.task_id`, "in", taskIds as never),
    ),
  ),
  about(
    eb,
    "attachment",
    eb
      .selectFrom("attachments")
      .innerJoin("progress_reports", "progress_reports.id", "attachments.report_id")
      .select("attachments.id")
      .where("progress_reports.task_id", "in", taskIds as never),
  ),
  about(
    eb,
    "attachment",
    eb
      .selectFrom("attachments")
      .innerJoin("task_comments", "task_comments.id", "attachments.comment_id")
      .select("attachments.id")
      .where("task_comments.task_id", "in", taskIds as never),
  ),
];

/** The rows about the notices `noticeIds` and their directives (not their tasks). */
export const aboutNotices = (eb: Eb, noticeIds: Ids) => [
  about(eb, "notice", noticeIds),
  about(
    eb,
    "directive",
    eb
      .selectFrom("directives")
      .select("directives.id")
      .where("directives.notice_id", "in", noticeIds as never),
  ),
];
