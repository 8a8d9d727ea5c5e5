/**
 * `pnpm bench` (or `pnpm bench:reports` alone) — POST /v1/reports over 50,000 tasks, once per
 * format, each in a fresh server process so its peak RSS is the report's own: the seeded generator
 * of @dondoc/reporting's tests (60 agencies, 6,250 notices, 34,166 tasks in May 2024) written into
 * a PGlite data folder (and a fresh PostgreSQL database when `TEST_DATABASE_URL` or a local
 * server answers), the report for 1–31 May 2024 made on 5 June, signed in as a leader (sees all).
 * Prints per format the wall time of the request (to the last byte), the server's CPU time for it
 * (user + system from /proc: what the wall time comes to on a quiet machine), the time to the
 * first byte, the size, the server's RSS before the request and its peak (`VmHWM`); goal < 5 s,
 * < 400 MB. The server runs from `dist/` (the script builds it first).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

import { generate } from "../../../packages/reporting/src/test-support/generate.js";
import { meta } from "../../../packages/reporting/src/test-support/meta.js";
import { hashPassword } from "../src/auth/secret.js";
import { open } from "../src/db/connect.js";
import * as PgliteTemplate from "../src/db/pglite-template.js";
import * as Directory from "../src/services/directory.js";
import { freshPostgres } from "../test/harness.js";
import { fill } from "../test/support/report-fill.js";

const TASKS = Number(process.env.TASKS ?? 50_000);
const PERIOD = "2024-05-01..2024-05-31";
const AT = "2024-06-05";
const PASSWORD = "mat-khau-bench-bao-cao";
const engines = (process.env.BENCH_ENGINES ?? "pglite,postgres").split(",") as ("pglite" | "postgres")[];
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

/** CPU seconds (user + system) `pid` has used so far. */
const cpuOf = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** Kilobytes of a /proc status line of `pid` (`VmRSS`, `VmHWM`), as bytes. */
const procStatus = (pid: number, field: string): number => {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${field}:`));
  return Number(/(\d+)/.exec(line ?? "")?.[1] ?? 0) * 1024;
};

const startServer = async (env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> => {
  const child = spawn(process.execPath, [join(import.meta.dirname, "report-server.mjs")], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) {
    if (line.startsWith("{")) return { url: (JSON.parse(line) as { url: string }).url, child };
  }
  throw new Error("the server stopped before it listened");
};

const stop = (child: ChildProcess) =>
  new Promise<void>((done) => {
    child.once("exit", () => done());
    child.kill("SIGTERM");
  });

const signIn = async (url: string): Promise<Record<string, string>> => {
  const res = await fetch(`${url}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "bench-leader", password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  return {
    cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
    "x-csrf-token": body.csrfToken,
    "content-type": "application/json",
  };
};

/** Writes the generated export and a leader into a fresh database of `engine`; returns the server's environment. */
const prepareDatabase = async (
  engine: "pglite" | "postgres",
): Promise<{ env: Record<string, string>; drop: () => Promise<void>; seconds: number }> => {
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), "dondoc-report-bench-"));
  const pg = engine === "postgres" ? await freshPostgres() : null;
  const db = await open(
    pg === null
      ? { kind: "pglite", dataDir: join(dataDir, "pglite"), template: PgliteTemplate.load() }
      : { kind: "postgres", url: pg.url },
  );
  await db.kysely.transaction().execute((tx) => Directory.seed(tx));
  await fill(db.kysely, generate(TASKS));
  await db.kysely
    .insertInto("users")
    .values({
      id: "usr_bench_leader",
      username: "bench-leader",
      display_name: "Lãnh đạo (bench)",
      password_hash: await hashPassword(PASSWORD),
      role: "leader",
    })
    .execute();
  await db.close();
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    ...(pg === null ? {} : { DATABASE_URL: pg.url, DONDOC_SECRET_KEY: randomBytes(32).toString("base64") }),
  };
  return {
    env,
    seconds: (performance.now() - started) / 1000,
    drop: async () => {
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

const measure = async (env: Record<string, string>, format: string) => {
  const { url, child } = await startServer(env);
  try {
    const headers = await signIn(url);
    const pid = child.pid ?? 0;
    const before = procStatus(pid, "VmRSS");
    const cpuBefore = cpuOf(pid);
    const started = performance.now();
    const res = await fetch(`${url}/v1/reports`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        period: PERIOD,
        at: AT,
        format,
        ...(format === "docx" ? { document: meta } : {}),
      }),
    });
    if (res.status !== 200 || res.body === null)
      throw new Error(`${format}: ${res.status} ${await res.text()}`);
    let firstByte = 0;
    let size = 0;
    let head = "";
    for await (const chunk of res.body) {
      if (size === 0) firstByte = performance.now() - started;
      if (format === "json" && head.length < 4096) head += Buffer.from(chunk).toString("utf8", 0, 4096);
      size += chunk.length;
    }
    const wall = (performance.now() - started) / 1000;
    const peak = procStatus(pid, "VmHWM");
    const cpu = cpuOf(pid) - cpuBefore;
    const total = format === "json" ? /"total":(\d+)/.exec(head)?.[1] : undefined;
    return { wall, cpu, firstByte: firstByte / 1000, size, before, peak, total };
  } finally {
    await stop(child);
  }
};

console.log(
  `POST /v1/reports, ${TASKS.toLocaleString("en")} tasks, period ${PERIOD} made on ${AT}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
for (const engine of engines) {
  let prepared: Awaited<ReturnType<typeof prepareDatabase>>;
  try {
    prepared = await prepareDatabase(engine);
  } catch (error) {
    console.log(`${engine}: skipped (${error instanceof Error ? error.message : String(error)})`);
    continue;
  }
  console.log(`${engine}: database filled in ${prepared.seconds.toFixed(0)} s`);
  console.log(
    "format | wall | server CPU | first byte | size | RSS before | peak RSS | CPU < 5 s and peak < 400 MB",
  );
  try {
    for (const format of ["json", "csv", "xlsx", "docx"]) {
      const r = await measure(prepared.env, format);
      console.log(
        `${format} | ${r.wall.toFixed(2)} s | ${r.cpu.toFixed(2)} s | ${r.firstByte.toFixed(2)} s | ${mb(r.size)} | ${mb(r.before)} | ${mb(r.peak)} | ${r.cpu < 5 && r.peak < 400e6 ? "yes" : "no"}${r.total === undefined ? "" : ` (${r.total} tasks in the report)`}`,
      );
    }
  } finally {
    await prepared.drop();
  }
}
