import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

import { open } from "./connect.js";
import * as DataDirLock from "./data-dir-lock.js";

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), "dondoc-lock-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("DataDirLock", () => {
  it("refuses a second opening of a PGlite data folder while the first is open, naming the folder and the process", async () => {
    const dir = fresh();
    const first = await open({ kind: "pglite", dataDir: dir });
    const second = open({ kind: "pglite", dataDir: dir });
    await expect(second).rejects.toThrow(new RegExp(`${dir}.*${process.pid}`));
    await expect(second).rejects.toBeInstanceOf(DataDirLock.DataDirInUse);
    await first.close();
    const again = await open({ kind: "pglite", dataDir: dir });
    await again.close();
  });

  it("takes over a lock left by a process that is gone", () => {
    const dir = fresh();
    // PIDs this high are never in use (the kernel's limit is lower).
    writeFileSync(join(dir, "dondoc.lock"), "2147483646");
    const release = DataDirLock.acquire(dir);
    expect(readFileSync(join(dir, "dondoc.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(() => readFileSync(join(dir, "dondoc.lock"))).toThrow();
  });
});
