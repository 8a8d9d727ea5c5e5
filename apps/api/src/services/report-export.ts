/**
 * The database as the `ReportData` export of `@dondoc/reporting`: agencies, published notices with
 * their issuing body, resolutions and every task that has left the draft stage (collective
 * templates excluded), flat, with the deadline in force after extensions.
 */
import { IsoDate, type TaskLifecycle } from "@dondoc/domain";
import type { ReportWindow } from "@dondoc/reporting";
import type { ExpressionBuilder, Kysely } from "kysely";

import * as AccessPolicy from "../access/access-policy.js";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/schema.js";
import { ApiError } from "../http/problem.js";

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
 * The most tasks one export or report reads by default (`REPORT_MAX_TASKS`); past it the caller
 * narrows the period or scope. A report on 50,000 tasks takes about 300 MB and a few seconds.
 */
export const MAX_TASKS = 200_000;
/** Tasks read per query (keyset pages on the task id). */
export const PAGE_SIZE = 5_000;

/**
 * The SQL form of `ReportWindow.admits` (`@dondoc/reporting`) over the columns the export reads:
 * a task is reported (not a draft, not cancelled), was assigned by `assignedBy` — its `assignedOn`
 * below is the notice's `issued_on`, else the Vietnamese day of its publication (or creation), so
 * “by the day D” is “before midnight of D + 1 at UTC+7” — and, unless it serves a resolution, was
 * not done before `doneFrom`. `test/report-window.property.test.ts` holds the two to each other.
 */
const admitted = (w: ReportWindow.ReportWindow) => (eb: ExpressionBuilder<Database, "tasks" | "notices">) =>
  eb.and([
    eb("tasks.lifecycle", "not in", ["draft", "cancelled"]),
    eb.or([
      eb("notices.issued_on", "<=", w.assignedBy),
      eb.and([
        eb("notices.issued_on", "is", null),
        eb(
          eb.fn.coalesce("notices.published_at", "notices.created_at"),
          "<",
          new Date(`${IsoDate.addDays(w.assignedBy, 1)}T00:00:00+07:00`),
        ),
      ]),
    ]),
    eb.or([
      eb("tasks.resolution_id", "is not", null),
      eb("tasks.lifecycle", "!=", "done"),
      eb("tasks.completed_on", "is", null),
      eb("tasks.completed_on", ">=", w.doneFrom),
    ]),
  ]);

/** The tasks `p` may see (within `window`, when given), without their columns: count or page them. */
const visibleTasks = (db: Kysely<Database>, p: Principal, window: ReportWindow.ReportWindow | undefined) => {
  const q = db
    .selectFrom("tasks")
    .innerJoin("notices", "notices.id", "tasks.notice_id")
    .where("tasks.is_collective", "=", false)
    .where("tasks.lifecycle", "!=", "draft")
    .where("tasks.lead_agency_id", "is not", null)
    .where("notices.lifecycle", "in", ["published", "archived"])
    .where(AccessPolicy.tasks(p));
  return window === undefined ? q : q.where(admitted(window));
};

/**
 * The export as `p` may see it: a secretariat gets its issuer's notices and their tasks. Each
 * notice names its issuing body, so a report can be scoped `issuer:<id>`. With a `window` (the
 * report's own, `ReportWindow.forInput`), only the tasks a report of that window can show are
 * read: a monthly report over years of tasks reads the month's, not the years'. Tasks are read in
 * keyset pages of `PAGE_SIZE`, each turned into export rows before the next is asked for.
 *
 * Errors: `ApiError("report-too-large")` when more than `maxTasks` tasks would be read.
 */
export const build = async (
  db: Kysely<Database>,
  p: Principal,
  window?: ReportWindow.ReportWindow,
  maxTasks = MAX_TASKS,
): Promise<Export> => {
  const counted = await visibleTasks(db, p, window)
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .executeTakeFirst();
  const total = Number(counted?.n ?? 0);
  if (total > maxTasks) {
    throw new ApiError(
      "report-too-large",
      `Báo cáo cần đọc ${total.toLocaleString("vi")} nhiệm vụ, quá giới hạn ${maxTasks.toLocaleString("vi")}: hãy chọn kỳ ngắn hơn hoặc phạm vi hẹp hơn / The report would read ${total.toLocaleString("en")} tasks, more than the limit of ${maxTasks.toLocaleString("en")}: choose a shorter period or a narrower scope`,
    );
  }
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
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  const issued = new Map(
    notices.map((n) => [n.id, n.issued_on ?? day(n.published_at) ?? day(n.created_at) ?? "1970-01-01"]),
  );
  const tasks: ExportTask[] = [];
  let after: string | null = null;
  for (;;) {
    const last: string | null = after;
    const page = await visibleTasks(db, p, window)
      .leftJoin("directives", "directives.id", "tasks.directive_id")
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
      .$if(last !== null, (q) => q.where("tasks.id", ">", last ?? ""))
      .orderBy("tasks.id")
      .limit(PAGE_SIZE)
      .execute();
    for (const t of page) {
      tasks.push({
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
      });
    }
    if (page.length < PAGE_SIZE) break;
    after = page[page.length - 1]?.id ?? null;
  }
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
    tasks,
  };
};
