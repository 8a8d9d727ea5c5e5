/**
 * The database as the `ReportData` export of `@dondoc/reporting`: agencies, published notices with
 * their issuing body, resolutions and every task that has left the draft stage (collective
 * templates excluded), flat, with the deadline in force after extensions.
 */
import { IsoDate, type TaskLifecycle } from "@dondoc/domain";
import type { Kysely } from "kysely";

import * as AccessPolicy from "../access/access-policy.js";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/schema.js";

export interface ExportTask {
  id: string;
  noticeId: string;
  directivePath: string;
  action: string;
  lead: { id: string; name: string };
  assignedOn: string;
  originalDueOn: string | null;
  currentDueOn: string | null;
  extended: boolean;
  lifecycle: TaskLifecycle.TaskLifecycle;
  completedOn: string | null;
  resolutionIds: string[];
}

export interface Export {
  version: 1;
  agencies: { id: string; name: string; shortName: string | null }[];
  notices: {
    id: string;
    code: string;
    title: string;
    issuedOn: string;
    issuer: { id: string; name: string } | null;
  }[];
  resolutions: { id: string; code: string; title: string; issuer: string; issuedOn: string | null }[];
  tasks: ExportTask[];
}

const day = (d: Date | null): string | null => (d === null ? null : IsoDate.ofInstant(d));

/**
 * The export as `p` may see it: a secretariat gets its issuer's notices and their tasks. Each
 * notice names its issuing body, so a report can be scoped `issuer:<id>`.
 */
export const build = async (db: Kysely<Database>, p: Principal): Promise<Export> => {
  const agencies = await db
    .selectFrom("agencies")
    .select(["id", "name", "short_names"])
    .orderBy("id")
    .execute();
  const notices = await db
    .selectFrom("notices")
    .select([
      "id",
      "number",
      "symbol",
      "subject",
      "issuer",
      "issuer_agency_id",
      "issued_on",
      "published_at",
      "created_at",
    ])
    .where("lifecycle", "in", ["published", "archived"])
    .where(AccessPolicy.notices(p))
    .orderBy("id")
    .execute();
  const resolutions = await db.selectFrom("resolutions").selectAll().orderBy("id").execute();
  const tasks = await db
    .selectFrom("tasks")
    .leftJoin("directives", "directives.id", "tasks.directive_id")
    .innerJoin("notices", "notices.id", "tasks.notice_id")
    .select([
      "tasks.id",
      "tasks.notice_id",
      "directives.path",
      "tasks.action",
      "tasks.lead_agency_id",
      "tasks.lead_name",
      "tasks.original_due_on",
      "tasks.due_on",
      "tasks.lifecycle",
      "tasks.completed_on",
      "tasks.resolution_id",
      "tasks.created_at",
    ])
    .where("tasks.is_collective", "=", false)
    .where("tasks.lifecycle", "!=", "draft")
    .where("tasks.lead_agency_id", "is not", null)
    .where("notices.lifecycle", "in", ["published", "archived"])
    .where(AccessPolicy.tasks(p))
    .orderBy("tasks.id")
    .execute();
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  const issued = new Map(
    notices.map((n) => [n.id, n.issued_on ?? day(n.published_at) ?? day(n.created_at) ?? "1970-01-01"]),
  );
  return {
    version: 1,
    agencies: agencies.map((a) => ({ id: a.id, name: a.name, shortName: a.short_names[0] ?? null })),
    notices: notices.map((n) => ({
      id: n.id,
      code: `${n.number ?? "…"}/${n.symbol ?? "…"}`,
      title: n.subject ?? "",
      issuedOn: issued.get(n.id) ?? "1970-01-01",
      issuer:
        n.issuer_agency_id === null
          ? null
          : { id: n.issuer_agency_id, name: names.get(n.issuer_agency_id) ?? n.issuer ?? n.issuer_agency_id },
    })),
    resolutions: resolutions.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      issuer: r.issuer,
      issuedOn: r.issued_on,
    })),
    tasks: tasks.map((t) => ({
      id: t.id,
      noticeId: t.notice_id,
      directivePath: t.path ?? "",
      action: t.action,
      lead: { id: t.lead_agency_id ?? "", name: t.lead_name },
      assignedOn: issued.get(t.notice_id) ?? day(t.created_at) ?? "1970-01-01",
      originalDueOn: t.original_due_on,
      currentDueOn: t.due_on,
      extended: t.original_due_on !== t.due_on,
      lifecycle: t.lifecycle,
      completedOn: t.completed_on,
      resolutionIds: t.resolution_id === null ? [] : [t.resolution_id],
    })),
  };
};
