/**
 * Local administration for the `dondoc admin …` and `dondoc audit …` commands: each opens the
 * database named by the environment (PGlite in `DATA_DIR`, taking its lock, so it refuses while a
 * server runs on the folder — or `DATABASE_URL`), does one thing and closes it.
 */
import { userInfo } from "node:os";

import type { Env } from "./env.js";
import { prepare } from "./server.js";
import * as AuditChain from "./services/audit-chain.js";
import * as PasswordReset from "./services/password-reset.js";

const withDb = async <T>(env: Env, work: (deps: Awaited<ReturnType<typeof prepare>>) => Promise<T>) => {
  const deps = await prepare(env);
  try {
    return await work(deps);
  } finally {
    await deps.db.close();
  }
};

const osUser = (): string => {
  try {
    return userInfo().username;
  } catch {
    return "?";
  }
};

/**
 * Gives `username` a new one-time password that must be changed at the next sign-in, ends its
 * sessions (on every server, through the change notifications) and writes the audit row
 * `user.password_reset` by `system:cli`. Throws the API's `not-found` error for an unknown user.
 */
export const resetPassword = (
  env: Env,
  username: string,
): Promise<{ readonly username: string; readonly oneTimePassword: string }> =>
  withDb(env, async (deps) => {
    const reset = await PasswordReset.issue(
      deps.db.kysely,
      { actor: "system:cli", requestId: null },
      { username },
      deps.now(),
      { via: "dondoc admin reset-password", osUser: osUser() },
    );
    return { username: reset.user.username, oneTimePassword: reset.oneTimePassword };
  });

/** Verifies the audit hash chain (`services/audit-chain.ts`). */
export const verifyAudit = (env: Env): Promise<AuditChain.Verdict> =>
  withDb(env, (deps) => AuditChain.verify(deps.db.kysely));
