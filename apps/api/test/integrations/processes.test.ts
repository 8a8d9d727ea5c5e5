/**
 * Two real API processes (`Integrations.attach` on each, as `dondoc serve` runs them) on one
 * PostgreSQL database while events are being written: every event reaches the webhook exactly once,
 * every reminder of the day is emitted once, and both processes stop cleanly on SIGTERM.
 */
import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Db } from "../../src/db/connect.js";
import { open } from "../../src/db/connect.js";
import * as Outbox from "../../src/integrations/outbox.js";
import * as Directory from "../../src/services/directory.js";
import * as Ids from "../../src/services/ids.js";
import { freshPostgres, testEnv, testSecrets } from "../harness.js";
import type { Receiver } from "./receiver.js";
import * as Receivers from "./receiver.js";
import * as Seed from "./seed.js";

const tsx = new URL("../../node_modules/.bin/tsx", import.meta.url).pathname;
const main = new URL("./support/api-main.ts", import.meta.url).pathname;

const start = (env: Record<string, string>): Promise<ChildProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(tsx, ["--conditions=@dondoc/source", main], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes('{"url"')) resolve(child);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on("exit", (code) => reject(new Error(`process exited ${code}: ${err}`)));
  });

describe("two API processes on one PostgreSQL database", () => {
  let db: Db;
  let drop: () => Promise<void>;
  let receiver: Receiver;
  let dataDir = "";
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    const fresh = await freshPostgres();
    drop = fresh.drop;
    db = await open({ kind: "postgres", url: fresh.url });
    await db.kysely.transaction().execute((tx) => Directory.seed(tx));
    receiver = await Receivers.start();
    const id = Ids.make("whk");
    await db.kysely
      .insertInto("webhook_subscriptions")
      .values({
        id,
        url: receiver.url,
        secret: testSecrets.seal("whsec_czNjcmV0", id),
        event_types: JSON.stringify(["*"]),
        created_at: new Date(0),
      })
      .execute();
    const n = await Seed.notice(db.kysely);
    for (let i = 0; i < 30; i++) await Seed.task(db.kysely, n, i % 3 === 0 ? "2024-02-26" : "2024-03-07");
    dataDir = mkdtempSync(join(tmpdir(), "dondoc-procs-"));
    const env = {
      ...testEnv,
      DATABASE_URL: fresh.url,
      DATA_DIR: dataDir,
      WORKER_NOW: "2024-03-04T01:00:00Z",
    };
    children.push(...(await Promise.all([start(env), start(env)])));
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    await receiver.close();
    await db.close();
    await drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("delivers every event once and emits each reminder once, then both stop on SIGTERM", async () => {
    for (let i = 0; i < 200; i += 20) {
      await db.kysely.transaction().execute(async (tx) => {
        for (let j = i; j < i + 20; j++) {
          await Outbox.append(tx, { type: "task.created", agencyIds: ["brvt.so-tc"], data: { n: j } });
        }
      });
      await new Promise((r) => setTimeout(r, 20));
    }
    const total = async () =>
      Number(
        (
          await db.kysely
            .selectFrom("outbox_events")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    await Receivers.until(
      async () => receiver.received.length > 200 && receiver.received.length >= (await total()),
      async () => {},
      60_000,
    );
    await new Promise((r) => setTimeout(r, 500));
    const ids = receiver.received.map((r) => JSON.parse(r.body).id as string);
    expect(ids).toHaveLength(await total());
    expect(new Set(ids).size).toBe(ids.length);
    const reminders = receiver.received
      .map((r) => JSON.parse(r.body))
      .filter((e) => e.type === "task.due_soon" || e.type === "task.overdue");
    // 20 tasks due 07/03 (3 working days ahead) and 10 due 26/02 (5 working days late) on 04/03.
    expect(reminders).toHaveLength(30);
    expect(new Set(reminders.map((e) => e.data.task.id)).size).toBe(30);
    const exits = children.map((c) => new Promise<number | null>((r) => c.on("exit", (code) => r(code))));
    for (const c of children) c.kill("SIGTERM");
    expect(await Promise.all(exits)).toEqual([0, 0]);
  });
});
