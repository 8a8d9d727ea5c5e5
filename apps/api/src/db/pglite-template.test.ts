import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";

import { open } from "./connect.js";
import * as PgliteTemplate from "./pglite-template.js";

const dir = mkdtempSync(join(tmpdir(), "dondoc-template-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const migrationsOf = async (dataDir: string, template: Blob | undefined) => {
  const db = await open({ kind: "pglite", dataDir, template });
  try {
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      db.kysely,
    );
    const tasks = await db.kysely
      .selectFrom("tasks")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirst();
    return { names: applied.rows.map((r) => r.name), tasks: Number(tasks?.n) };
  } finally {
    await db.close();
  }
};

describe("PgliteTemplate", () => {
  it("starts a fresh data folder from the dump, migrated and empty, and reopens it as it is", async () => {
    const file = join(dir, "template.tar.gz");
    expect(await PgliteTemplate.write(file)).toBeGreaterThan(0);
    const template = PgliteTemplate.load(file);
    expect(template).toBeDefined();
    const fromTemplate = await migrationsOf(join(dir, "from-template"), template);
    const fromScratch = await migrationsOf(join(dir, "from-scratch"), undefined);
    expect(fromTemplate.names.length).toBeGreaterThan(0);
    expect(fromTemplate).toEqual(fromScratch);
    expect(fromTemplate.tasks).toBe(0);
    // An existing folder keeps its own data: the template is only for a fresh one.
    expect(await migrationsOf(join(dir, "from-template"), template)).toEqual(fromTemplate);
  }, 240_000);

  it("is absent when nothing was built there", () => {
    expect(PgliteTemplate.load(join(dir, "none.tar.gz"))).toBeUndefined();
  });
});
