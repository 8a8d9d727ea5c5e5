/**
 * The tamper-evident deployment of SECURITY.md, on PostgreSQL: the schema belongs to an owner role
 * that migrates it, and the API runs as a role that may only INSERT and SELECT the audit tables.
 * The API role writes audit rows and links, and cannot change, delete or unchain them, nor switch
 * the append-only trigger off. The grants are the ones the document gives.
 */
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import { open } from "../src/db/connect.js";
import * as Audit from "../src/services/audit.js";
import * as AuditChain from "../src/services/audit-chain.js";
import { freshPostgres, serverUrl } from "./harness.js";

/** The grants of SECURITY.md, section “Tamper-evident audit”. */
const grants = (api: string): string[] => [
  "revoke all on schema public from public",
  `grant usage on schema public to ${api}`,
  `grant select, insert, update, delete on all tables in schema public to ${api}`,
  `grant usage, select on all sequences in schema public to ${api}`,
  `revoke update, delete, truncate on audit_log, audit_chain from ${api}`,
];

describe("the audit log under an owner role and an API role (PostgreSQL)", () => {
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const owner = `dondoc_owner_${suffix}`;
  const api = `dondoc_api_${suffix}`;
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  const as = (url: string, role: string): string => {
    const u = new URL(url);
    u.username = role;
    return u.toString();
  };

  it("lets the API role append and verify, and nothing else", async () => {
    const root = new pg.Client({ connectionString: serverUrl() });
    await root.connect();
    await root.query(`create role ${owner} login`);
    await root.query(`create role ${api} login`);
    cleanups.push(async () => {
      await root.query(`drop role if exists ${api}`);
      await root.query(`drop role if exists ${owner}`);
      await root.end();
    });
    const { url, drop } = await freshPostgres();
    cleanups.push(async () => {
      await drop();
    });
    await root.query(`alter database ${new URL(url).pathname.slice(1)} owner to ${owner}`);
    const asRoot = new pg.Client({ connectionString: url });
    await asRoot.connect();
    await asRoot.query(`alter schema public owner to ${owner}`);
    await asRoot.end();

    // The owner migrates; then the grants.
    const migrated = await open({ kind: "postgres", url: as(url, owner) });
    await migrated.close();
    const ownerClient = new pg.Client({ connectionString: as(url, owner) });
    await ownerClient.connect();
    for (const statement of grants(api)) await ownerClient.query(statement);
    await ownerClient.end();

    const db = await open({ kind: "postgres", url: as(url, api) });
    try {
      await db.kysely.transaction().execute((tx) =>
        Audit.record(
          tx,
          { actor: "system:test", requestId: null },
          {
            action: "test.appended",
            entity: "test",
            entityId: "1",
          },
        ),
      );
      expect(await AuditChain.verify(db.kysely)).toMatchObject({ ok: true, links: 1 });
      const apiClient = new pg.Client({ connectionString: as(url, api) });
      await apiClient.connect();
      for (const statement of [
        "alter table audit_log disable trigger audit_log_no_update",
        "update audit_log set actor = 'x'",
        "delete from audit_chain",
        "truncate audit_log",
        "drop trigger audit_log_chain on audit_log",
      ]) {
        await expect(apiClient.query(statement), statement).rejects.toMatchObject({
          code: "42501",
          message: expect.stringMatching(/permission denied|must be owner/),
        });
      }
      await apiClient.end();
      expect(await AuditChain.verify(db.kysely)).toMatchObject({ ok: true, links: 1 });
    } finally {
      await db.close();
    }
  }, 120_000);
});
