/**
 * PgliteTemplate — an empty, migrated PGlite database dumped at build time
 * (`dist/pglite-template.tar.gz`, written by `scripts/write-pglite-template.mjs`). A fresh data
 * folder starts from it instead of running PostgreSQL's initdb and every migration, which is most
 * of `dondoc serve`'s first start. Migrations newer than the template still run on open, so an old
 * template is never wrong, only slower. Running from source (no build), there is none.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
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

const octal = (bytes: Uint8Array, from: number, length: number): number =>
  Number.parseInt(
    new TextDecoder()
      .decode(bytes.subarray(from, from + length))
      .replace(/\0.*$/s, "")
      .trim() || "0",
    8,
  );
const text = (bytes: Uint8Array, from: number, length: number): string =>
  new TextDecoder().decode(bytes.subarray(from, from + length)).replace(/\0.*$/s, "");

/**
 * Writes the dump's files into the empty data folder `dir` with Node's own gzip and file calls,
 * which is about 2 s of CPU less than PGlite's `loadDataDir` (a tar reader in JavaScript writing
 * through the WebAssembly file system). `PG_VERSION`, by which a folder counts as a database, is
 * written last: a start killed half-way leaves a folder that the next start unpacks again.
 * Returns `false`, writing nothing, for an archive it does not read (anything but plain files and
 * folders, or a name outside `dir`); the caller then lets PGlite load it.
 */
export const unpack = async (template: Blob, dir: string): Promise<boolean> => {
  const tar = gunzipSync(new Uint8Array(await template.arrayBuffer()));
  const entries: { path: string; mode: number; body: Uint8Array | null }[] = [];
  for (let at = 0; at + 512 <= tar.length; ) {
    const name = text(tar, at, 100);
    if (name === "") break; // the two empty blocks that end an archive
    const prefix = text(tar, at + 345, 155);
    const size = octal(tar, at + 124, 12);
    const type = String.fromCharCode(tar[at + 156] ?? 0);
    const path = normalize(`${prefix === "" ? "" : `${prefix}/`}${name}`).replace(/^\/+/, "");
    if (path.startsWith("..") || (type !== "0" && type !== "\0" && type !== "5")) return false;
    const body = type === "5" ? null : tar.subarray(at + 512, at + 512 + size);
    entries.push({ path, mode: octal(tar, at + 100, 8) & 0o777, body });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  let version: { path: string; body: Uint8Array } | null = null;
  for (const e of entries) {
    const target = join(dir, e.path);
    if (e.body === null) {
      mkdirSync(target, { recursive: true, mode: 0o700 });
      continue;
    }
    if (e.path === "PG_VERSION") {
      version = { path: target, body: e.body };
      continue;
    }
    mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
    writeFileSync(target, e.body, { mode: e.mode || 0o600 });
  }
  if (version === null) return false;
  writeFileSync(version.path, version.body, { mode: 0o600 });
  chmodSync(version.path, 0o600);
  return true;
};
