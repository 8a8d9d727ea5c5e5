/**
 * Sign-in and request security: one-time passwords, CSRF on cookie sessions, the login rate limit,
 * security headers, Idempotency-Key replays, and problem+json for malformed input.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { anonymous, signIn } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

describe.each(engines)("auth and request security on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await signIn(server.url, server.deps.db.kysely, "admin");
  });
  afterAll(() => server.dispose());

  it("creates a user with a one-time password that must be changed, then signs in with the new one", async () => {
    const created = await admin.request("POST", "/v1/users", {
      body: { username: "Lan.VP", displayName: "Nguyễn Thị Lan", role: "secretariat", agencyId: "brvt.ubnd" },
    });
    expect(created.status).toBe(201);
    expect(created.body.user.username).toBe("lan.vp");
    const login = await anonymous(server.url).request("POST", "/v1/auth/login", {
      body: { username: "lan.vp", password: created.body.oneTimePassword },
    });
    expect(login.status).toBe(200);
    expect(login.body.user.mustChangePassword).toBe(true);
    const cookie = login.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const headers = { cookie: cookie.split(";")[0] ?? "", "x-csrf-token": login.body.csrfToken };
    const changed = await anonymous(server.url).request("POST", "/v1/auth/password", {
      headers,
      body: { currentPassword: created.body.oneTimePassword, newPassword: "mật khẩu mới đủ dài" },
    });
    expect(changed.status).toBe(200);
    const again = await anonymous(server.url).request("POST", "/v1/auth/login", {
      body: { username: "lan.vp", password: "mật khẩu mới đủ dài" },
    });
    expect(again.body.user.mustChangePassword).toBe(false);
  });

  it("refuses a cookie-authenticated write without the CSRF token", async () => {
    const login = await anonymous(server.url).request("POST", "/v1/auth/login", {
      body: { username: "lan.vp", password: "mật khẩu mới đủ dài" },
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const res = await anonymous(server.url).request("POST", "/v1/resolutions", {
      headers: { cookie },
      body: { code: "02-NQ/TU", issuer: "Tỉnh ủy", title: "Chuyển đổi số" },
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe("csrf-failed");
    const read = await anonymous(server.url).request("GET", "/v1/resolutions", { headers: { cookie } });
    expect(read.status).toBe(200);
  });

  it("locks sign-in for a username from the failing address after five wrong passwords (429), without revealing which names exist", async () => {
    const anon = anonymous(server.url);
    const unknown = await anon.request("POST", "/v1/auth/login", {
      body: { username: "khong-co", password: "x" },
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body.code).toBe("invalid-credentials");
    for (let i = 0; i < 5; i++) {
      const res = await anon.request("POST", "/v1/auth/login", {
        body: { username: "lan.vp", password: "sai" },
      });
      expect(res.status).toBe(401);
    }
    const locked = await anon.request("POST", "/v1/auth/login", {
      body: { username: "lan.vp", password: "mật khẩu mới đủ dài" },
    });
    expect(locked.status).toBe(429);
    // The first lock of the exponential back-off: 30 s.
    expect(locked.headers.get("retry-after")).toBe("30");
  });

  it("sends security headers and a request id on every kind of response", async () => {
    const replayBody = { code: "99/NQ-HĐND", issuer: "HĐND tỉnh", title: "Kiểm tra tiêu đề" };
    const replayKey = "kiem-tra-tieu-de-an-toan";
    await admin.request("POST", "/v1/resolutions", { body: replayBody, idempotencyKey: replayKey });
    const responses: Record<string, Headers> = {
      probe: (await fetch(`${server.url}/healthz`)).headers,
      list: (await admin.request("GET", "/v1/tasks")).headers,
      unauthenticated: (await fetch(`${server.url}/v1/tasks`)).headers,
      "unknown route": (await fetch(`${server.url}/v1/khong-co`)).headers,
      "bad input": (await admin.request("GET", "/v1/tasks?limit=0")).headers,
      "api reference": (await fetch(`${server.url}/docs`)).headers,
      "openapi document": (await fetch(`${server.url}/v1/openapi.json`)).headers,
      "idempotent replay": (
        await admin.request("POST", "/v1/resolutions", { body: replayBody, idempotencyKey: replayKey })
      ).headers,
    };
    expect(responses["idempotent replay"]?.get("idempotent-replayed")).toBe("true");
    for (const [kind, headers] of Object.entries(responses)) {
      expect([kind, headers.get("x-content-type-options")]).toEqual([kind, "nosniff"]);
      expect([kind, headers.get("x-frame-options")]).toEqual([kind, "SAMEORIGIN"]);
      expect([kind, headers.get("strict-transport-security")]).toEqual([
        kind,
        "max-age=15552000; includeSubDomains",
      ]);
      expect(headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect([kind, headers.get("x-request-id")]).toEqual([kind, expect.stringMatching(/.+/)]);
    }
  });

  it("replays the first response for a repeated Idempotency-Key and refuses the key for another body", async () => {
    const body = { code: "112/NQ-HĐND", issuer: "HĐND tỉnh", title: "Kế hoạch đầu tư công" };
    const first = await admin.request("POST", "/v1/resolutions", { body, idempotencyKey: "k-1" });
    const second = await admin.request("POST", "/v1/resolutions", { body, idempotencyKey: "k-1" });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    const list = await admin.request("GET", "/v1/resolutions");
    expect(list.body.items.filter((r: { code: string }) => r.code === "112/NQ-HĐND")).toHaveLength(1);
    const other = await admin.request("POST", "/v1/resolutions", {
      body: { ...body, title: "Khác" },
      idempotencyKey: "k-1",
    });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe("idempotency-key-reused");
  });

  it("answers malformed JSON and unknown fields with 400 problem+json naming the field", async () => {
    const bad = await admin.request("POST", "/v1/resolutions", { body: "{not json" });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    const wrong = await admin.request("POST", "/v1/resolutions", {
      body: { code: "1", issuer: "x", title: "y", issuedOn: "2024-02-30" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toBe("json.issuedOn");
    expect(wrong.body.title).toMatch(/^Dữ liệu gửi lên không hợp lệ/);
    const route = await admin.request("GET", "/v1/khong-co");
    expect(route.status).toBe(404);
    expect(route.body.code).toBe("not-found");
  });

  it("rejects requests larger than the limit with 413", async () => {
    const res = await admin.request("POST", "/v1/notices/parse", {
      body: { text: "a".repeat(server.deps.env.MAX_UPLOAD_BYTES + 2 * 1024 * 1024) },
    });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe("payload-too-large");
  });
});
