/**
 * `pnpm bench` — throughput and latency of the task list, printed as a table:
 *
 * 1. GET /v1/tasks (page of 50, signed in as a secretariat) against a bare Hono route on the same
 *    server behind the same /v1 middleware (session check included), on PGlite and PostgreSQL,
 *    with a browser's Accept-Encoding. The list as served (pages cached), for a client without
 *    gzip, while 20 task writes a second land (each empties the page cache), with the page cache
 *    off (`TASK_PAGE_CACHE_MB=0`: every request runs its query), and with every cache off (what a
 *    process serves while its change notifications are not proven, `db/changes.ts`); the bare
 *    route outside /v1 for reference.
 * 2. p50/p95/p99 latency of the overdue list (all agencies, one agency, page 2) over HTTP with
 *    1,000,000 tasks in a fresh database on the PostgreSQL server (TEST_DATABASE_URL), page cache
 *    off so every request runs its query.
 * 3. `bench/report-export.ts` (`BENCH_REPORTS=0` skips it): POST /v1/reports over 50,000 tasks,
 *    each format in its own server process, time and peak RSS.
 *
 * The load comes from autocannon in its own process (16 keep-alive connections, 1 s warm-up,
 * then `BENCH_SECONDS`), so the generator does not compete with the server for its core. Every
 * throughput figure is the median of `BENCH_ROUNDS` runs (3).
 */
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { sql } from "kysely";

import { create } from "../src/app.js";
import { hashPassword } from "../src/auth/secret.js";
import * as SecretBox from "../src/auth/secret-box.js";
import type { Deps } from "../src/context.js";
import type { Db } from "../src/db/connect.js";
import { open } from "../src/db/connect.js";
import { Env } from "../src/env.js";
import * as Logger from "../src/http/logger.js";
import * as Directory from "../src/services/directory.js";
import { freshPostgres } from "../test/harness.js";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
/** The body of the bare reference for GET /v1/tasks/{id}: set to a real task's JSON before use. */
let bareTask = "{}";
/** Each throughput figure is the median of this many runs, the bare route measured between them. */
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = 16;
const bigN = Number(process.env.BENCH_TASKS ?? 1_000_000);
const now = new Date("2025-06-02T03:00:00Z");
const autocannon = join(import.meta.dirname, "../node_modules/.bin/autocannon");

/**
 * On a machine with `taskset`, the server (this process) keeps the first core and autocannon the
 * last, so the scheduler moving them about does not add to the noise of a 2-core machine.
 */
const pinned = (() => {
  try {
    execFileSync("taskset", ["-cp", "0", String(process.pid)], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const lastCore = String(Math.max(0, availableParallelism() - 1));

/** `db` as a process whose change notifications are not proven: every cache is bypassed. */
const uncached = (db: Db): Db => ({ ...db, changes: { ...db.changes, live: () => false } });

const serveOn = async (db: Db, env: Record<string, string> = {}) => {
  const deps: Deps = {
    db,
    env: Env.parse({ LOG_LEVEL: "silent", ...env }),
    now: () => now,
    log: Logger.create("silent"),
    uploadsDir: mkdtempSync(join(tmpdir(), "dondoc-bench-")),
    secrets: SecretBox.make(randomBytes(32)),
  };
  const app = create(deps);
  // The reference: a route doing nothing behind the same /v1 middleware (request id, security
  // headers, body limit, session check, idempotency); and one outside /v1 without the session.
  app.get("/v1/bench/bare", (c) => c.json({ ok: true }));
  app.get("/bench/bare", (c) => c.json({ ok: true }));
  // The reference for one task: the same bytes as a task's JSON, sent by a route doing nothing else.
  app.get("/v1/bench/bare-task", (c) => c.body(bareTask, 200, { "content-type": "application/json" }));
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
  });
};

const signIn = async (url: string, db: Db): Promise<string> => {
  await db.kysely
    .insertInto("users")
    .values({
      id: "usr_bench",
      username: "bench",
      display_name: "Bench",
      password_hash: await hashPassword("bench-password"),
      role: "secretariat",
      agency_id: "brvt.ubnd",
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  const res = await fetch(`${url}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "bench", password: "bench-password" }),
  });
  return (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
};

/**
 * Inserts `n` published tasks of one UBND tỉnh notice, deadlines spread over 2023–2027, 70 % open,
 * over the seed agencies.
 */
const fill = async (db: Db, n: number): Promise<void> => {
  await db.kysely
    .insertInto("notices")
    .values({
      id: "ntc_bench",
      source_text: "bench",
      lifecycle: "published",
      number: "1",
      symbol: "TB-UBND",
      issuer_agency_id: "brvt.ubnd",
    })
    .execute();
  const agencies = (await db.kysely.selectFrom("agencies").select("id").orderBy("id").execute()).map(
    (a) => a.id,
  );
  const chunk = 100_000;
  for (let start = 0; start < n; start += chunk) {
    const size = Math.min(chunk, n - start);
    await sql`
      insert into tasks (id, notice_id, lead_agency_id, lead_name, action, due_on, original_due_on, lifecycle, completed_on, search_text)
      select
        'tsk_b' || lpad(g::text, 8, '0'),
        'ntc_bench',
        (${sql.val(agencies)}::text[])[1 + (g % ${agencies.length})],
        'Cơ quan',
        'Nhiệm vụ số ' || g,
        to_char(date '2023-01-01' + (g::bigint * 7919 % 1800)::int, 'YYYY-MM-DD'),
        to_char(date '2023-01-01' + (g::bigint * 7919 % 1800)::int, 'YYYY-MM-DD'),
        case when g % 10 < 7 then 'open' else 'done' end,
        case when g % 10 < 7 then null else to_char(date '2023-01-01' + (g::bigint * 7919 % 1800)::int + (g % 5) - 2, 'YYYY-MM-DD') end,
        'nhiem vu so ' || g
      from generate_series(${start + 1}::int, ${start + size}::int) as g
    `.execute(db.kysely);
  }
  await sql`analyze tasks`.execute(db.kysely);
};

interface Load {
  readonly rps: number;
  readonly errors: number;
}

/** What browsers and `fetch` send; `identity` for a client that takes no compression. */
const browserEncodings = "gzip, deflate, br";

/** Runs autocannon in its own process against `url` and returns requests per second. */
const load = (url: string, cookie: string, encodings = browserEncodings): Promise<Load> =>
  new Promise((resolve, reject) => {
    const args = ["-c", String(connections), "-d", String(seconds), "-j", "-n"];
    args.push("--warmup", "[", "-c", String(connections), "-d", "1", "]");
    args.push("-H", `cookie=${cookie}`, "-H", `accept-encoding=${encodings}`, url);
    const child = pinned
      ? spawn("taskset", ["-c", lastCore, autocannon, ...args], { stdio: ["ignore", "pipe", "inherit"] })
      : spawn(autocannon, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      try {
        const r = JSON.parse(line) as {
          requests: { total: number };
          duration: number;
          non2xx: number;
          errors: number;
        };
        resolve({ rps: Math.round(r.requests.total / r.duration), errors: r.non2xx + r.errors });
      } catch {
        reject(new Error(`autocannon exited ${code}: ${out.slice(0, 500)}`));
      }
    });
  });

/** Twenty task writes a second (progress moves), until `stop` is called. */
const writer = (db: Db) => {
  let running = true;
  let n = 0;
  const done = (async () => {
    while (running) {
      n++;
      await sql`update tasks set progress_percent = ${n % 100}, version = version + 1
        where id = ${`tsk_b${String(1 + (n % 2000)).padStart(8, "0")}`}`.execute(db.kysely);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return async () => {
    running = false;
    await done;
    return n;
  };
};

const latency = async (url: string, path: string, cookie: string, n = 200) => {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) await (await fetch(url + path, { headers: { cookie } })).arrayBuffer();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(url + path, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
};

/** A draft notice of 20 tasks, each with a lead agency and a resolved deadline. */
const twentyTasks = (i: number) => {
  const span = { start: 0, end: 10 };
  const tasks = Array.from({ length: 20 }, (_, k) => ({
    lead: { name: "Sở Tài chính", agencyId: "brvt.so-tc", collective: false, groupId: null, span: null },
    coordinators: [{ name: "Sở Nội vụ", agencyId: null, collective: false, groupId: null, span: null }],
    mode: "assigned",
    action: `Nhiệm vụ ${k + 1} của thông báo ${i}`,
    deadline: {
      phrase: "trước ngày 30/6/2024",
      kind: "on-date",
      rule: null,
      dueOn: "2024-06-28",
      recurrence: null,
      derivation: null,
      span: null,
    },
    span,
  }));
  return {
    notice: {
      number: String(1000 + i),
      symbol: "TB-UBND",
      issuer: "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
      place: null,
      issuedOn: "2024-02-01",
      meetingOn: null,
      subject: `Bench ${i}`,
      chair: null,
      attendees: [],
      references: [],
      recipients: [],
      signer: null,
    },
    directives: [{ path: "1", text: "Giao", informational: false, span, tasks }],
    warnings: [],
    text: "bench",
  };
};

/** p50/p95 of publishing `n` notices of 20 tasks each, one after another, over HTTP. */
const publishLatency = async (url: string, cookie: string, n = 30) => {
  const login = await fetch(`${url}/v1/auth/session`, { headers: { cookie } });
  const csrf = ((await login.json()) as { csrfToken?: string }).csrfToken ?? "";
  const headers = { cookie, "content-type": "application/json", "x-csrf-token": csrf };
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const created = await fetch(`${url}/v1/notices`, {
      method: "POST",
      headers,
      body: JSON.stringify({ parsed: twentyTasks(i) }),
    });
    const { id } = (await created.json()) as { id: string };
    const t = performance.now();
    const res = await fetch(`${url}/v1/notices/${id}/publish`, {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrf, "if-match": '"1"' },
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`publish → ${res.status} ${text}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
  return { n, p50: at(0.5), p95: at(0.95) };
};

/** The median run of `rounds` calls of `measure`. */
const median = async (measure: () => Promise<Load>): Promise<Load> => {
  const runs: Load[] = [];
  for (let i = 0; i < rounds; i++) runs.push(await measure());
  runs.sort((x, y) => x.rps - y.rps);
  return runs[Math.floor(runs.length / 2)] ?? { rps: 0, errors: 0 };
};

const rows: Record<string, string | number>[] = [];
const ratio = (x: Load, bare: Load) => `${Math.round((100 * x.rps) / Math.max(1, bare.rps))} %`;

const engines = (process.env.BENCH_ENGINES ?? "pglite,postgres").split(",") as ("pglite" | "postgres")[];
for (const engine of engines) {
  const pg = engine === "postgres" ? await freshPostgres() : null;
  const db = await open(pg === null ? { kind: "pglite", dataDir: null } : { kind: "postgres", url: pg.url });
  await db.kysely.transaction().execute((tx) => Directory.seed(tx));
  await fill(db, 2_000);
  const cached = await serveOn(db);
  const cookie = await signIn(cached.url, db);
  const list = "/v1/tasks?limit=50";
  // Bare and list runs alternate, so a slow spell of the machine hits both alike.
  const bareRuns: Load[] = [];
  const served = await median(async () => {
    bareRuns.push(await load(`${cached.url}/v1/bench/bare`, cookie));
    return load(cached.url + list, cookie);
  });
  bareRuns.sort((x, y) => x.rps - y.rps);
  const bare = bareRuns[Math.floor(bareRuns.length / 2)] ?? { rps: 0, errors: 0 };
  const outside = await median(() => load(`${cached.url}/bench/bare`, cookie));
  const identity = await median(() => load(cached.url + list, cookie, "identity"));
  let writes = 0;
  const busy = await median(async () => {
    const stop = writer(db);
    const result = await load(cached.url + list, cookie);
    writes = await stop();
    return result;
  });
  await cached.close();
  const pagesOff = await serveOn(db, { TASK_PAGE_CACHE_MB: "0" });
  const unpaged = await median(() => load(pagesOff.url + list, cookie));
  await pagesOff.close();
  const cold = await serveOn(uncached(db));
  const off = await median(() => load(cold.url + list, cookie));
  await cold.close();
  // One task (GET /v1/tasks/{id}) against a bare route sending a body of the same size.
  const detailServer = await serveOn(db);
  const detailPath = "/v1/tasks/tsk_b00000042";
  bareTask = await (await fetch(detailServer.url + detailPath, { headers: { cookie } })).text();
  const bareDetailRuns: Load[] = [];
  const detail = await median(async () => {
    bareDetailRuns.push(await load(`${detailServer.url}/v1/bench/bare-task`, cookie));
    return load(detailServer.url + detailPath, cookie);
  });
  bareDetailRuns.sort((x, y) => x.rps - y.rps);
  const bareDetail = bareDetailRuns[Math.floor(bareDetailRuns.length / 2)] ?? { rps: 0, errors: 0 };
  const publish = await publishLatency(detailServer.url, cookie);
  await detailServer.close();
  const row = (what: string, x: Load) =>
    rows.push({ bench: `${what} — ${engine}`, "req/s": x.rps, "of bare": ratio(x, bare), errors: x.errors });
  row("bare route behind the /v1 middleware", bare);
  row("bare route outside /v1 (no session check)", outside);
  row("GET /v1/tasks, 50 of 2,000", served);
  row("GET /v1/tasks, client without gzip", identity);
  row(`GET /v1/tasks while ${Math.round(writes / (seconds + 1))} writes/s land`, busy);
  row("GET /v1/tasks, page cache off", unpaged);
  row("GET /v1/tasks, every cache off", off);
  row(`bare route sending ${bareTask.length} bytes (a task's size)`, bareDetail);
  rows.push({
    bench: `GET /v1/tasks/{id} — ${engine}`,
    "req/s": detail.rps,
    "of bare": ratio(detail, bareDetail),
    errors: detail.errors,
  });
  rows.push({
    bench: `POST /v1/notices/{id}/publish, 20 tasks (p50 / p95 ms, ${publish.n} notices) — ${engine}`,
    "req/s": `${publish.p50} / ${publish.p95}`,
    "of bare": "",
    errors: 0,
  });
  await db.close();
  await pg?.drop();
}

if (process.env.BENCH_BIG !== "0") {
  const pg = await freshPostgres();
  const db = await open({ kind: "postgres", url: pg.url });
  await db.kysely.transaction().execute((tx) => Directory.seed(tx));
  const started = performance.now();
  await fill(db, bigN);
  const filled = ((performance.now() - started) / 1000).toFixed(0);
  const server = await serveOn(db, { TASK_PAGE_CACHE_MB: "0" });
  const cookie = await signIn(server.url, db);
  for (const [label, path] of [
    ["overdue, all agencies", "/v1/tasks?timeliness=overdue&limit=50"],
    ["overdue, one agency", "/v1/tasks?timeliness=overdue&agencyId=brvt.so-tc&limit=50"],
    ["overdue, page 2 (cursor)", ""],
  ] as const) {
    let p: string = path;
    if (p === "") {
      const first = await (
        await fetch(`${server.url}/v1/tasks?timeliness=overdue&limit=50`, { headers: { cookie } })
      ).json();
      p = `/v1/tasks?timeliness=overdue&limit=50&cursor=${(first as { nextCursor: string }).nextCursor}`;
    }
    const l = await latency(server.url, p, cookie);
    rows.push({
      bench: `${label} — ${bigN.toLocaleString("en")} tasks, PostgreSQL, page cache off (filled in ${filled} s)`,
      p50: `${l.p50} ms`,
      p95: `${l.p95} ms`,
      p99: `${l.p99} ms`,
    });
  }
  await server.close();
  await db.close();
  await pg.drop();
}

console.table(rows);
// POST /v1/reports over 50,000 tasks in each format: its own script (a server process per format).
if (process.env.BENCH_REPORTS !== "0") {
  execFileSync("pnpm", ["run", "bench:reports"], { cwd: join(import.meta.dirname, ".."), stdio: "inherit" });
}
process.exit(0);
