/**
 * PasswordReset — gives an account a new one-time password: the old password stops working, every
 * session of the account ends, the user must choose a new password at the next sign-in, and the
 * audit names who did it. One use case for the admin route (`POST /v1/users/{id}/password-reset`)
 * and the local `dondoc admin reset-password USER`, which an operator uses when nobody can sign in.
 */
import type { Kysely, Selectable } from "kysely";

import * as PasswordPolicy from "../auth/password-policy.js";
import { hashPassword, oneTimePassword } from "../auth/secret.js";
import * as Username from "../auth/username.js";
import type { Database, UserTable } from "../db/schema.js";
import { notFound } from "../http/problem.js";
import type { Actor } from "./audit.js";
import * as Audit from "./audit.js";

export interface Reset {
  readonly user: Selectable<UserTable>;
  readonly oneTimePassword: string;
}

const selectUser = (db: Kysely<Database>, by: { id: string } | { username: string }) =>
  db
    .selectFrom("users")
    .selectAll()
    .$call((q) =>
      "id" in by ? q.where("id", "=", by.id) : q.where("username", "=", Username.normalize(by.username)),
    )
    .forUpdate()
    .executeTakeFirst();

/**
 * Issues a new one-time password for the account `by` (id, or username as typed) in one
 * transaction. Throws `not-found` when there is no such account. Callers then announce the session
 * change (`db.changes.touch("session", user.id)`) so other processes drop cached sessions.
 */
export const issue = async (
  db: Kysely<Database>,
  who: Actor,
  by: { id: string } | { username: string },
  now: Date,
  audit: Record<string, string> | null = null,
): Promise<Reset> => {
  const password = oneTimePassword();
  const hash = await hashPassword(password);
  return db.transaction().execute(async (tx) => {
    const before = await selectUser(tx, by);
    if (before === undefined) throw notFound("tài khoản", "id" in by ? by.id : by.username);
    PasswordPolicy.check(password, before.username, "oneTimePassword");
    const user = await tx
      .updateTable("users")
      .set({ password_hash: hash, must_change_password: true, version: before.version + 1, updated_at: now })
      .where("id", "=", before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.deleteFrom("sessions").where("user_id", "=", before.id).execute();
    await Audit.record(tx, who, {
      action: "user.password_reset",
      entity: "user",
      entityId: before.id,
      ...(audit === null ? {} : { after: audit }),
    });
    return { user, oneTimePassword: password };
  });
};
