/**
 * Test harness: every repository and API test runs on both engines — PGlite in memory, and the
 * PostgreSQL server at TEST_DATABASE_URL in a fresh database per test file (dropped afterwards), so
 * parallel runs never collide. An unreachable server fails the run loudly instead of skipping.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

import type { Deps } from "../src/context.js";
import type { Db, Engine } from "../src/db/connect.js";
import { open } from "../src/db/connect.js";
import { Env } from "../src/env.js";
import * as Logger from "../src/http/logger.js";
import type { Running } from "../src/server.js";
import { listen } from "../src/server.js";
import * as Directory from "../src/services/directory.js";

export const engines: readonly Engine[] = ["pglite", "postgres"];

export const serverUrl = (): string =>
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Creates an empty database on the test server and returns its URL and a function that drops it. */
export const freshPostgres = async (): Promise<{ url: string; drop: () => Promise<void> }> => {
  const base = new URL(serverUrl());
  const name = `dondoc_t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL không kết nối được tại ${base.host} — start the server or set TEST_DATABASE_URL (${String(error)})`,
    );
  }
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base.toString() });
      await c.connect();
      // pg's pool.end() resolves before its sockets close; wait for them so the drop kills nobody.
      for (let i = 0; i < 100; i++) {
        const r = await c.query("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
        if (r.rows[0]?.n === 0) break;
        await new Promise((done) => setTimeout(done, 50));
      }
      await c.query(`drop database if exists ${name}`);
      await c.end();
    },
  };
};

export interface TestDb {
  readonly db: Db;
  /** Closes the database and drops it from the server. */
  readonly dispose: () => Promise<void>;
  /** Drops the server database only (after someone else closed `db`). */
  readonly drop: () => Promise<void>;
}

export const openDb = async (engine: Engine): Promise<TestDb> => {
  if (engine === "pglite") {
    const db = await open({ kind: "pglite", dataDir: null });
    return { db, dispose: () => db.close(), drop: async () => {} };
  }
  const { url, drop } = await freshPostgres();
  const db = await open({ kind: "postgres", url });
  return {
    db,
    drop,
    dispose: async () => {
      await db.close();
      await drop();
    },
  };
};

export interface TestServer extends Running {
  readonly dispose: () => Promise<void>;
  /** Moves the server's clock. */
  readonly setNow: (instant: Date) => void;
}

/** Starts the API on an ephemeral port over a fresh database of `engine`. */
export const startServer = async (
  engine: Engine,
  at = new Date("2024-03-01T03:00:00Z"),
  env: Record<string, string> = {},
): Promise<TestServer> => {
  const { db, drop } = await openDb(engine);
  await db.kysely.transaction().execute((tx) => Directory.seed(tx));
  return serveDb(db, drop, at, env);
};

/**
 * Starts the API on an ephemeral port over `db` (already migrated and seeded); `dispose` stops it,
 * which closes `db`, then calls `drop`. Two of these on one PostgreSQL database are two processes.
 */
export const serveDb = async (
  db: Db,
  drop: () => Promise<void>,
  at = new Date("2024-03-01T03:00:00Z"),
  overrides: Record<string, string> = {},
): Promise<TestServer> => {
  const dataDir = mkdtempSync(join(tmpdir(), "dondoc-api-"));
  const env = Env.parse({
    HOST: "127.0.0.1",
    PORT: "0",
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    ...overrides,
  });
  let now = at;
  const deps: Deps = { db, env, now: () => now, log: Logger.create("silent"), uploadsDir: dataDir };
  const running = await listen(deps);
  return {
    ...running,
    setNow: (instant) => {
      now = instant;
    },
    dispose: async () => {
      await running.stop();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
