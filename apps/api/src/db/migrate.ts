/**
 * Applies the migrations in order, inside Kysely's migrator (which takes a lock, so two processes
 * starting at once on one PostgreSQL database do not race). Migrations are modules in this package,
 * not files found at run time, so the built server needs nothing beside its `dist/`.
 */
import type { Kysely } from "kysely";
import type { Migration, MigrationProvider } from "kysely/migration";
import { Migrator } from "kysely/migration";

import type { SecretBox } from "../auth/secret-box.js";

import * as initial from "./migrations/0001-initial.js";
import * as integrations from "./migrations/0100-integrations.js";
import * as changeNotifications from "./migrations/0200-change-notifications.js";
import * as issuerScope from "./migrations/0300-issuer-scope.js";
import * as issuerReach from "./migrations/0400-issuer-reach.js";
import * as sealedWebhookSecrets from "./migrations/0500-sealed-webhook-secrets.js";
import * as loginThrottleAuditChain from "./migrations/0600-login-throttle-audit-chain.js";
import * as completionAcceptance from "./migrations/0700-completion-acceptance.js";
import * as remindersComments from "./migrations/0800-reminders-comments.js";
import * as taskHandler from "./migrations/0900-task-handler.js";

export interface MigrateOptions {
  /** Seals the webhook secrets still in clear (0500); needed only when there are some. */
  readonly secrets?: SecretBox;
}

const migrationsFor = (options: MigrateOptions): Record<string, Migration> => ({
  "0001-initial": initial,
  "0100-integrations": integrations,
  "0200-change-notifications": changeNotifications,
  "0300-issuer-scope": issuerScope,
  "0400-issuer-reach": issuerReach,
  "0500-sealed-webhook-secrets": sealedWebhookSecrets.make(options.secrets),
  "0600-login-throttle-audit-chain": loginThrottleAuditChain,
  "0700-completion-acceptance": completionAcceptance,
  "0800-reminders-comments": remindersComments,
  "0900-task-handler": taskHandler,
});

/** Brings the schema to migration `name` (tests of a migration start from the one before). */
export const to = async (db: Kysely<unknown>, name: string, options: MigrateOptions = {}): Promise<void> => {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(options) };
  const { error } = await new Migrator({ db, provider, allowUnorderedMigrations: true }).migrateTo(name);
  if (error !== undefined) throw new Error(`Migration to ${name} thất bại (failed)`, { cause: error });
};

/** Brings the schema up to date; throws with the failing migration's name. */
export const toLatest = async (db: Kysely<unknown>, options: MigrateOptions = {}): Promise<void> => {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(options) };
  // A database made on a branch may have run a later migration before an earlier one merged in:
  // the missing one still runs (each migration stands on its own), instead of refusing to start.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error !== undefined) {
    const reason = error instanceof Error ? error.message : String(error);
    const name = failed?.migrationName;
    throw new Error(
      name === undefined
        ? `Không chuẩn bị được cơ sở dữ liệu: ${reason} / Could not prepare the database: ${reason}`
        : `Migration ${name} thất bại: ${reason} / Migration ${name} failed: ${reason}`,
      { cause: error },
    );
  }
};
