/**
 * AccessPolicy — the one answer to “what may this caller see and do”. A caller's reach is one of:
 * everything (administrator, leader, an unbound integrator key), one issuing body (a secretariat:
 * the notices it follows up and their tasks), or one agency (an officer or an agency-bound key:
 * the published work led by or delegated to that agency). Every read and write — lists, details,
 * feeds, audit, imports, exports, reports — asks this module for its SQL condition; what is outside
 * the reach does not exist for the caller (404). Permissions by role and key scope are in
 * `auth/permission.ts`; this module narrows them by reach.
 */
import type { ExpressionBuilder } from "kysely";

import type { Permission } from "../auth/permission.js";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/schema.js";

/** What a caller can reach. */
export type Reach =
  | { readonly kind: "all" }
  | { readonly kind: "agency"; readonly agencyId: string }
  /** `issuerId` is `null` until an administrator assigns one: the caller then reaches nothing. */
  | { readonly kind: "issuer"; readonly issuerId: string | null };

/** The reach of a principal: an agency binding wins (officers, agency-bound keys), then an issuer. */
export const reachOf = (p: Principal): Reach => {
  if (p.agencyId !== null && p.role !== "admin") return { kind: "agency", agencyId: p.agencyId };
  if (p.role === "secretariat") return { kind: "issuer", issuerId: p.issuerId };
  return { kind: "all" };
};

/** A key naming what a reach admits: callers with the same key see the same rows (page caches). */
export const reachKey = (p: Principal): string => {
  const r = reachOf(p);
  return r.kind === "agency"
    ? `agency:${r.agencyId}`
    : r.kind === "issuer"
      ? `issuer:${r.issuerId ?? ""}`
      : "all";
};

/**
 * What an agency-bound caller may never do, whatever its role or key scopes: write notices (and so
 * change their issuer), manage the directory, the rules, accounts and keys, or import sheets.
 */
const OUTSIDE_AN_AGENCY: ReadonlySet<Permission> = new Set<Permission>([
  "notices.write",
  "resolutions.write",
  "agencies.write",
  "calendar.write",
  "policy.write",
  "users.manage",
  "apikeys.manage",
  "tasks.manage",
  "tasks.decide",
]);

/** The permissions a principal holds within its reach. */
export const permissionsWithin = (reach: Reach, granted: Iterable<Permission>): ReadonlySet<Permission> =>
  new Set([...granted].filter((x) => reach.kind !== "agency" || !OUTSIDE_AN_AGENCY.has(x)));

/** The tasks a caller may see: its agency's published tasks (led or delegated), its issuer's, or all. */
export const tasks = (p: Principal) => (eb: ExpressionBuilder<Database, "tasks">) => {
  const r = reachOf(p);
  if (r.kind === "agency")
    return eb.and([
      eb("tasks.lifecycle", "!=", "draft"),
      eb.or([
        eb("tasks.lead_agency_id", "=", r.agencyId),
        eb("tasks.delegated_to_agency_id", "=", r.agencyId),
      ]),
    ]);
  if (r.kind === "issuer")
    return r.issuerId === null ? eb.lit(false) : eb("tasks.issuer_agency_id", "=", r.issuerId);
  return eb.lit(true);
};

/**
 * The notices a caller may see: its issuer's (drafts included), the published notices that give
 * its agency work, or all.
 */
export const notices = (p: Principal) => (eb: ExpressionBuilder<Database, "notices">) => {
  const r = reachOf(p);
  if (r.kind === "agency")
    return eb.and([
      eb("notices.lifecycle", "!=", "draft"),
      eb(
        "notices.id",
        "in",
        eb
          .selectFrom("tasks")
          .select("tasks.notice_id")
          .where((t) =>
            t.or([
              t("tasks.lead_agency_id", "=", r.agencyId),
              t("tasks.delegated_to_agency_id", "=", r.agencyId),
            ]),
          ),
      ),
    ]);
  if (r.kind === "issuer")
    return r.issuerId === null ? eb.lit(false) : eb("notices.issuer_agency_id", "=", r.issuerId);
  return eb.lit(true);
};

/** The import jobs a caller may see: its issuer's, or all; an agency reaches none. */
export const importJobs = (p: Principal) => (eb: ExpressionBuilder<Database, "import_jobs">) => {
  const r = reachOf(p);
  if (r.kind === "agency") return eb.lit(false);
  if (r.kind === "issuer")
    return r.issuerId === null ? eb.lit(false) : eb("import_jobs.issuer_agency_id", "=", r.issuerId);
  return eb.lit(true);
};

/**
 * The audit rows a caller may read: everything for a caller who reaches everything; otherwise its
 * own actions and the history of what it reaches — notices (and their directives), tasks and what
 * was reported, asked and decided on them, and import jobs.
 */
export const auditRows = (p: Principal, actor: string) => (eb: ExpressionBuilder<Database, "audit_log">) => {
  const r = reachOf(p);
  if (r.kind === "all") return eb.lit(true);
  const own = eb("audit_log.actor", "=", actor);
  if (r.kind === "issuer" && r.issuerId === null) return own;
  const taskIds = eb.selectFrom("tasks").select("tasks.id").where(tasks(p));
  const noticeIds = eb.selectFrom("notices").select("notices.id").where(notices(p));
  const about = (entity: string, ids: Parameters<typeof eb>[2]) =>
    eb.and([eb("audit_log.entity", "=", entity), eb("audit_log.entity_id", "in", ids)]);
  return eb.or([
    own,
    about("task", taskIds),
    about("notice", noticeIds),
    about(
      "directive",
      eb.selectFrom("directives").select("directives.id").where("directives.notice_id", "in", noticeIds),
    ),
    ...(["progress_reports", "extension_requests", "explanation_requests"] as const).map((table) =>
      about(
        table.slice(0, -1),
        eb.selectFrom(table).select(`${table}.id`).where(`${table}.task_id`, "in", taskIds),
      ),
    ),
    about(
      "attachment",
      eb
        .selectFrom("attachments")
        .innerJoin("progress_reports", "progress_reports.id", "attachments.report_id")
        .select("attachments.id")
        .where("progress_reports.task_id", "in", taskIds),
    ),
    about("import_job", eb.selectFrom("import_jobs").select("import_jobs.id").where(importJobs(p))),
  ]);
};
