/**
 * kill -9 under write load: every write the server acknowledged (201) is there after a restart,
 * on PGlite (data folder on disk) and on PostgreSQL. And SIGTERM: requests in flight finish, then
 * the process exits 0.
 */
import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { engines, freshPostgres, testEnv } from "./harness.js";

const token = "ddk_crash001_cR4shT3stT0k3nThatIsLongEnough";
// node itself (not the tsx wrapper process), so signals reach the server directly.
const tsxLoader = import.meta.resolve("tsx");
const main = new URL("./support/server-main.ts", import.meta.url).pathname;

const start = (env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=@dondoc/source", "--import", tsxLoader, main], {
      env: { ...process.env, ...env, CRASH_TEST_TOKEN: token },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line !== undefined) resolve({ child, url: (JSON.parse(line) as { url: string }).url });
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on("exit", (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });

const post = async (url: string, i: number): Promise<string | null> => {
  try {
    const res = await fetch(`${url}/v1/resolutions`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ code: `${i}/NQ-HĐND`, issuer: "HĐND tỉnh", title: `Nghị quyết số ${i}` }),
    });
    if (res.status !== 201) return null;
    return ((await res.json()) as { id: string }).id;
  } catch {
    return null;
  }
};

describe.each(engines)("kill -9 on %s", (engine) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it("keeps every acknowledged write after the server is killed under load", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dondoc-crash-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const env: Record<string, string> = { ...testEnv, DATA_DIR: dataDir };
    if (engine === "postgres") {
      const pg = await freshPostgres();
      cleanups.push(pg.drop);
      env.DATABASE_URL = pg.url;
    }
    const first = await start(env);
    const acknowledged: string[] = [];
    let stop = false;
    let n = 0;
    const writer = async () => {
      while (!stop) {
        const id = await post(first.url, n++);
        if (id !== null) acknowledged.push(id);
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    await new Promise((r) => setTimeout(r, 2000));
    const exited = new Promise((r) => first.child.on("exit", r));
    first.child.kill("SIGKILL");
    await exited;
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(10);

    const second = await start(env);
    cleanups.push(() => {
      second.child.kill("SIGKILL");
    });
    // Every page of the list (it is paged, 100 by default).
    const stored = new Set<string>();
    let cursor: string | null = null;
    do {
      const query: string =
        cursor === null ? "?limit=500" : `?limit=500&cursor=${encodeURIComponent(cursor)}`;
      const res = await fetch(`${second.url}/v1/resolutions${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: { id: string }[]; nextCursor: string | null };
      for (const r of page.items) stored.add(r.id);
      cursor = page.nextCursor;
    } while (cursor !== null);
    const missing = acknowledged.filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
  }, 120_000);
});

describe("graceful shutdown", () => {
  it("finishes requests in flight on SIGTERM and exits 0", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dondoc-term-"));
    try {
      const { child, url } = await start({ DATA_DIR: dataDir });
      const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
      expect(await post(url, 0)).not.toBeNull();
      const inFlight = Array.from({ length: 20 }, (_, i) => post(url, i + 1));
      await Promise.race(inFlight);
      child.kill("SIGTERM");
      const ids = await Promise.all(inFlight);
      expect(await exited).toBe(0);
      // Requests already received when the signal came are answered before the process exits.
      expect(ids.filter((id) => id !== null).length).toBeGreaterThan(1);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
