/**
 * Opens the database: a PostgreSQL server when a URL is given, otherwise embedded PGlite in a data
 * folder (or in memory for tests). Both engines get the same migrations and the same queries.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";

import type { Changes } from "./changes.js";
import * as ChangeFeed from "./changes.js";
import * as DataDirLock from "./data-dir-lock.js";
import * as DatabaseUnreachable from "./database-unreachable.js";
import type { MigrateOptions } from "./migrate.js";
import { toLatest } from "./migrate.js";
import * as PgliteTemplate from "./pglite-template.js";
import type { Database } from "./schema.js";
import { SerialPGliteDialect } from "./serial-pglite-dialect.js";

export type Engine = "pglite" | "postgres";

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly engine: Engine;
  /** Change notifications of this database, for the caches of this process. */
  readonly changes: Changes;
  readonly close: () => Promise<void>;
}

export type Target =
  | { readonly kind: "postgres"; readonly url: string; readonly poolSize?: number }
  | {
      readonly kind: "pglite";
      readonly dataDir: string | null;
      /** A dump to start a fresh data folder from (see `pglite-template.ts`); ignored for an existing one. */
      readonly template?: Blob | undefined;
    };

// int8 (bigint ids, counts) as text; numeric stays text. Dates are stored as text already.
pg.types.setTypeParser(20, (v) => v);

const closing =
  (changes: Changes, kysely: Kysely<Database>, release = () => {}) =>
  async () => {
    await changes.close();
    await kysely.destroy();
    release();
  };

/** Opens the target and applies every pending migration (`options` for those that need a key). */
export const open = async (target: Target, options: MigrateOptions = {}): Promise<Db> => {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle client whose server connection dropped is discarded by the pool; the next query reconnects.
    pool.on("error", () => {});
    // One round trip first, so a refused connection says why instead of failing a migration.
    try {
      await pool.query("select 1");
    } catch (error) {
      await pool.end().catch(() => {});
      throw DatabaseUnreachable.of(target.url, error);
    }
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    await toLatest(kysely as Kysely<unknown>, options);
    const changes = await ChangeFeed.fromPostgres(target.url, async (payload) => {
      await sql`select pg_notify(${ChangeFeed.CHANNEL}, ${payload})`.execute(kysely);
    });
    return { kysely, engine: "postgres", changes, close: closing(changes, kysely) };
  }
  if (target.dataDir !== null) mkdirSync(target.dataDir, { recursive: true });
  // One process per data folder: a second one would write over the first one's changes.
  const release = target.dataDir === null ? () => {} : DataDirLock.acquire(target.dataDir);
  try {
    const fresh = target.dataDir !== null && !existsSync(join(target.dataDir, "PG_VERSION"));
    // A fresh folder gets the template's files written by Node (`PgliteTemplate.unpack`).
    const unpacked =
      fresh && target.dataDir !== null && target.template !== undefined
        ? await PgliteTemplate.unpack(target.template, target.dataDir)
        : false;
    const pglite =
      target.dataDir === null
        ? new PGlite(target.template === undefined ? {} : { loadDataDir: target.template })
        : new PGlite(
            target.dataDir,
            fresh && !unpacked && target.template !== undefined ? { loadDataDir: target.template } : {},
          );
    await pglite.waitReady;
    const kysely = new Kysely<Database>({ dialect: new SerialPGliteDialect(pglite) });
    await toLatest(kysely as Kysely<unknown>, options);
    const changes = await ChangeFeed.fromPGlite(pglite);
    return { kysely, engine: "pglite", changes, close: closing(changes, kysely, release) };
  } catch (error) {
    release();
    throw error;
  }
};
