/**
 * AccessPolicy — the one answer to “what may this caller see and do”. A caller's reach is one of:
 * everything (administrator, leader), a set of issuing bodies (a secretariat: the notices it
 * follows up and their tasks; an API key: the issuers it is bound to), or one agency (an officer:
 * the published work led by or delegated to that agency; an agency-bound key: the same, within the
 * key's issuers). Every read and write — lists, details, feeds, audit, imports, exports, reports —
 * asks this module for its SQL condition; what is outside the reach does not exist for the caller
 * (404). Permissions by role and key scope are in `auth/permission.ts`; this module narrows them
 * by reach.
 */
import type { ExpressionBuilder } from "kysely";

import type { Permission } from "../auth/permission.js";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/schema.js";

/** What a caller can reach. An empty set of issuers reaches nothing (an account not yet assigned). */
export type Reach =
  | { readonly kind: "all" }
  /** `issuerIds` is `null` for an officer (any issuer's work given to its agency). */
  | { readonly kind: "agency"; readonly agencyId: string; readonly issuerIds: readonly string[] | null }
  | { readonly kind: "issuers"; readonly issuerIds: readonly string[] };

/**
 * The reach of a principal: an agency binding wins (officers, agency-bound keys, narrowed to the
 * key's issuers), then a set of issuers (secretariats, keys); an administrator or a leader
 * reaches everything.
 */
export const reachOf = (p: Principal): Reach => {
  if (p.agencyId !== null && p.role !== "admin")
    return { kind: "agency", agencyId: p.agencyId, issuerIds: p.issuerIds };
  if (p.issuerIds !== null) return { kind: "issuers", issuerIds: p.issuerIds };
  return { kind: "all" };
};

/** A key naming what a reach admits: callers with the same key see the same rows (page caches). */
export const reachKey = (p: Principal): string => {
  const r = reachOf(p);
  const issuers = (ids: readonly string[] | null) => (ids === null ? "*" : [...ids].sort().join(","));
  return r.kind === "agency"
    ? `agency:${r.agencyId}:${issuers(r.issuerIds)}`
    : r.kind === "issuers"
      ? `issuers:${issuers(r.issuerIds)}`
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

/** The condition “`column` is one of `ids`” (false for none, nothing for `null`). */
const within = <DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  column: Parameters<ExpressionBuilder<DB, TB>>[0],
  ids: readonly string[] | null,
) =>
  ids === null
    ? []
    : ids.length === 0
      ? [eb.lit(false)]
      : // biome-ignore lint/suspicious/noExplicitAny: a column of either table holding an agency id
        [eb(column, "in", ids as any)];

/**
 * The tasks a caller may see: its agency's published tasks (led or delegated, within its issuers
 * for a key), its issuers', or all.
 */
export const tasks = (p: Principal) => (eb: ExpressionBuilder<Database, "tasks">) => {
  const r = reachOf(p);
  if (r.kind === "agency")
    return eb.and([
      eb("tasks.lifecycle", "!=", "draft"),
      eb.or([
        eb("tasks.lead_agency_id", "=", r.agencyId),
        eb("tasks.delegated_to_agency_id", "=", r.agencyId),
      ]),
      ...within(eb, "tasks.issuer_agency_id", r.issuerIds),
    ]);
  if (r.kind === "issuers") return eb.and(within(eb, "tasks.issuer_agency_id", r.issuerIds));
  return eb.lit(true);
};

/**
 * The notices a caller may see: its issuers' (drafts included), the published notices that give
 * its agency work (within its issuers for a key), or all.
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
      ...within(eb, "notices.issuer_agency_id", r.issuerIds),
    ]);
  if (r.kind === "issuers") return eb.and(within(eb, "notices.issuer_agency_id", r.issuerIds));
  return eb.lit(true);
};

/** The import jobs a caller may see: its issuers', or all; an agency reaches none. */
export const importJobs = (p: Principal) => (eb: ExpressionBuilder<Database, "import_jobs">) => {
  const r = reachOf(p);
  if (r.kind === "agency") return eb.lit(false);
  if (r.kind === "issuers") return eb.and(within(eb, "import_jobs.issuer_agency_id", r.issuerIds));
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
  if (r.kind === "issuers" && r.issuerIds.length === 0) return own;
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
    ...(["task_reminders", "task_comments"] as const).map((table) =>
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
    about(
      "attachment",
      eb
        .selectFrom("attachments")
        .innerJoin("task_comments", "task_comments.id", "attachments.comment_id")
        .select("attachments.id")
        .where("task_comments.task_id", "in", taskIds),
    ),
    about("import_job", eb.selectFrom("import_jobs").select("import_jobs.id").where(importJobs(p))),
  ]);
};
