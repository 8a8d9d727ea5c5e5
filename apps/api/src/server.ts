/**
 * Runs the API: opens the database (migrations applied), builds the app and listens; on SIGTERM or
 * SIGINT stops accepting connections, lets requests in flight finish, then closes the database.
 */
import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { serve } from "@hono/node-server";

import { create } from "./app.js";
import * as SecretBox from "./auth/secret-box.js";
import * as SecretKey from "./auth/secret-key.js";
import type { Deps } from "./context.js";
import type { Db } from "./db/connect.js";
import { open } from "./db/connect.js";
import * as PgliteTemplate from "./db/pglite-template.js";
import type { Env } from "./env.js";
import * as Logger from "./http/logger.js";

export interface Running {
  readonly url: string;
  readonly port: number;
  readonly deps: Deps;
  /** Stops listening, waits for requests in flight, closes the database. */
  readonly stop: () => Promise<void>;
}

/**
 * Opens the database named by `env` and returns it with the dependencies built from it. Throws
 * `SecretKeyMissing` on PostgreSQL without `DONDOC_SECRET_KEY`, and `SecretUnreadable` when the key
 * does not open the secrets already stored.
 */
export const prepare = async (env: Env, now: () => Date = () => new Date()): Promise<Deps> => {
  const secrets = SecretBox.make(SecretKey.resolveKey(env));
  const db: Db = await open(
    env.DATABASE_URL === undefined
      ? { kind: "pglite", dataDir: resolve(env.DATA_DIR, "pglite"), template: PgliteTemplate.load() }
      : { kind: "postgres", url: env.DATABASE_URL },
    { secrets },
  );
  try {
    await checkKey(db, secrets);
  } catch (error) {
    await db.close();
    throw error;
  }
  const uploadsDir = resolve(env.DATA_DIR, "uploads");
  mkdirSync(uploadsDir, { recursive: true });
  return { db, env, now, log: Logger.create(env.LOG_LEVEL, undefined, env.LOG_FORMAT), uploadsDir, secrets };
};

/**
 * Throws `SecretUnreadable` when `secrets` does not open a stored secret: better no start than every
 * delivery failing.
 */
export const checkKey = async (db: Db, secrets: SecretBox.SecretBox): Promise<void> => {
  const one = await db.kysely
    .selectFrom("webhook_subscriptions")
    .select(["id", "secret"])
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
  if (one !== undefined) secrets.open(one.secret, one.id);
};

/** Serves the app on `env.HOST:env.PORT` (port 0 picks a free one). */
export const listen = (deps: Deps): Promise<Running> =>
  new Promise((resolveRunning) => {
    const app = create(deps);
    const server = serve(
      { fetch: app.fetch, hostname: deps.env.HOST, port: deps.env.PORT },
      (info: AddressInfo) => {
        const url = `http://${info.address.includes(":") ? `[${info.address}]` : info.address}:${info.port}`;
        deps.log.log("info", "listening", { url, engine: deps.db.engine });
        resolveRunning({
          url,
          port: info.port,
          deps,
          stop: () =>
            new Promise<void>((done) => {
              server.close(() => {
                void deps.db.close().then(() => done());
              });
              // Keep-alive connections whose request finishes later never close by themselves:
              // close idle ones now and every 200 ms, and cut what is left after the grace period.
              if ("closeIdleConnections" in server) {
                server.closeIdleConnections();
                const sweep = setInterval(() => server.closeIdleConnections(), 200);
                sweep.unref();
                setTimeout(() => {
                  clearInterval(sweep);
                  server.closeAllConnections();
                }, 10_000).unref();
              }
            }),
        });
      },
    );
  });

/** Stops `running` once on SIGTERM/SIGINT, then exits. */
export const stopOnSignals = (running: Running): void => {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.deps.log.log("info", "shutting down", { signal });
    void running.stop().then(() => process.exit(0));
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
};

export const uploadsPath = (deps: Deps, key: string): string => join(deps.uploadsDir, key);
