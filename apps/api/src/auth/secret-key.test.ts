import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import * as SecretKey from "./secret-key.js";

describe("SecretKey.resolveKey", () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), "dondoc-key-"));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("generates a key into an embedded install's data folder, readable by its owner only, and reuses it", () => {
    const DATA_DIR = dir();
    const first = SecretKey.resolveKey({ DATA_DIR });
    const file = join(DATA_DIR, SecretKey.FILE);
    expect(first).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(SecretKey.resolveKey({ DATA_DIR }).equals(first)).toBe(true);
  });

  it("takes DONDOC_SECRET_KEY as base64 or hex before any file", () => {
    const key = Buffer.alloc(32, 9);
    const DATA_DIR = dir();
    expect(SecretKey.resolveKey({ DATA_DIR, DONDOC_SECRET_KEY: key.toString("base64") }).equals(key)).toBe(
      true,
    );
    expect(SecretKey.resolveKey({ DATA_DIR, DONDOC_SECRET_KEY: key.toString("hex") }).equals(key)).toBe(true);
    expect(() => readFileSync(join(DATA_DIR, SecretKey.FILE))).toThrow();
  });

  it("refuses to start on PostgreSQL without a key, and on a key that is not 32 bytes", () => {
    expect(() => SecretKey.resolveKey({ DATA_DIR: dir(), DATABASE_URL: "postgres://h/db" })).toThrow(
      SecretKey.SecretKeyMissing,
    );
    expect(() => SecretKey.resolveKey({ DATA_DIR: dir(), DONDOC_SECRET_KEY: "c2hvcnQ=" })).toThrow(
      SecretKey.SecretKeyInvalid,
    );
    const DATA_DIR = dir();
    writeFileSync(join(DATA_DIR, SecretKey.FILE), "not a key");
    expect(() => SecretKey.resolveKey({ DATA_DIR })).toThrow(SecretKey.SecretKeyInvalid);
  });
});
