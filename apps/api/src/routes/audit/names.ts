/**
 * The names an audit page shows instead of ids: who acted (a user's display name, an API key's
 * name, or the system part that acted) and what the row is about (the notice's number and symbol,
 * the task's text, the agency's or user's name). Resolved for a whole page at once: one query per
 * kind of id on the page, never one per row.
 */
import type { Kysely } from "kysely";

import type { Database } from "../../db/schema.js";

export type ActorKind = "user" | "apiKey" | "system";

export interface ActorName {
  readonly kind: ActorKind;
  /** The display name (user), the key's name, the system part (`bootstrap`, `cli`…); null if gone. */
  readonly name: string | null;
}

export interface Subject {
  /** The row's own subject named: a task's text, a notice's code, an agency's or a user's name. */
  readonly label: string | null;
  readonly noticeId: string | null;
  /** The notice's number and symbol (`12/TB-UBND`), or its symbol while unnumbered. */
  readonly noticeLabel: string | null;
  readonly taskId: string | null;
  readonly taskLabel: string | null;
}

interface Row {
  readonly actor: string;
  readonly entity: string;
  readonly entity_id: string;
}

const TASK_LABEL_LENGTH = 120;

const excerpt = (s: string): string =>
  s.length > TASK_LABEL_LENGTH ? `${s.slice(0, TASK_LABEL_LENGTH - 1).trimEnd()}…` : s;

/** `12/TB-UBND`; `…/TB-UBND` while unnumbered; null when neither is known. */
export const noticeCode = (n: { number: string | null; symbol: string | null }): string | null =>
  n.number === null && n.symbol === null ? null : `${n.number ?? "…"}/${n.symbol ?? ""}`;

const split = (actor: string): { kind: ActorKind; id: string } => {
  const at = actor.indexOf(":");
  const prefix = at < 0 ? actor : actor.slice(0, at);
  const id = at < 0 ? "" : actor.slice(at + 1);
  if (prefix === "user") return { kind: "user", id };
  if (prefix === "apikey") return { kind: "apiKey", id };
  return { kind: "system", id: id.length > 0 ? id : prefix };
};

const unique = (xs: Iterable<string>): string[] => [...new Set(xs)];

/** The names of the actors of `rows`, keyed by the audit `actor`. */
export const actors = async (db: Kysely<Database>, rows: readonly Row[]): Promise<Map<string, ActorName>> => {
  const parts = unique(rows.map((r) => r.actor)).map((a) => ({ actor: a, ...split(a) }));
  const userIds = parts.filter((p) => p.kind === "user").map((p) => p.id);
  const keyIds = parts.filter((p) => p.kind === "apiKey").map((p) => p.id);
  const users =
    userIds.length === 0
      ? []
      : await db
          .selectFrom("users")
          .select(["id", "display_name", "username"])
          .where("id", "in", userIds)
          .execute();
  const keys =
    keyIds.length === 0
      ? []
      : await db.selectFrom("api_keys").select(["id", "name"]).where("id", "in", keyIds).execute();
  const userName = new Map(users.map((u) => [u.id, u.display_name.trim() || u.username]));
  const keyName = new Map(keys.map((k) => [k.id, k.name]));
  return new Map(
    parts.map((p) => [
      p.actor,
      {
        kind: p.kind,
        name:
          p.kind === "user"
            ? (userName.get(p.id) ?? null)
            : p.kind === "apiKey"
              ? (keyName.get(p.id) ?? null)
              : p.id,
      },
    ]),
  );
};

const ids = (rows: readonly Row[], entity: string): string[] =>
  unique(rows.filter((r) => r.entity === entity).map((r) => r.entity_id));

/** What each row of `rows` is about, keyed by `entity:entity_id`. */
export const subjects = async (db: Kysely<Database>, rows: readonly Row[]): Promise<Map<string, Subject>> => {
  // The task each task-bound row belongs to.
  const taskOf = new Map<string, string>();
  const noticeOf = new Map<string, string>();
  for (const id of ids(rows, "task")) taskOf.set(`task:${id}`, id);
  for (const id of ids(rows, "notice")) noticeOf.set(`notice:${id}`, id);
  const children = [
    ["progress_report", "progress_reports"],
    ["extension_request", "extension_requests"],
    ["explanation_request", "explanation_requests"],
  ] as const;
  for (const [entity, table] of children) {
    const wanted = ids(rows, entity);
    if (wanted.length === 0) continue;
    const found = await db.selectFrom(table).select(["id", "task_id"]).where("id", "in", wanted).execute();
    for (const r of found) taskOf.set(`${entity}:${r.id}`, r.task_id);
  }
  const attachments = ids(rows, "attachment");
  if (attachments.length > 0) {
    const found = await db
      .selectFrom("attachments")
      .innerJoin("progress_reports", "progress_reports.id", "attachments.report_id")
      .select(["attachments.id", "progress_reports.task_id"])
      .where("attachments.id", "in", attachments)
      .execute();
    for (const r of found) taskOf.set(`attachment:${r.id}`, r.task_id);
  }
  const directives = ids(rows, "directive");
  const directivePath = new Map<string, string>();
  if (directives.length > 0) {
    const found = await db
      .selectFrom("directives")
      .select(["id", "notice_id", "path"])
      .where("id", "in", directives)
      .execute();
    for (const r of found) {
      noticeOf.set(`directive:${r.id}`, r.notice_id);
      directivePath.set(r.id, r.path);
    }
  }
  const taskIds = unique(taskOf.values());
  const tasks =
    taskIds.length === 0
      ? []
      : await db
          .selectFrom("tasks")
          .select(["id", "notice_id", "action"])
          .where("id", "in", taskIds)
          .execute();
  const task = new Map(tasks.map((t) => [t.id, t]));
  const noticeIds = unique([...noticeOf.values(), ...tasks.map((t) => t.notice_id)]);
  const notices =
    noticeIds.length === 0
      ? []
      : await db
          .selectFrom("notices")
          .select(["id", "number", "symbol"])
          .where("id", "in", noticeIds)
          .execute();
  const notice = new Map(notices.map((n) => [n.id, noticeCode(n)]));
  const agencyIds = ids(rows, "agency");
  const agencies =
    agencyIds.length === 0
      ? []
      : await db.selectFrom("agencies").select(["id", "name"]).where("id", "in", agencyIds).execute();
  const agency = new Map(agencies.map((a) => [a.id, a.name]));
  const userIds = ids(rows, "user");
  const users =
    userIds.length === 0
      ? []
      : await db.selectFrom("users").select(["id", "display_name"]).where("id", "in", userIds).execute();
  const user = new Map(users.map((u) => [u.id, u.display_name]));

  const out = new Map<string, Subject>();
  for (const r of rows) {
    const key = `${r.entity}:${r.entity_id}`;
    if (out.has(key)) continue;
    const taskId = taskOf.get(key) ?? null;
    const t = taskId === null ? undefined : task.get(taskId);
    const noticeId = noticeOf.get(key) ?? t?.notice_id ?? null;
    const noticeLabel = noticeId === null ? null : (notice.get(noticeId) ?? null);
    const taskLabel = t === undefined ? null : excerpt(t.action);
    const label =
      r.entity === "task"
        ? taskLabel
        : r.entity === "notice"
          ? noticeLabel
          : r.entity === "directive"
            ? (directivePath.get(r.entity_id) ?? null)
            : r.entity === "agency"
              ? (agency.get(r.entity_id) ?? null)
              : r.entity === "user"
                ? (user.get(r.entity_id) ?? null)
                : null;
    out.set(key, { label, noticeId, noticeLabel, taskId: t === undefined ? taskId : t.id, taskLabel });
  }
  return out;
};
