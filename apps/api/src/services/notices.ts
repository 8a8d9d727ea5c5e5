/**
 * Notices: a parsed notice becomes a draft (notice, directives, draft tasks); publishing checks
 * that every task has a lead agency, fans each collective assignee out into one open task per
 * member agency (the collective row stays as the template, hidden from lists), and opens the rest.
 */

import type { ParsedNotice } from "@dondoc/domain";
import { AgencyDirectory, Task } from "@dondoc/domain";
import * as Result from "effect/Result";
import type { Kysely, Selectable } from "kysely";
import * as AccessPolicy from "../access/access-policy.js";
import type { Principal } from "../auth/principal.js";
import type { Database, NoticeTable } from "../db/schema.js";
import * as ETag from "../http/etag.js";
import { ApiError, notFound } from "../http/problem.js";
import * as TaskRepository from "../repositories/task-repository.js";
import type { NoticeView } from "../routes/notices/schema.js";
import type { Actor } from "./audit.js";
import * as Audit from "./audit.js";
import * as Directory from "./directory.js";
import * as Ids from "./ids.js";
import { localDate, type Rules } from "./rules.js";
import * as Tasks from "./tasks.js";
import { fold } from "./text.js";

export type NoticeRow = Selectable<NoticeTable>;

/** The notice if `p` may see it (anyone when `p` is null); 404 otherwise. */
const find = async (
  db: Kysely<Database>,
  p: Principal | null,
  id: string,
  lock: boolean,
): Promise<NoticeRow> => {
  let q = db.selectFrom("notices").selectAll().where("id", "=", id);
  if (p !== null) q = q.where(AccessPolicy.notices(p));
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (row === undefined) throw notFound("thông báo", id);
  return row;
};

export const get = (db: Kysely<Database>, id: string, lock = false): Promise<NoticeRow> =>
  find(db, null, id, lock);

/** The notice if `p` may see it; 404 otherwise (another issuer's notice does not exist for `p`). */
export const getVisible = (
  db: Kysely<Database>,
  p: Principal,
  id: string,
  lock = false,
): Promise<NoticeRow> => find(db, p, id, lock);

const noticeSearch = (n: ParsedNotice.ParsedNoticeHeader): string =>
  fold([n.number ?? "", n.symbol ?? "", n.issuer ?? "", n.subject ?? ""].join(" | "));

/** Stores a parsed notice as a draft. Agencies the directory does not hold are kept by name only. */
export const createDraft = async (
  db: Kysely<Database>,
  who: Actor,
  parsed: ParsedNotice.ParsedNotice,
  options: { resolutionId: string | null; createdBy: string | null; issuerAgencyId: string | null },
): Promise<string> => {
  const known = new Set((await db.selectFrom("agencies").select("id").execute()).map((r) => r.id));
  const knownGroups = new Set((await db.selectFrom("agency_groups").select("id").execute()).map((r) => r.id));
  const h = parsed.notice;
  const id = Ids.make("ntc");
  const notice = {
    id,
    number: h.number,
    symbol: h.symbol,
    issuer: h.issuer,
    place: h.place,
    issued_on: h.issuedOn,
    meeting_on: h.meetingOn,
    subject: h.subject,
    chair: h.chair === null ? null : JSON.stringify(h.chair),
    attendees: JSON.stringify(h.attendees),
    doc_references: JSON.stringify(h.references.map((r) => ({ code: r.code, issuedOn: r.issuedOn }))),
    recipients: JSON.stringify(h.recipients),
    signer: h.signer === null ? null : JSON.stringify(h.signer),
    source_text: parsed.text.normalize("NFC"),
    warnings: JSON.stringify(parsed.warnings),
    resolution_id: options.resolutionId,
    issuer_agency_id: options.issuerAgencyId,
    search_text: noticeSearch(h),
    created_by: options.createdBy,
  };
  await db.insertInto("notices").values(notice).execute();
  let position = 0;
  for (const d of parsed.directives) {
    const directiveId = Ids.make("dir");
    await db
      .insertInto("directives")
      .values({
        id: directiveId,
        notice_id: id,
        path: d.path,
        position: position++,
        text: d.text,
        informational: d.informational,
        span: JSON.stringify(d.span),
      })
      .execute();
    for (const t of d.tasks) {
      const leadId = t.lead.agencyId !== null && known.has(t.lead.agencyId) ? t.lead.agencyId : null;
      const groupId =
        t.lead.collective && t.lead.groupId !== null && knownGroups.has(t.lead.groupId)
          ? t.lead.groupId
          : null;
      const coordinators = t.coordinators.map((c) => ({
        name: c.name,
        agencyId: c.agencyId !== null && known.has(c.agencyId) ? c.agencyId : null,
      }));
      await db
        .insertInto("tasks")
        .values({
          id: Ids.make("tsk"),
          notice_id: id,
          directive_id: directiveId,
          lead_agency_id: groupId === null ? leadId : null,
          lead_name: t.lead.name,
          lead_group_id: groupId,
          is_collective: groupId !== null,
          coordinators: JSON.stringify(coordinators),
          mode: t.mode,
          action: t.action,
          deadline: JSON.stringify({
            phrase: t.deadline.phrase,
            kind: t.deadline.kind,
            derivation: t.deadline.derivation,
            rule: t.deadline.rule,
            recurrence: t.deadline.recurrence,
          }),
          due_on: t.deadline.dueOn,
          original_due_on: t.deadline.dueOn,
          resolution_id: options.resolutionId,
          search_text: Tasks.searchKey({
            action: t.action,
            lead_name: t.lead.name,
            coordinators,
            deadline_phrase: t.deadline.phrase,
          }),
        })
        .execute();
    }
  }
  await Audit.record(db, who, {
    action: "notice.created",
    entity: "notice",
    entityId: id,
    after: { ...notice, source_text: undefined },
  });
  return id;
};

/** The notice as `viewer` may see it: its tasks are those in the viewer's reach. */
export const view = async (
  db: Kysely<Database>,
  row: NoticeRow,
  rules: Rules,
  viewer: Principal,
): Promise<NoticeView> => {
  const directives = await db
    .selectFrom("directives")
    .selectAll()
    .where("notice_id", "=", row.id)
    .orderBy("position")
    .execute();
  const tasks = await db
    .selectFrom("tasks")
    .selectAll()
    .where("notice_id", "=", row.id)
    .where(AccessPolicy.tasks(viewer))
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const shown = tasks.filter((t) => row.lifecycle === "draft" || !t.is_collective);
  return {
    ...summary(row, shown.filter((t) => !t.is_collective).length),
    chair: row.chair,
    attendees: row.attendees,
    references: row.doc_references,
    recipients: row.recipients,
    signer: row.signer,
    sourceText: row.source_text,
    warnings: row.warnings,
    directives: directives.map((d) => ({
      id: d.id,
      path: d.path,
      text: d.text,
      informational: d.informational,
      span: d.span,
      tasks: shown.filter((t) => t.directive_id === d.id).map((t) => Tasks.view(t, rules)),
    })),
  };
};

export const summary = (row: NoticeRow, taskCount: number) => ({
  id: row.id,
  number: row.number,
  symbol: row.symbol,
  issuer: row.issuer,
  issuerAgencyId: row.issuer_agency_id,
  place: row.place,
  issuedOn: row.issued_on,
  meetingOn: row.meeting_on,
  subject: row.subject,
  lifecycle: row.lifecycle,
  resolutionId: row.resolution_id,
  taskCount,
  publishedAt: row.published_at === null ? null : row.published_at.toISOString(),
  version: row.version,
  createdAt: row.created_at.toISOString(),
});

/** Options of {@link publish}. */
export interface PublishOptions {
  /** Tasks whose deadline phrase did not resolve that the clerk confirmed have no deadline. */
  readonly noDeadline?: ReadonlySet<string>;
}

/**
 * Publishes a draft notice: checks the issuer and every lead, has the domain publish every task
 * (`Task.publish`: a stated deadline that resolved to no date is refused unless confirmed as none),
 * fans out collectives, opens tasks. Nothing is written when anything is refused.
 */
export const publish = async (
  db: Kysely<Database>,
  who: Actor,
  row: NoticeRow,
  now: Date,
  options: PublishOptions = {},
): Promise<NoticeRow> => {
  if (row.lifecycle !== "draft") {
    throw new ApiError(
      "invalid-transition",
      `Thông báo ${row.id} đã ${row.lifecycle}, không ban hành lại được / not a draft`,
    );
  }
  if (row.issuer_agency_id === null) {
    throw new ApiError(
      "unresolved-agency",
      "Chưa xác định cơ quan ban hành của thông báo (văn phòng nào theo dõi); chọn cơ quan ban hành rồi ban hành / Choose the issuing body first",
      { errors: [{ path: "issuerAgencyId", message: "Chưa xác định cơ quan ban hành" }] },
    );
  }
  const tasks = await db.selectFrom("tasks").selectAll().where("notice_id", "=", row.id).execute();
  const unresolved = tasks.filter((t) => !t.is_collective && t.lead_agency_id === null);
  if (unresolved.length > 0) {
    throw new ApiError(
      "unresolved-agency",
      `Còn ${unresolved.length} nhiệm vụ chưa xác định cơ quan chủ trì (${unresolved.map((t) => `“${t.lead_name}”`).join(", ")}); chọn cơ quan trong danh mục rồi ban hành / Choose a lead agency for every task`,
      {
        errors: unresolved.map((t) => ({
          path: `tasks.${t.id}.leadAgencyId`,
          message: `Chưa xác định: ${t.lead_name}`,
        })),
      },
    );
  }
  const paths = new Map(
    (await db.selectFrom("directives").select(["id", "path"]).where("notice_id", "=", row.id).execute()).map(
      (d) => [d.id, d.path] as const,
    ),
  );
  const decision = { on: localDate(now), at: TaskRepository.instantOf(now), by: who.actor };
  const published = new Map<string, { loaded: TaskRepository.Loaded; after: Task.Task }>();
  const refused: Task.TaskError[] = [];
  for (const t of tasks) {
    if (t.lifecycle !== "draft") continue;
    const loaded: TaskRepository.Loaded = {
      row: t,
      task: TaskRepository.toTask(t, [], {
        directivePath: t.directive_id === null ? null : (paths.get(t.directive_id) ?? null),
        issuedOn: row.issued_on,
      }),
      extensions: [],
      noticeLifecycle: row.lifecycle,
    };
    const after = Task.publish(loaded.task, {
      ...decision,
      noDeadline: options.noDeadline?.has(t.id) === true,
    });
    if (Result.isFailure(after)) refused.push(after.failure);
    else published.set(t.id, { loaded, after: after.success });
  }
  if (refused.length > 0) {
    throw new ApiError(
      "rule-violated",
      `Còn ${refused.length} nhiệm vụ có thời hạn chưa xác định được ngày: ${refused.map((e) => e.message).join(" ")} / Set a due date or confirm “no deadline” for every such task`,
      {
        rule: "deadline-unresolved",
        errors: refused.map((e) => ({
          path: `tasks.${e.taskId}.deadline`,
          message: e._tag === "TaskRuleError" ? e.problem : e.message,
        })),
      },
    );
  }
  const directory = tasks.some((t) => t.is_collective) ? await Directory.load(db) : null;
  for (const t of tasks) {
    if (t.is_collective && t.lead_group_id !== null && directory !== null) {
      const members = AgencyDirectory.membersOf(directory, t.lead_group_id, row.issued_on);
      for (const m of members) {
        const id = Ids.make("tsk");
        const created = await db
          .insertInto("tasks")
          .values({
            id,
            notice_id: t.notice_id,
            directive_id: t.directive_id,
            lead_agency_id: m.id,
            lead_name: m.name,
            fanned_from_id: t.id,
            // A member never coordinates its own task (as `CollectiveAssignee.expand` says).
            coordinators: JSON.stringify(t.coordinators.filter((c) => c.agencyId !== m.id)),
            mode: t.mode,
            action: t.action,
            deadline: t.deadline === null ? null : JSON.stringify(t.deadline),
            due_on: t.due_on,
            original_due_on: t.due_on,
            lifecycle: "open",
            resolution_id: t.resolution_id,
            search_text: Tasks.searchKey({
              action: t.action,
              lead_name: m.name,
              coordinators: t.coordinators,
              deadline_phrase: t.deadline?.phrase ?? null,
            }),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await Audit.record(db, who, { action: "task.created", entity: "task", entityId: id, after: created });
      }
    } else if (!t.is_collective && t.lifecycle === "draft") {
      const p = published.get(t.id);
      if (p === undefined) continue;
      const saved = await TaskRepository.save(db, who, p.loaded, p.after, { action: "task.opened", now });
      if (Result.isFailure(saved)) throw ETag.stale("Nhiệm vụ", t.id, saved.failure.current);
    }
  }
  const after = await db
    .updateTable("notices")
    .set({ lifecycle: "published", published_at: now, version: row.version + 1, updated_at: now })
    .where("id", "=", row.id)
    .where("version", "=", row.version)
    .returningAll()
    .executeTakeFirstOrThrow();
  await Audit.record(db, who, {
    action: "notice.published",
    entity: "notice",
    entityId: row.id,
    before: { lifecycle: row.lifecycle },
    after: { lifecycle: "published" },
  });
  return after;
};
