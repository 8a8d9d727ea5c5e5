/**
 * Calendar feed tokens and what each feed shows. A token (`ddf_…`, only its SHA-256 stored) opens
 * one feed: an agency's (tasks it leads or was delegated) or a user's (an officer's agency tasks,
 * plus the tasks they watch or were delegated). Calendar apps cannot sign in, so the token in the
 * URL is the credential; revoking it closes the feed at once. A feed shows only what its owner may
 * see now: the owner's reach is checked on every fetch, and a disabled owner (or a revoked key)
 * closes it.
 */
import type { Kysely, Selectable } from "kysely";

import * as AccessPolicy from "../access/access-policy.js";
import { ofKey, ofUser, type Principal } from "../auth/principal.js";
import { sha256, token } from "../auth/secret.js";
import type { Database, FeedTokenTable } from "../db/schema.js";
import { notFound } from "../http/problem.js";
import type { FeedTask } from "./ics.js";

export type FeedRow = Selectable<FeedTokenTable>;

export const newToken = (): { token: string; hash: string } => {
  const value = `ddf_${token(24)}`;
  return { token: value, hash: sha256(value) };
};

/** The live feed `raw` opens for (kind, id); 404 otherwise, so tokens and ids do not leak. */
export const open = async (
  db: Kysely<Database>,
  raw: string | undefined,
  kind: "agency" | "user",
  id: string,
): Promise<{ readonly row: FeedRow; readonly owner: Principal }> => {
  const row =
    raw === undefined || raw.length > 200
      ? undefined
      : await db
          .selectFrom("feed_tokens")
          .selectAll()
          .where("token_hash", "=", sha256(raw))
          .executeTakeFirst();
  const target = kind === "agency" ? row?.agency_id : row?.user_id;
  if (row === undefined || row.revoked_at !== null || row.kind !== kind || target !== id)
    throw notFound("lịch", `${id} (mã lịch sai hoặc đã thu hồi / wrong or revoked token)`);
  const owner = await ownerOf(db, row);
  if (owner === null)
    throw notFound(
      "lịch",
      `${id} (chủ lịch đã bị khoá hoặc thu hồi / the feed's owner is disabled or revoked)`,
    );
  return { row, owner };
};

/**
 * Who owns a feed, as a principal with its current reach: the user of a personal feed, else the
 * account or key that created it; `null` when that owner is gone, disabled or revoked (a key whose
 * issuing account is disabled is dead too).
 */
export const ownerOf = async (db: Kysely<Database>, row: FeedRow): Promise<Principal | null> => {
  const [kind, id] =
    row.kind === "user" && row.user_id !== null ? ["user", row.user_id] : (row.created_by ?? "").split(":");
  if (kind === "user" && id !== undefined) {
    const user = await db
      .selectFrom("users")
      .select(["id", "display_name", "role", "agency_id", "issuer_ids", "must_change_password", "disabled"])
      .where("id", "=", id)
      .executeTakeFirst();
    return user === undefined || user.disabled ? null : ofUser(user);
  }
  if (kind === "apikey" && id !== undefined) {
    const key = await db
      .selectFrom("api_keys")
      .leftJoin("users", "users.id", "api_keys.created_by")
      .select([
        "api_keys.id",
        "api_keys.name",
        "api_keys.scopes",
        "api_keys.agency_id",
        "api_keys.issuer_ids",
        "api_keys.revoked_at",
        "users.disabled as issuer_disabled",
      ])
      .where("api_keys.id", "=", id)
      .executeTakeFirst();
    return key === undefined || key.revoked_at !== null || key.issuer_disabled === true ? null : ofKey(key);
  }
  return null;
};

const feedTasks = (db: Kysely<Database>, owner: Principal) =>
  db
    .selectFrom("tasks")
    .innerJoin("notices", "notices.id", "tasks.notice_id")
    .select([
      "tasks.id",
      "tasks.action",
      "tasks.lead_name",
      "tasks.due_on",
      "tasks.version",
      "tasks.updated_at",
      "notices.number as notice_number",
      "notices.symbol as notice_symbol",
    ])
    .where("tasks.lifecycle", "in", ["open", "submitted", "paused"])
    .where("tasks.due_on", "is not", null)
    .where(AccessPolicy.tasks(owner))
    .orderBy("tasks.due_on")
    .orderBy("tasks.id");

export const agencyTasks = (db: Kysely<Database>, agencyId: string, owner: Principal): Promise<FeedTask[]> =>
  feedTasks(db, owner)
    .where((eb) =>
      eb.or([eb("tasks.lead_agency_id", "=", agencyId), eb("tasks.delegated_to_agency_id", "=", agencyId)]),
    )
    .execute();

export const userTasks = async (
  db: Kysely<Database>,
  userId: string,
  owner: Principal,
): Promise<FeedTask[]> => {
  const user = await db
    .selectFrom("users")
    .select(["role", "agency_id", "disabled"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (user === undefined || user.disabled) return [];
  const agencyId = user.role === "agency_officer" ? user.agency_id : null;
  return feedTasks(db, owner)
    .where((eb) =>
      eb.or([
        eb("tasks.delegated_to_user_id", "=", userId),
        eb("tasks.id", "in", eb.selectFrom("task_watchers").select("task_id").where("user_id", "=", userId)),
        ...(agencyId === null
          ? []
          : [eb("tasks.lead_agency_id", "=", agencyId), eb("tasks.delegated_to_agency_id", "=", agencyId)]),
      ]),
    )
    .execute();
};
