/**
 * The sign-in limiter and the password rules over real HTTP, behind a trusted proxy so each test
 * can speak from several client addresses (`X-Forwarded-For`): a burst of wrong passwords from one
 * address never locks the owner out elsewhere, parallel guesses cannot pass the limit (also across
 * two servers on one PostgreSQL database), usernames are normalised, unknown and disabled accounts
 * take as long to refuse as wrong passwords, the password policy names its rule, and the session
 * cookie is `Secure` over HTTPS.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { create } from "../src/app.js";
import { hashPassword } from "../src/auth/secret.js";
import { open } from "../src/db/connect.js";
import * as Ids from "../src/services/ids.js";
import type { Caller, Reply } from "./client.js";
import { anonymous } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, openDb, serveDb, startServer } from "./harness.js";

const secret = "mot-mat-khau-rat-dai-2024";

/** Counts the server's argon2 verifications (the server runs in this process). */
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock("../src/auth/secret.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../src/auth/secret.js")>();
  return {
    ...original,
    verifyPassword: (stored: string, password: string) => {
      verifications.count++;
      return original.verifyPassword(stored, password);
    },
  };
});

const addUser = async (
  server: TestServer,
  username: string,
  options: { disabled?: boolean; password?: string } = {},
) => {
  await server.deps.db.kysely
    .insertInto("users")
    .values({
      id: Ids.make("usr"),
      username,
      display_name: username,
      password_hash: await hashPassword(options.password ?? secret),
      role: "admin",
      agency_id: null,
      disabled: options.disabled ?? false,
    })
    .execute();
};

const login = (url: string, from: string, username: string, password: string): Promise<Reply> =>
  anonymous(url).request("POST", "/v1/auth/login", {
    headers: { "x-forwarded-for": `203.0.113.250, ${from}` },
    body: { username, password },
  });

describe.each(engines)("sign-in limiter and password rules on %s", (engine) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(engine, undefined, { TRUST_PROXY: "true" });
  });
  afterAll(() => server.dispose());

  it("accepts the correct password from another address after a burst of wrong ones, and refuses the failing address with Retry-After", async () => {
    await addUser(server, "admin");
    for (let i = 0; i < 8; i++) {
      const res = await login(server.url, "198.51.100.1", "admin", `sai-${i}`);
      expect([401, 429]).toContain(res.status);
    }
    const elsewhere = await login(server.url, "198.51.100.2", "admin", secret);
    expect(elsewhere.status).toBe(200);
    const fromAttacker = await login(server.url, "198.51.100.1", "admin", secret);
    expect(fromAttacker.status).toBe(429);
    expect(fromAttacker.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(fromAttacker.body.code).toBe("rate-limited");
    expect(Number(fromAttacker.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("never lets parallel wrong attempts check more passwords than the limit", async () => {
    await addUser(server, "race.target");
    const replies = await Promise.all(
      Array.from({ length: 25 }, (_, i) => login(server.url, "198.51.100.3", "race.target", `doan-${i}`)),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    // The owner, from an address that has not failed, still gets in.
    expect((await login(server.url, "198.51.100.4", "race.target", secret)).status).toBe(200);
  });

  it("backs off exponentially: each further failure after the lock doubles the wait", async () => {
    await addUser(server, "backoff.user");
    for (let i = 0; i < 5; i++) await login(server.url, "198.51.100.5", "backoff.user", "sai");
    const first = await login(server.url, "198.51.100.5", "backoff.user", "sai");
    expect(first.headers.get("retry-after")).toBe("30");
    server.setNow(new Date(server.deps.now().getTime() + 31_000));
    expect((await login(server.url, "198.51.100.5", "backoff.user", "sai")).status).toBe(401);
    const second = await login(server.url, "198.51.100.5", "backoff.user", "sai");
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toBe("60");
  });

  it("signs “ Admin ” in as admin (trimmed, NFC, lower-case)", async () => {
    const res = await login(server.url, "198.51.100.6", " Admin ", secret);
    expect(res.status).toBe(200);
    expect(res.body.user.username).toBe("admin");
  });

  it("creates users under the normalised username", async () => {
    const admin = await login(server.url, "198.51.100.6", "admin", secret);
    const cookie = (admin.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const created = await anonymous(server.url).request("POST", "/v1/users", {
      headers: { cookie, "x-csrf-token": admin.body.csrfToken, "x-forwarded-for": "198.51.100.6" },
      body: { username: "  Hoa.VP ", displayName: "Hoa", role: "leader", agencyId: null },
    });
    expect(created.status).toBe(201);
    expect(created.body.user.username).toBe("hoa.vp");
  });

  it("does the same work to refuse an unknown or disabled account as a wrong password: one argon2 verification", async () => {
    await addUser(server, "timing.on");
    await addUser(server, "timing.off", { disabled: true });
    const verificationsFor = async (username: string, password: string, from: string) => {
      const before = verifications.count;
      const res = await login(server.url, from, username, password);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe("invalid-credentials");
      return verifications.count - before;
    };
    expect(await verificationsFor("timing.on", "khong-dung-mat-khau", "198.51.101.1")).toBe(1);
    expect(await verificationsFor("timing.off", secret, "198.51.101.2")).toBe(1);
    expect(await verificationsFor("khong.ton.tai", secret, "198.51.101.3")).toBe(1);
  });

  it("refuses a new password that is short, the username or common, naming the rule in both languages", async () => {
    await addUser(server, "policy.user");
    const signedIn = await login(server.url, "198.51.100.7", "policy.user", secret);
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const caller: Caller = {
      userId: "",
      cookie,
      request: (method, path, options = {}) =>
        anonymous(server.url).request(method, path, {
          ...options,
          headers: { cookie, "x-csrf-token": signedIn.body.csrfToken },
        }),
    };
    for (const [newPassword, rule] of [
      ["ngan-qua-1", "password-too-short"],
      ["Policy.User", "password-too-short"],
      ["password1234", "password-too-common"],
      ["qwertyuiop123", "password-too-common"],
    ] as const) {
      const res = await caller.request("POST", "/v1/auth/password", {
        body: { currentPassword: secret, newPassword },
      });
      expect(res.status, newPassword).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
      expect(res.body.rule).toBe(rule);
      expect(res.body.errors[0].path).toBe("body.newPassword");
      expect(res.body.detail).toMatch(/ \/ /);
    }
    await addUser(server, "ten.dang.nhap.dai");
    const named = await login(server.url, "198.51.100.7", "ten.dang.nhap.dai", secret);
    const same = await anonymous(server.url).request("POST", "/v1/auth/password", {
      headers: {
        cookie: (named.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
        "x-csrf-token": named.body.csrfToken,
      },
      body: { currentPassword: secret, newPassword: "Ten.Dang.Nhap.Dai" },
    });
    expect(same.status).toBe(400);
    expect(same.body.rule).toBe("password-is-username");
    const good = await caller.request("POST", "/v1/auth/password", {
      body: { currentPassword: secret, newPassword: "mật khẩu mới đủ dài" },
    });
    expect(good.status).toBe(200);
  });

  it("marks the session cookie Secure over HTTPS, by a trusted proxy's X-Forwarded-Proto or when forced", async () => {
    await addUser(server, "cookie.user");
    const plain = await login(server.url, "198.51.100.8", "cookie.user", secret);
    expect(plain.headers.get("set-cookie")).not.toMatch(/;\s*Secure/i);
    const proxied = await anonymous(server.url).request("POST", "/v1/auth/login", {
      headers: { "x-forwarded-for": "198.51.100.8", "x-forwarded-proto": "https" },
      body: { username: "cookie.user", password: secret },
    });
    expect(proxied.status).toBe(200);
    expect(proxied.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
    const body = JSON.stringify({ username: "cookie.user", password: secret });
    const headers = { "content-type": "application/json", "x-forwarded-proto": "https" };
    // Without TRUST_PROXY the header is anyone's to write: ignored.
    const direct = create({ ...server.deps, env: { ...server.deps.env, TRUST_PROXY: false } });
    const ignored = await direct.request("/v1/auth/login", { method: "POST", headers, body });
    expect(ignored.status).toBe(200);
    expect(ignored.headers.get("set-cookie")).not.toMatch(/;\s*Secure/i);
    const overHttps = await direct.request("https://dondoc.example/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(overHttps.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
    const forced = create({
      ...server.deps,
      env: { ...server.deps.env, TRUST_PROXY: false, COOKIE_SECURE: true },
    });
    const always = await forced.request("/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(always.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
  });
});

describe("sign-in limiter shared by two servers on one PostgreSQL database", () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    const [first, second] = servers;
    await second?.dispose();
    await first?.dispose();
  });

  it("counts parallel wrong attempts split across both servers against one limit", async () => {
    const { db, drop } = await openDb("postgres");
    servers.push(await serveDb(db, drop, undefined, { TRUST_PROXY: "true" }));
    const [a] = servers;
    if (a === undefined) throw new Error("no server");
    await addUser(a, "shared.target");
    const dbUrl = await a.deps.db.kysely
      .selectNoFrom((eb) => eb.fn<string>("current_database", []).as("name"))
      .executeTakeFirstOrThrow();
    const base = new URL(process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test");
    base.pathname = `/${dbUrl.name}`;
    const second = await open({ kind: "postgres", url: base.toString() });
    servers.push(await serveDb(second, async () => {}, undefined, { TRUST_PROXY: "true" }));
    const [, b] = servers;
    if (b === undefined) throw new Error("no second server");
    const replies = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        login(i % 2 === 0 ? a.url : b.url, "198.51.100.9", "shared.target", `doan-${i}`),
      ),
    );
    expect(replies.filter((r) => r.status === 401).length).toBeLessThanOrEqual(5);
    expect(replies.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(19);
  });
});
