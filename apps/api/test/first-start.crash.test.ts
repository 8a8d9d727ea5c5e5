/**
 * The first start is atomic (issue 14, item 9): a process killed with SIGKILL after writing the
 * administrator but before showing its password, or after showing it but before the commit, leaves
 * an installation whose next start prints a password that works. And `Admin.resetPassword` (the
 * `dondoc admin reset-password` command) gets an operator back in: a new one-time password that
 * must be changed, every session ended, an audit row — refused while a server holds the PGlite
 * folder. Both engines.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import * as Admin from "../src/admin.js";
import type { Db, Engine } from "../src/db/connect.js";
import { open } from "../src/db/connect.js";
import { Env } from "../src/env.js";
import * as Bootstrap from "../src/services/bootstrap.js";
import { anonymous } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, freshPostgres, serveDb, TEST_SECRET_KEY } from "./harness.js";

const tsxLoader = import.meta.resolve("tsx");
const main = new URL("./support/first-start-main.ts", import.meta.url).pathname;

const firstStart = (env: Record<string, string>, crash: string) => {
  const r = spawnSync(process.execPath, ["--conditions=@dondoc/source", "--import", tsxLoader, main], {
    env: { ...process.env, ...env, FIRST_START_CRASH: crash },
    encoding: "utf8",
    timeout: 240_000,
  });
  const line = r.stdout.split("\n").find((l) => l.startsWith("{"));
  return {
    signal: r.signal,
    status: r.status,
    admin: line === undefined ? null : (JSON.parse(line) as { username: string; oneTimePassword: string }),
    stderr: r.stderr,
  };
};

const login = (url: string, username: string, password: string) =>
  anonymous(url).request("POST", "/v1/auth/login", { body: { username, password } });

describe.each(engines)("first start and reset-password on %s", (engine: Engine) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it("survives a crash before and after the password is shown, then prints one that works", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dondoc-first-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    let env: Record<string, string> = { DATA_DIR: dataDir };
    let drop = async () => {};
    if (engine === "postgres") {
      const pg = await freshPostgres();
      // A PostgreSQL installation keeps its webhook secrets under a key from the environment.
      env = { ...env, DATABASE_URL: pg.url, DONDOC_SECRET_KEY: TEST_SECRET_KEY };
      drop = pg.drop;
    }
    const before = firstStart(env, "before-print");
    expect(before.signal).toBe("SIGKILL");
    expect(before.admin).toBeNull();
    const after = firstStart(env, "after-print");
    expect(after.signal).toBe("SIGKILL");
    expect(after.admin).not.toBeNull();
    const clean = firstStart(env, "");
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.admin?.username).toBe("admin");

    const openDb = (): Promise<Db> =>
      open(
        engine === "pglite"
          ? { kind: "pglite", dataDir: join(dataDir, "pglite") }
          : { kind: "postgres", url: env.DATABASE_URL ?? "" },
      );
    let server: TestServer = await serveDb(await openDb(), async () => {});
    // Later starts leave the administrator alone.
    expect((await Bootstrap.run(server.deps, { seedNotices: false })).admin).toBeNull();
    const users = await server.deps.db.kysely.selectFrom("users").select("username").execute();
    expect(users.map((u) => u.username)).toEqual(["admin"]);
    expect((await login(server.url, "admin", after.admin?.oneTimePassword ?? "")).status).toBe(401);
    const ok = await login(server.url, "admin", clean.admin?.oneTimePassword ?? "");
    expect(ok.status).toBe(200);
    expect(ok.body.user.mustChangePassword).toBe(true);
    const cookie = (ok.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

    const adminEnv = Env.parse({ ...env, LOG_LEVEL: "silent" });
    if (engine === "pglite") {
      // The server holds the folder: the command refuses rather than write under it.
      await expect(Admin.resetPassword(adminEnv, "admin")).rejects.toMatchObject({ _tag: "DataDirInUse" });
      await server.stop();
    }
    const reset = await Admin.resetPassword(adminEnv, " ADMIN ");
    expect(reset.username).toBe("admin");
    await expect(Admin.resetPassword(adminEnv, "khong-co")).rejects.toMatchObject({ code: "not-found" });
    if (engine === "pglite") server = await serveDb(await openDb(), async () => {});
    cleanups.push(async () => {
      await server.dispose();
      await drop();
    });
    const session = await anonymous(server.url).request("GET", "/v1/auth/session", { headers: { cookie } });
    expect(session.status).toBe(401); // every session ended, on every server
    expect((await login(server.url, "admin", clean.admin?.oneTimePassword ?? "")).status).toBe(401);
    const fresh = await login(server.url, "admin", reset.oneTimePassword);
    expect(fresh.status).toBe(200);
    expect(fresh.body.user.mustChangePassword).toBe(true);
    const audit = await server.deps.db.kysely
      .selectFrom("audit_log")
      .select(["actor", "entity_id"])
      .where("action", "=", "user.password_reset")
      .execute();
    expect(audit).toEqual([{ actor: "system:cli", entity_id: fresh.body.user.id }]);
  }, 600_000);
});
