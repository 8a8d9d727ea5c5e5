/**
 * TaskAudience — the people who may see a task: the active user accounts whose principal the
 * access policy (`AccessPolicy.tasks`) lets read it. Asked when a comment mentions someone (a
 * mention of a person who cannot see the task is refused) and to suggest whom to mention. Users
 * are grouped by reach, so the policy's condition runs once per distinct reach, never restated.
 */
import type { Kysely } from "kysely";

import * as Principal from "../auth/principal.js";
import type { Database } from "../db/schema.js";
import * as AccessPolicy from "./access-policy.js";

/** A user as the audience of a task lists them. */
export interface Member {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  readonly agencyId: string | null;
}

/** Which of `users` (active accounts) may see task `taskId`, in the order given. */
export const among = async (
  db: Kysely<Database>,
  taskId: string,
  users: ReadonlyArray<Parameters<typeof Principal.ofUser>[0] & { readonly username: string }>,
): Promise<Member[]> => {
  const byReach = new Map<string, { principal: Principal.Principal; ids: string[] }>();
  for (const u of users) {
    const p = Principal.ofUser(u);
    if (!Principal.can(p, "tasks.read")) continue;
    const key = AccessPolicy.reachKey(p);
    const group = byReach.get(key);
    if (group === undefined) byReach.set(key, { principal: p, ids: [u.id] });
    else group.ids.push(u.id);
  }
  const seeing = new Set<string>();
  for (const { principal, ids } of byReach.values()) {
    const row = await db
      .selectFrom("tasks")
      .select("id")
      .where("id", "=", taskId)
      .where(AccessPolicy.tasks(principal))
      .executeTakeFirst();
    if (row !== undefined) for (const id of ids) seeing.add(id);
  }
  return users
    .filter((u) => seeing.has(u.id))
    .map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      role: u.role,
      agencyId: u.agency_id,
    }));
};

/** The active accounts named by `usernames` (canonical, lower-case), if any. */
export const usersNamed = (db: Kysely<Database>, usernames: readonly string[]) =>
  usernames.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom("users")
        .select(["id", "username", "display_name", "role", "agency_id", "issuer_ids", "must_change_password"])
        .where("disabled", "=", false)
        .where("username", "in", [...usernames])
        .execute();

/**
 * The active accounts who may see task `taskId`, ordered by display name then username; `q` keeps
 * those whose username or display name contains it (case-insensitive).
 */
export const of = async (db: Kysely<Database>, taskId: string, q?: string): Promise<Member[]> => {
  let query = db
    .selectFrom("users")
    .select(["id", "username", "display_name", "role", "agency_id", "issuer_ids", "must_change_password"])
    .where("disabled", "=", false)
    .where("role", "!=", "integrator");
  const needle = q?.trim().toLowerCase();
  if (needle !== undefined && needle.length > 0) {
    const like = `%${needle.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["username"]), "like", like),
        eb(eb.fn("lower", ["display_name"]), "like", like),
      ]),
    );
  }
  const users = await query.orderBy("display_name").orderBy("username").execute();
  return among(db, taskId, users);
};
