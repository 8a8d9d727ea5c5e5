import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestDb } from "./harness.js";
import { engines, openDb } from "./harness.js";

describe.each(engines)("database on %s", (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openDb(engine);
  });
  afterAll(() => t.dispose());

  it("applies the migrations and stores Vietnamese text unchanged", async () => {
    await t.db.kysely
      .insertInto("agencies")
      .values({ id: "so-tai-chinh", name: "Sở Tài chính", kind: "department" })
      .execute();
    const row = await t.db.kysely
      .selectFrom("agencies")
      .selectAll()
      .where("id", "=", "so-tai-chinh")
      .executeTakeFirst();
    expect(row?.name).toBe("Sở Tài chính");
    expect(row?.aliases).toEqual([]);
  });

  it("lets the application append to the audit log but never update, delete or truncate it", async () => {
    await t.db.kysely
      .insertInto("audit_log")
      .values({
        actor: "user:x",
        action: "task.created",
        entity: "task",
        entity_id: "t1",
        before: null,
        after: "{}",
        request_id: null,
      })
      .execute();
    await expect(sql`update audit_log set actor = 'user:y'`.execute(t.db.kysely)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log`.execute(t.db.kysely)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(t.db.kysely)).rejects.toThrow(/append-only/);
    const rows = await t.db.kysely.selectFrom("audit_log").select("actor").execute();
    expect(rows).toEqual([{ actor: "user:x" }]);
  });

  it("runs concurrent transactions one after another without mixing their statements", async () => {
    await t.db.kysely.insertInto("calendar_years").values({ year: 2024 }).execute();
    const bump = () =>
      t.db.kysely.transaction().execute(async (tx) => {
        const row = await tx
          .selectFrom("calendar_years")
          .select("version")
          .where("year", "=", 2024)
          .forUpdate()
          .executeTakeFirstOrThrow();
        await tx
          .updateTable("calendar_years")
          .set({ version: row.version + 1 })
          .where("year", "=", 2024)
          .execute();
      });
    await Promise.all(Array.from({ length: 20 }, bump));
    const row = await t.db.kysely
      .selectFrom("calendar_years")
      .select("version")
      .where("year", "=", 2024)
      .executeTakeFirstOrThrow();
    expect(row.version).toBe(21);
  });
});
