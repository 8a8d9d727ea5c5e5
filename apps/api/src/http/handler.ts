/**
 * Small helpers handlers share: the caller (which routes have already required), the audit actor,
 * and the transaction wrapper every command runs in.
 */
import type { Context } from "hono";
import type { Kysely, Transaction } from "kysely";

import type { Principal } from "../auth/principal.js";
import { actor } from "../auth/principal.js";
import type { AppEnv, Deps } from "../context.js";
import type { Database } from "../db/schema.js";
import type { Actor } from "../services/audit.js";
import type { Rules } from "../services/rules.js";
import type { CommandContext } from "../use-cases/command-context.js";
import { ApiError } from "./problem.js";

export const principal = (c: Context<AppEnv>): Principal => {
  const p = c.get("principal");
  if (p === null) throw new ApiError("unauthenticated", "Vui lòng đăng nhập / Sign in first");
  return p;
};

export const who = (c: Context<AppEnv>): Actor => ({
  actor: actor(principal(c)),
  requestId: c.get("requestId") ?? null,
});

export const deps = (c: Context<AppEnv>): Deps => c.get("deps");

/** Runs `work` in one transaction. */
export const tx = <T>(d: Deps, work: (db: Transaction<Database>) => Promise<T>): Promise<T> =>
  d.db.kysely.transaction().execute(work);

export type Q = Kysely<Database>;

/** The context a use case runs in for this request, inside transaction `db`. */
export const commandContext = (c: Context<AppEnv>, db: Kysely<Database>, rules: Rules): CommandContext => ({
  db,
  rules,
  now: deps(c).now(),
  principal: principal(c),
  who: who(c),
});
