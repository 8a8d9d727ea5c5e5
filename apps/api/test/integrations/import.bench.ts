/**
 * A 10,000-row tracking sheet (CSV, 50 documents, 4 agencies, coordinators, 10 % done): reading and
 * checking it into a dry-run report, and applying it in one transaction — on PGlite (in memory) and
 * on the PostgreSQL server. Each apply uses a fresh source, so every row is a new task.
 */
import { bench, describe } from "vitest";

import type { Engine } from "../../src/db/connect.js";
import * as Job from "../../src/integrations/import/job.js";
import { readRows, resolveMapping } from "../../src/integrations/import/rows.js";
import * as Sheet from "../../src/integrations/import/sheet.js";
import * as Directory from "../../src/services/directory.js";
import type { TestDb } from "../harness.js";
import { openDb } from "../harness.js";
import * as Sheets from "./sheets.js";

const bytes = new TextEncoder().encode(Sheets.csv(Sheets.generated(10_000)));
const who = { actor: "user:bench", requestId: null };

for (const engine of ["pglite", "postgres"] as Engine[]) {
  describe(`import 10,000 rows on ${engine}`, () => {
    // vitest bench runs no beforeAll/afterAll: the database opens on first use and closes in teardown.
    let opened: Promise<TestDb> | null = null;
    let runs = 0;
    const db = () => {
      opened ??= openDb(engine).then(async (t) => {
        await t.db.kysely.transaction().execute((tx) => Directory.seed(tx));
        return t;
      });
      return opened;
    };
    const close = async () => {
      const t = await opened;
      opened = null;
      await t?.dispose();
    };

    const preview = async () => {
      const t = await db();
      const sheet = await Sheet.read(bytes);
      const dir = await Directory.load(t.db.kysely);
      const { rows } = readRows(sheet, resolveMapping(sheet.headers, {}), dir);
      await Job.plan(t.db.kysely, "bench", "brvt.ubnd", rows);
      return rows;
    };

    bench(
      "dry run (read CSV, check rows, plan)",
      async () => {
        await preview();
      },
      { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 },
    );

    bench(
      "apply in one transaction",
      async () => {
        const rows = await preview();
        const t = await db();
        runs++;
        await t.db.kysely.transaction().execute((tx) =>
          Job.apply(tx, who, {
            source: `bench-${runs}`,
            issuer: "brvt.ubnd",
            fileName: "bench.csv",
            rows,
            now: new Date(),
          }),
        );
      },
      { iterations: 3, warmupIterations: 0, time: 0, warmupTime: 0, teardown: close },
    );
  });
}
