/**
 * Which audit rows a caller may read. A secretariat reads the history of its issuer's work — the
 * notices, their directives and tasks, what was reported, asked and decided on those tasks, its
 * imports — and its own actions; the other readers (administrator, leader) read everything.
 */
import type { ExpressionBuilder } from "kysely";

import type { Principal } from "../auth/principal.js";
import { actor, isIssuerBound } from "../auth/principal.js";
import type { Database } from "../db/schema.js";
import * as ImportJob from "../integrations/import/job.js";
import * as Notices from "./notices.js";
import * as Tasks from "./tasks.js";

type Eb = ExpressionBuilder<Database, "audit_log">;

export const visibleTo = (p: Principal) => (eb: Eb) => {
  if (!isIssuerBound(p)) return eb.lit(true);
  const own = eb("audit_log.actor", "=", actor(p));
  if (p.issuerId === null) return own;
  const tasks = eb.selectFrom("tasks").select("tasks.id").where(Tasks.visibleTo(p));
  const notices = eb.selectFrom("notices").select("notices.id").where(Notices.visibleTo(p));
  const about = (entity: string, ids: Parameters<typeof eb>[2]) =>
    eb.and([eb("audit_log.entity", "=", entity), eb("audit_log.entity_id", "in", ids)]);
  return eb.or([
    own,
    about("task", tasks),
    about("notice", notices),
    about(
      "directive",
      eb.selectFrom("directives").select("directives.id").where("directives.notice_id", "in", notices),
    ),
    ...(["progress_reports", "extension_requests", "explanation_requests"] as const).map((table) =>
      about(
        table.slice(0, -1),
        eb.selectFrom(table).select(`${table}.id`).where(`${table}.task_id`, "in", tasks),
      ),
    ),
    about(
      "attachment",
      eb
        .selectFrom("attachments")
        .innerJoin("progress_reports", "progress_reports.id", "attachments.report_id")
        .select("attachments.id")
        .where("progress_reports.task_id", "in", tasks),
    ),
    about("import_job", eb.selectFrom("import_jobs").select("import_jobs.id").where(ImportJob.visibleTo(p))),
  ]);
};
