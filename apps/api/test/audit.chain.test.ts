/**
 * The audit hash chain (issue 14, item 17) over real HTTP on both engines: concurrent writers form
 * one unbroken chain, only an administrator may verify it, and a row changed or deleted directly in
 * the database (by its owner, with the append-only trigger switched off) is reported by id.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as AuditChain from "../src/services/audit-chain.js";
import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

describe.each(engines)("audit hash chain on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await signIn(server.url, server.deps.db.kysely, "admin");
  });
  afterAll(() => server.dispose());

  const createUsers = (n: number, prefix: string) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        admin.request("POST", "/v1/users", {
          body: { username: `${prefix}.${i}`, displayName: `Cán bộ ${i}`, role: "leader", agencyId: null },
        }),
      ),
    );

  it("keeps one unbroken chain under concurrent writers", async () => {
    const created = await createUsers(30, "chain");
    expect(created.every((r) => r.status === 201)).toBe(true);
    const res = await admin.request("GET", "/v1/audit/verify");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, brokenAt: null, reason: null });
    expect(res.body.head).toMatch(/^[0-9a-f]{64}$/);
    const rows = await server.deps.db.kysely
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(res.body.links).toBe(Number(rows.n));
    expect(res.body.links).toBeGreaterThanOrEqual(30);
  });

  it("lets only an administrator verify", async () => {
    const leader = await signIn(server.url, server.deps.db.kysely, "leader");
    const res = await leader.request("GET", "/v1/audit/verify");
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
  });

  const tamper = async (statement: string) => {
    const db = server.deps.db.kysely;
    await sql.raw("alter table audit_log disable trigger audit_log_no_update").execute(db);
    try {
      await sql.raw(statement).execute(db);
    } finally {
      await sql.raw("alter table audit_log enable trigger audit_log_no_update").execute(db);
    }
  };

  it("reports the first row changed in the database, by id", async () => {
    const target = await server.deps.db.kysely
      .selectFrom("audit_log")
      .select(sql<string>`id::text`.as("id"))
      .where("action", "=", "user.created")
      .orderBy("id")
      .offset(5)
      .limit(1)
      .executeTakeFirstOrThrow();
    await tamper(`update audit_log set actor = 'user:someone-else' where id = ${target.id}`);
    const res = await admin.request("GET", "/v1/audit/verify");
    expect(res.body).toMatchObject({ ok: false, brokenAt: target.id, reason: "row-changed" });
    expect(await AuditChain.verify(server.deps.db.kysely, 7)).toMatchObject({
      ok: false,
      auditId: target.id,
      reason: "row-changed",
    });
    // Later writes keep chaining; the break stays reported where it is.
    await createUsers(2, "after");
    expect((await admin.request("GET", "/v1/audit/verify")).body.brokenAt).toBe(target.id);
  });

  it("reports a row deleted before any changed one", async () => {
    const first = await server.deps.db.kysely
      .selectFrom("audit_log")
      .select(sql<string>`id::text`.as("id"))
      .orderBy("id")
      .offset(1)
      .limit(1)
      .executeTakeFirstOrThrow();
    await tamper(`delete from audit_log where id = ${first.id}`);
    const res = await admin.request("GET", "/v1/audit/verify");
    expect(res.body).toMatchObject({ ok: false, brokenAt: first.id, reason: "row-missing" });
  });
});
