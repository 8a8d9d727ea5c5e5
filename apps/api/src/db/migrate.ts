/**
 * Applies the migrations in order, inside Kysely's migrator (which takes a lock, so two processes
 * starting at once on one PostgreSQL database do not race). Migrations are modules in this package,
 * not files found at run time, so the built server needs nothing beside its `dist/`.
 */
import type { Kysely } from "kysely";
import type { Migration, MigrationProvider } from "kysely/migration";
import { Migrator } from "kysely/migration";

import * as initial from "./migrations/0001-initial.js";
import * as integrations from "./migrations/0100-integrations.js";
import * as changeNotifications from "./migrations/0200-change-notifications.js";
import * as issuerScope from "./migrations/0300-issuer-scope.js";
import * as loginThrottleAuditChain from "./migrations/0600-login-throttle-audit-chain.js";

const migrations: Record<string, Migration> = {
  "0001-initial": initial,
  "0100-integrations": integrations,
  "0200-change-notifications": changeNotifications,
  "0300-issuer-scope": issuerScope,
  "0600-login-throttle-audit-chain": loginThrottleAuditChain,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; throws with the failing migration's name. */
export const toLatest = async (db: Kysely<unknown>): Promise<void> => {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error !== undefined) {
    throw new Error(`Migration ${failed?.migrationName ?? "?"} thất bại (failed)`, { cause: error });
  }
};
