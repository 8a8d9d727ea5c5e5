/**
 * `pnpm bench` — throughput and latency of the task list, printed as a table:
 *
 * 1. GET /v1/tasks (page of 50, signed in) against a bare Hono route on the same server and the
 *    same middleware, 16 concurrent keep-alive clients for a fixed time, on PGlite and PostgreSQL.
 * 2. p95 latency of the overdue list (all agencies, and one agency) over HTTP with 1,000,000 tasks
 *    in a fresh database on the PostgreSQL server (TEST_DATABASE_URL).
 *
 * A custom runner rather than vitest bench: requests per second need concurrent clients over a
 * fixed window, which tinybench's one-call-at-a-time loop does not measure.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { sql } from "kysely";

import { create } from "../src/app.js";
import { hashPassword } from "../src/auth/secret.js";
import type { Deps } from "../src/context.js";
import type { Db } from "../src/db/connect.js";
import { open } from "../src/db/connect.js";
import { Env } from "../src/env.js";
import * as Logger from "../src/http/logger.js";
import * as Directory from "../src/services/directory.js";
import { freshPostgres } from "../test/harness.js";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const clients = 16;
const bigN = Number(process.env.BENCH_TASKS ?? 1_000_000);
const now = new Date("2025-06-02T03:00:00Z");

const serveOn = async (db: Db) => {
  const deps: Deps = {
    db,
    env: Env.parse({ LOG_LEVEL: "silent" }),
    now: () => now,
    log: Logger.create("silent"),
    uploadsDir: mkdtempSync(join(tmpdir(), "dondoc-bench-")),
  };
  const app = create(deps);
  app.get("/bench/bare", (c) => c.json({ ok: true }));
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
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
      agency_id: null,
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

/** Inserts `n` published tasks with deadlines spread over 2023–2027, 70 % open, over the seed agencies. */
const fill = async (db: Db, n: number): Promise<void> => {
  await db.kysely
    .insertInto("notices")
    .values({ id: "ntc_bench", source_text: "bench", lifecycle: "published", number: "1", symbol: "TB-UBND" })
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

const load = async (url: string, path: string, cookie: string) => {
  let count = 0;
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const res = await fetch(url + path, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.status === 200) count++;
        else errors++;
      }
    }),
  );
  return { rps: Math.round(count / seconds), errors };
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

const rows: Record<string, string | number>[] = [];

for (const engine of ["pglite", "postgres"] as const) {
  const pg = engine === "postgres" ? await freshPostgres() : null;
  const db = await open(pg === null ? { kind: "pglite", dataDir: null } : { kind: "postgres", url: pg.url });
  await db.kysely.transaction().execute((tx) => Directory.seed(tx));
  await fill(db, 2_000);
  const server = await serveOn(db);
  const cookie = await signIn(server.url, db);
  const bare = await load(server.url, "/bench/bare", cookie);
  const tasks = await load(server.url, "/v1/tasks?limit=50", cookie);
  rows.push({
    bench: `GET /v1/tasks (50 of 2,000) vs bare route — ${engine}`,
    "bare req/s": bare.rps,
    "tasks req/s": tasks.rps,
    ratio: `${Math.round((100 * tasks.rps) / Math.max(1, bare.rps))} %`,
    errors: bare.errors + tasks.errors,
  });
  await server.close();
  await db.close();
  await pg?.drop();
}

{
  const pg = await freshPostgres();
  const db = await open({ kind: "postgres", url: pg.url });
  await db.kysely.transaction().execute((tx) => Directory.seed(tx));
  const started = performance.now();
  await fill(db, bigN);
  const filled = ((performance.now() - started) / 1000).toFixed(0);
  const server = await serveOn(db);
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
      bench: `${label} — ${bigN.toLocaleString("en")} tasks, PostgreSQL (filled in ${filled} s)`,
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
process.exit(0);
