/**
 * CommandContext — what every use case is given: the transaction to work in, the rules in force
 * (calendar, policy, today), the instant, and who acts (the principal for access, the actor for
 * the audit). No HTTP: a route, the import, the scheduler or the CLI builds one the same way.
 */
import { DecisionPolicy, type Task } from "@dondoc/domain";
import type { Kysely } from "kysely";

import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/schema.js";
import { instantOf } from "../repositories/task-repository.js";
import type { Actor } from "../services/audit.js";
import type { Rules } from "../services/rules.js";

export interface CommandContext {
  readonly db: Kysely<Database>;
  readonly rules: Rules;
  readonly now: Date;
  readonly principal: Principal;
  readonly who: Actor;
}

/** The decision fields of a command taken now: today, this instant, this actor. */
export const decisionOf = (
  ctx: CommandContext,
  fields: { readonly note?: string | null | undefined; readonly reference?: string | null | undefined } = {},
): Task.DecisionInput => ({
  on: ctx.rules.today,
  at: instantOf(ctx.now),
  by: ctx.who.actor,
  note: fields.note ?? null,
  reference: fields.reference ?? null,
});

/** The decision rules of the policy in force on the calendar in force. */
export const policyOf = (ctx: CommandContext): DecisionPolicy.DecisionPolicy =>
  DecisionPolicy.of(ctx.rules.policy, ctx.rules.calendar);
