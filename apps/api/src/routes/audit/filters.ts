/**
 * The audit list's filters, as SQL: by notice (its rows, its directives', its tasks' and what was
 * done on them), by task (the same for one task), by agency (the agency's own rows, the tasks it
 * leads or was delegated and the notices it issued), by actor, by action, and by a range of local
 * days (Asia/Ho_Chi_Minh). Which rows belong to a task or a notice is `AuditSubjects`'s answer, the
 * same the access policy uses.
 */
import type { SelectQueryBuilder } from "kysely";

import type { Database } from "../../db/schema.js";
import * as AuditSubjects from "../../services/audit-subjects.js";

export interface AuditFilters {
  readonly entity?: string | undefined;
  readonly entityId?: string | undefined;
  readonly actor?: string | undefined;
  readonly action?: string | undefined;
  readonly noticeId?: string | undefined;
  readonly taskId?: string | undefined;
  readonly agencyId?: string | undefined;
  /** First local day (inclusive), `YYYY-MM-DD`. */
  readonly from?: string | undefined;
  /** Last local day (inclusive), `YYYY-MM-DD`. */
  readonly to?: string | undefined;
}

/** The instant a local day (Asia/Ho_Chi_Minh, UTC+7, no daylight saving) starts. */
export const startOfLocalDay = (day: string): Date => new Date(`${day}T00:00:00+07:00`);

const DAY_MS = 86_400_000;

// biome-ignore lint/suspicious/noExplicitAny: the select list of the caller's query
type Q = SelectQueryBuilder<Database, "audit_log", any>;

/** `q` narrowed by every filter given. */
export const apply = (q: Q, f: AuditFilters): Q => {
  let out = q;
  if (f.entity !== undefined) out = out.where("audit_log.entity", "=", f.entity);
  if (f.entityId !== undefined) out = out.where("audit_log.entity_id", "=", f.entityId);
  if (f.actor !== undefined) out = out.where("audit_log.actor", "=", f.actor);
  if (f.action !== undefined) out = out.where("audit_log.action", "=", f.action);
  if (f.from !== undefined) out = out.where("audit_log.at", ">=", startOfLocalDay(f.from));
  if (f.to !== undefined)
    out = out.where("audit_log.at", "<", new Date(startOfLocalDay(f.to).getTime() + DAY_MS));
  const { taskId, noticeId, agencyId } = f;
  if (taskId !== undefined)
    out = out.where((eb) =>
      eb.or(
        AuditSubjects.aboutTasks(
          eb,
          eb.selectFrom("tasks").select("tasks.id").where("tasks.id", "=", taskId),
        ),
      ),
    );
  if (noticeId !== undefined)
    out = out.where((eb) =>
      eb.or([
        ...AuditSubjects.aboutNotices(
          eb,
          eb.selectFrom("notices").select("notices.id").where("notices.id", "=", noticeId),
        ),
        ...AuditSubjects.aboutTasks(
          eb,
          eb.selectFrom("tasks").select("tasks.id").where("tasks.notice_id", "=", noticeId),
        ),
      ]),
    );
  if (agencyId !== undefined)
    out = out.where((eb) =>
      eb.or([
        AuditSubjects.about(eb, "agency", [agencyId]),
        ...AuditSubjects.aboutNotices(
          eb,
          eb.selectFrom("notices").select("notices.id").where("notices.issuer_agency_id", "=", agencyId),
        ),
        ...AuditSubjects.aboutTasks(
          eb,
          eb
            .selectFrom("tasks")
            .select("tasks.id")
            .where((t) =>
              t.or([
                t("tasks.lead_agency_id", "=", agencyId),
                t("tasks.delegated_to_agency_id", "=", agencyId),
              ]),
            ),
        ),
      ]),
    );
  return out;
};
