/**
 * A disabled account stops at once, everywhere (issue #14, item 11), over real HTTP: its session
 * cookie, the API keys it issued and its calendar feeds are refused on the next request — on the
 * process that disabled it and on a second process on the same PostgreSQL database — and a feed
 * of an officer moved to another agency shows only what the officer may see now.
 */
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { open } from "../src/db/connect.js";
import type { Database } from "../src/db/schema.js";
import * as Directory from "../src/services/directory.js";
import type { Caller } from "./client.js";
import { anonymous, signIn, withApiKey } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, freshPostgres, serveDb, startServer } from "./harness.js";
import type { Published } from "./integrations/flows.js";
import { publishFixture } from "./integrations/flows.js";

/** Polls `probe` until it returns `want`, for at most `ms`. */
const within = async <T>(ms: number, want: T, probe: () => Promise<T>): Promise<T> => {
  const until = performance.now() + ms;
  let got = await probe();
  while (got !== want && performance.now() < until) {
    await new Promise((r) => setTimeout(r, 10));
    got = await probe();
  }
  return got;
};

const feedUrl = (base: string, url: string) => {
  const u = new URL(url);
  return `${base}${u.pathname}${u.search}`;
};

interface Credentials {
  readonly cookie: string;
  readonly token: string;
  readonly feed: string;
}

/** A user who signs in, issues an API key and makes a calendar feed; what each opens. */
const credentialsOf = async (user: Caller, scope: { agencyId: string }): Promise<Credentials> => {
  const key = await user.request("POST", "/v1/api-keys", {
    body: { name: "Tích hợp", scopes: ["tasks.read"], issuerIds: ["brvt.ubnd"] },
  });
  expect(key.status).toBe(201);
  const feed = await user.request("POST", "/v1/calendar-feeds", {
    body: { kind: "agency", agencyId: scope.agencyId, name: "Lịch" },
  });
  expect(feed.status).toBe(201);
  return { cookie: user.cookie, token: key.body.token, feed: feed.body.url };
};

/** The statuses of a session, a key and a feed on the process at `base`. */
const statuses = async (base: string, c: Credentials) => ({
  session: (await anonymous(base).request("GET", "/v1/tasks", { headers: { cookie: c.cookie } })).status,
  key: (await withApiKey(base, c.token).request("GET", "/v1/tasks")).status,
  feed: (await fetch(feedUrl(base, c.feed))).status,
});

const disable = async (admin: Caller, db: Kysely<Database>, userId: string) => {
  const { version } = await db
    .selectFrom("users")
    .select("version")
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  const res = await admin.request("PATCH", `/v1/users/${userId}`, {
    ifMatch: `"${version}"`,
    body: { disabled: true },
  });
  expect(res.status).toBe(200);
};

describe.each(engines)("a disabled account on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;
  let published: Published;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await signIn(server.url, server.deps.db.kysely, "admin");
    published = await publishFixture(await signIn(server.url, server.deps.db.kysely, "secretariat"));
  });
  afterAll(() => server.dispose());

  it("loses its session, the keys it issued and its feeds on the next request", async () => {
    const other = await signIn(server.url, server.deps.db.kysely, "admin");
    const c = await credentialsOf(other, { agencyId: "brvt.so-tc" });
    expect(await statuses(server.url, c)).toEqual({ session: 200, key: 200, feed: 200 });
    await disable(admin, server.deps.db.kysely, other.userId);
    const after = await statuses(server.url, c);
    expect(after.session).toBe(401);
    expect(after.key).toBe(401);
    expect(after.feed).toBe(404);
  });

  it("shows an officer moved to another agency only the new agency's work in its feeds", async () => {
    const officer = await signIn(server.url, server.deps.db.kysely, "agency_officer", "brvt.so-tc");
    const personal = await officer.request("POST", "/v1/calendar-feeds", {
      body: { kind: "user", name: "Của tôi" },
    });
    const agency = await officer.request("POST", "/v1/calendar-feeds", {
      body: { kind: "agency", agencyId: "brvt.so-tc", name: "Sở Tài chính" },
    });
    expect(personal.status).toBe(201);
    expect(agency.status).toBe(201);
    const oldTask = published.tasks.find((t) => t.leadAgencyId === "brvt.so-tc");
    const newTask = published.tasks.find((t) => t.leadAgencyId === "brvt.so-tttt");
    if (oldTask === undefined || newTask === undefined) throw new Error("fixture tasks missing");
    const read = async (url: string) => (await fetch(feedUrl(server.url, url))).text();
    expect(await read(personal.body.url)).toContain(oldTask.id);
    expect(await read(agency.body.url)).toContain(oldTask.id);

    const moved = await admin.request("PATCH", `/v1/users/${officer.userId}`, {
      ifMatch: '"1"',
      body: { agencyId: "brvt.so-tttt" },
    });
    expect(moved.status).toBe(200);
    const mine = await read(personal.body.url);
    expect(mine).not.toContain(oldTask.id);
    expect(mine).toContain(newTask.id);
    expect(await read(agency.body.url)).not.toContain(oldTask.id);
  });
});

describe("a disabled account on two processes on one PostgreSQL database", () => {
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    const fresh = await freshPostgres();
    const [dbA, dbB] = await Promise.all([
      open({ kind: "postgres", url: fresh.url, poolSize: 4 }),
      open({ kind: "postgres", url: fresh.url, poolSize: 4 }),
    ]);
    await dbA.kysely.transaction().execute((tx) => Directory.seed(tx));
    a = await serveDb(dbA, async () => {});
    b = await serveDb(dbB, fresh.drop);
  });
  afterAll(async () => {
    await a.dispose();
    await b.dispose();
  });

  it("is refused on process B as soon as process A disables it: session, key and feed", async () => {
    const admin = await signIn(a.url, a.deps.db.kysely, "admin");
    const other = await signIn(a.url, a.deps.db.kysely, "admin");
    const c = await credentialsOf(other, { agencyId: "brvt.so-tc" });
    // Process B has the session cached before the change.
    for (let i = 0; i < 3; i++)
      expect(await statuses(b.url, c)).toEqual({ session: 200, key: 200, feed: 200 });
    await disable(admin, a.deps.db.kysely, other.userId);
    expect((await withApiKey(b.url, c.token).request("GET", "/v1/tasks")).status).toBe(401);
    expect((await fetch(feedUrl(b.url, c.feed))).status).toBe(404);
    const session = async () =>
      (await anonymous(b.url).request("GET", "/v1/tasks", { headers: { cookie: c.cookie } })).status;
    expect(await within(500, 401, session)).toBe(401);
    expect(await statuses(a.url, c)).toEqual({ session: 401, key: 401, feed: 404 });
  });
});
