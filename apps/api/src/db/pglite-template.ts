/**
 * PgliteTemplate — an empty, migrated PGlite database dumped at build time
 * (`dist/pglite-template.tar.gz`, written by `scripts/write-pglite-template.mjs`). A fresh data
 * folder starts from it instead of running PostgreSQL's initdb and every migration, which is most
 * of `dondoc serve`'s first start. Migrations newer than the template still run on open, so an old
 * template is never wrong, only slower. Running from source (no build), there is none.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { Kysely } from "kysely";

import { toLatest } from "./migrate.js";
import { SerialPGliteDialect } from "./serial-pglite-dialect.js";

/** Beside the built modules: `dist/pglite-template.tar.gz`. */
export const defaultFile = fileURLToPath(new URL("../pglite-template.tar.gz", import.meta.url));

/** The template at `file`, when it was built. */
export const load = (file: string = defaultFile): Blob | undefined =>
  existsSync(file) ? new Blob([readFileSync(file)]) : undefined;

/** Creates an in-memory database, applies every migration and writes its dump to `file`. */
export const write = async (file: string = defaultFile): Promise<number> => {
  const pglite = new PGlite();
  await pglite.waitReady;
  const kysely = new Kysely<unknown>({ dialect: new SerialPGliteDialect(pglite) });
  try {
    await toLatest(kysely);
    const dump = Buffer.from(await (await pglite.dumpDataDir("gzip")).arrayBuffer());
    writeFileSync(file, dump);
    return dump.length;
  } finally {
    await kysely.destroy();
  }
};
