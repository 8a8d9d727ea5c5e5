/**
 * `dondoc admin reset-password` and `dondoc audit verify` through the built program on a PGlite
 * folder prepared with the API: a new one-time password that signs in and must be changed, an
 * unknown user and a folder held by a server said in one line, and a row changed in the database
 * named by `audit verify`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { App, Bootstrap, Env, Server } from "@dondoc/api";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = join(import.meta.dirname, "..", "..", "bin", "dondoc.js");
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const dir = mkdtempSync(join(tmpdir(), "dondoc-admin-"));
const env = Env.fromProcess({ DATA_DIR: dir, LOG_LEVEL: "silent" });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const deps = await Server.prepare(env);
  await Bootstrap.run(deps, { seedNotices: false });
  await deps.db.close();
}, 120_000);

const signIn = async (password: string) => {
  const deps = await Server.prepare(env);
  try {
    const res = await App.create(deps).request("/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password }),
    });
    return { status: res.status, body: (await res.json()) as { user?: { mustChangePassword: boolean } } };
  } finally {
    await deps.db.close();
  }
};

describe("dondoc admin reset-password", () => {
  it("prints a new one-time password that signs in and must be changed", async () => {
    const r = run(["admin", "reset-password", " Admin ", "--data", dir, "--json"]);
    expect(r.code, r.err).toBe(0);
    const printed = JSON.parse(r.out) as { username: string; oneTimePassword: string };
    expect(printed.username).toBe("admin");
    const login = await signIn(printed.oneTimePassword);
    expect(login.status).toBe(200);
    expect(login.body.user?.mustChangePassword).toBe(true);
    const text = run(["admin", "reset-password", "admin", "--data", dir]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/Mật khẩu dùng một lần mới của admin: \S+/u);
    expect((await signIn(printed.oneTimePassword)).status).toBe(401);
  }, 240_000);

  it("says in one line that the user does not exist", () => {
    const r = run(["admin", "reset-password", "khong-co", "--data", dir, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err).error.code).toBe("user-not-found");
  }, 120_000);

  it("refuses while a server holds the data folder", async () => {
    const deps = await Server.prepare(env);
    try {
      const r = run(["admin", "reset-password", "admin", "--data", dir, "--json"]);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.err).error.code).toBe("data-dir-in-use");
    } finally {
      await deps.db.close();
    }
  }, 120_000);
});

describe("dondoc audit verify", () => {
  it("reports an intact chain, then the row changed directly in the database", async () => {
    const ok = run(["audit", "verify", "--data", dir, "--json"]);
    expect(ok.code, ok.err).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ ok: true });
    expect(JSON.parse(ok.out).links).toBeGreaterThan(2);
    expect(JSON.parse(ok.out).head).toMatch(/^[0-9a-f]{64}$/);
    const deps = await Server.prepare(env);
    let id = "";
    try {
      const db = deps.db.kysely;
      const row = await sql<{
        id: string;
      }>`select id::text as id from audit_log order by id offset 1 limit 1`.execute(db);
      id = row.rows[0]?.id ?? "";
      await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db);
      await sql`update audit_log set after = '{"role":"leader"}' where id = ${id}::bigint`.execute(db);
      await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db);
    } finally {
      await deps.db.close();
    }
    const broken = run(["audit", "verify", "--data", dir]);
    expect(broken.code).toBe(1);
    expect(broken.err.trimEnd().split("\n")).toHaveLength(1);
    expect(broken.err).toContain(`hỏng tại dòng ${id} (row-changed)`);
    const json = run(["audit", "verify", "--data", dir, "--json", "--lang", "en"]);
    expect(JSON.parse(json.err).error).toMatchObject({ code: "audit-chain-broken" });
    expect(JSON.parse(json.err).error.message).toContain(`row ${id}`);
  }, 240_000);
});
