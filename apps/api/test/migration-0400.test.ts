/**
 * Migration 0400 on both engines, from a database at 0300 with data: secretariat accounts follow
 * the issuer they had; API keys issued before (which saw every issuer) are bound to the issuers
 * that exist, never to “all”; the replay store, which held whole bodies, is emptied.
 */
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as Migrate from "../src/db/migrate.js";
import type { Database } from "../src/db/schema.js";
import { SerialPGliteDialect } from "../src/db/serial-pglite-dialect.js";
import * as Directory from "../src/services/directory.js";
import { engines, freshPostgres } from "./harness.js";

describe.each(engines)("migration 0400 on %s", (engine) => {
  let db: Kysely<Database>;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    if (engine === "pglite") {
      db = new Kysely<Database>({ dialect: new SerialPGliteDialect(new PGlite()) });
      dispose = () => db.destroy();
    } else {
      const fresh = await freshPostgres();
      db = new Kysely<Database>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: fresh.url, max: 2 }) }),
      });
      dispose = async () => {
        await db.destroy();
        await fresh.drop();
      };
    }
    await Migrate.to(db as Kysely<unknown>, "0300-issuer-scope");
    await Directory.seed(db);
    const user = (id: string, role: string, agency: string | null) =>
      // biome-ignore lint/suspicious/noExplicitAny: the table as it was at 0300 (no issuer_ids yet)
      db.insertInto("users" as any).values({
        id,
        username: id,
        display_name: id,
        password_hash: "x",
        role,
        agency_id: agency,
      });
    await user("usr_a", "secretariat", "brvt.ubnd").execute();
    await user("usr_b", "secretariat", "vt.ubnd").execute();
    await user("usr_o", "agency_officer", "brvt.so-tc").execute();
    await db
      // biome-ignore lint/suspicious/noExplicitAny: the table as it was at 0300
      .insertInto("api_keys" as any)
      .values({ id: "key_old", name: "Cũ", prefix: "abcdefgh", secret_hash: "h", scopes: '["tasks.read"]' })
      .execute();
    await db
      .insertInto("idempotency_records")
      .values({
        principal: "user:usr_a",
        key: "k",
        request_hash: "h",
        status: 201,
        headers: "{}",
        body: '{"token":"ddk_abcdefgh_bi-mat"}',
      })
      .execute();
    await Migrate.toLatest(db as Kysely<unknown>);
  });
  afterAll(() => dispose());

  it("keeps each secretariat on its issuer and gives other roles none", async () => {
    const rows = await db.selectFrom("users").select(["id", "issuer_ids"]).orderBy("id").execute();
    expect(rows).toEqual([
      { id: "usr_a", issuer_ids: ["brvt.ubnd"] },
      { id: "usr_b", issuer_ids: ["vt.ubnd"] },
      { id: "usr_o", issuer_ids: [] },
    ]);
  });

  it("binds an old key to the issuers that exist, and empties the replay store", async () => {
    const key = await db.selectFrom("api_keys").select("issuer_ids").executeTakeFirstOrThrow();
    expect(key.issuer_ids).toEqual(["brvt.ubnd", "vt.ubnd"]);
    expect(await db.selectFrom("idempotency_records").selectAll().execute()).toEqual([]);
  });
});
