/**
 * The role matrix: every registered route, called by every role (and anonymously, and by an API
 * key), answers 401/403 exactly when the role lacks the route's permission — never leaking through.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Permission } from "../src/auth/permission.js";
import { ofRole } from "../src/auth/permission.js";
import type { Role } from "../src/db/schema.js";
import { registry } from "../src/http/route.js";
import type { Caller } from "./client.js";
import { anonymous, signIn, withApiKey } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";
import { publishFixture } from "./integrations/flows.js";

const integratorScopes: Permission[] = ["tasks.read", "tasks.report", "agencies.read"];
const roles: Role[] = ["admin", "secretariat", "agency_officer", "leader", "integrator"];

/** Routes about the signed-in person themselves: an API key gets 403 there by design. */
const userOnly = new Set([
  "GET /v1/auth/session",
  "POST /v1/auth/password",
  "PUT /v1/tasks/{id}/watchers/me",
  "DELETE /v1/tasks/{id}/watchers/me",
]);

const concrete = (path: string) =>
  path.replace(/\{year\}/g, "2031").replace(/\{[^}]+\}/g, "zz_khong_ton_tai");

describe.each(engines)("role matrix on %s", (engine) => {
  let server: TestServer;
  const callers = new Map<Role | "anonymous", Caller>();

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.deps.db.kysely;
    for (const role of roles.filter((r) => r !== "integrator")) {
      const agency = { agency_officer: "brvt.so-tc", secretariat: "brvt.ubnd" }[role as string] ?? null;
      callers.set(role, await signIn(server.url, db, role, agency));
    }
    const admin = callers.get("admin");
    const key = await admin?.request("POST", "/v1/api-keys", {
      body: { name: "Tích hợp iOffice", scopes: integratorScopes, issuerIds: ["brvt.ubnd"] },
    });
    expect(key?.status).toBe(201);
    callers.set("integrator", withApiKey(server.url, key?.body.token));
    callers.set("anonymous", anonymous(server.url));
  });
  afterAll(() => server.dispose());

  const routes = registry.filter((r) => !(r.method === "POST" && r.path === "/v1/auth/logout"));

  it("covers every route of the application", () => {
    expect(routes.length).toBeGreaterThan(45);
  });

  it.each(roles)("gives %s exactly the routes its permissions allow", async (role) => {
    const caller = callers.get(role);
    if (caller === undefined) throw new Error("no caller");
    const granted = new Set<string>(role === "integrator" ? integratorScopes : ofRole[role]);
    const wrong: string[] = [];
    for (const r of routes) {
      if (r.permission === "public") continue;
      const hasBody = r.method !== "GET" && r.method !== "DELETE";
      const res = await caller.request(r.method, concrete(r.path), hasBody ? { body: {} } : {});
      const allowed = r.permission === "authenticated" || granted.has(r.permission);
      const denied = res.status === 401 || res.status === 403;
      const apiKeyOnUserOnly =
        role === "integrator" && userOnly.has(`${r.method} ${r.path}`) && res.status === 403;
      if (allowed === denied && !apiKeyOnUserOnly) wrong.push(`${r.method} ${r.path} → ${res.status}`);
      expect(res.status).toBeLessThan(500);
    }
    expect(wrong).toEqual([]);
  });

  it("answers 401 to anonymous callers on every non-public route", async () => {
    const caller = callers.get("anonymous");
    const wrong: string[] = [];
    for (const r of registry) {
      if (r.permission === "public") continue;
      const res = await caller?.request(r.method, concrete(r.path), r.method === "GET" ? {} : { body: {} });
      if (res?.status !== 401) wrong.push(`${r.method} ${r.path} → ${res?.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("lets an account on a one-time password reach only its session, the password change and sign-out", async () => {
    const admin = callers.get("admin");
    const created = await admin?.request("POST", "/v1/users", {
      body: { username: "moi.vao", displayName: "Người mới", role: "admin" },
    });
    const anon = anonymous(server.url);
    const login = await anon.request("POST", "/v1/auth/login", {
      body: { username: "moi.vao", password: created?.body.oneTimePassword },
    });
    const headers = {
      cookie: (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
      "x-csrf-token": login.body.csrfToken,
    };
    const blocked: string[] = [];
    const open: string[] = [];
    for (const r of routes) {
      if (r.permission === "public") continue;
      const hasBody = r.method !== "GET" && r.method !== "DELETE";
      const res = await anon.request(r.method, concrete(r.path), {
        headers,
        ...(hasBody ? { body: {} } : {}),
      });
      expect(res.status).toBeLessThan(500);
      if (res.body?.code === "password-change-required") blocked.push(`${r.method} ${r.path}`);
      else open.push(`${r.method} ${r.path}`);
    }
    expect(open.sort()).toEqual(["GET /v1/auth/session", "POST /v1/auth/password"]);
    expect(blocked.length).toBe(routes.filter((r) => r.permission !== "public").length - 2);

    const changed = await anon.request("POST", "/v1/auth/password", {
      headers,
      body: { currentPassword: created?.body.oneTimePassword, newPassword: "mat-khau-rieng-cua-toi" },
    });
    expect(changed.status).toBe(200);
    expect((await anon.request("GET", "/v1/users", { headers })).status).toBe(200);
  });

  it("answers 404, not 403, when an officer or an agency-bound key asks for another agency's task", async () => {
    const secretariat = callers.get("secretariat");
    if (secretariat === undefined) throw new Error("no secretariat");
    // Officers see published work only: a draft's tasks do not exist for them yet.
    const { tasks } = await publishFixture(secretariat);
    const other = tasks.find((t: { leadAgencyId: string }) => t.leadAgencyId === "brvt.so-tttt");
    const own = tasks.find((t: { leadAgencyId: string }) => t.leadAgencyId === "brvt.so-tc");
    if (other === undefined || own === undefined) throw new Error("fixture tasks missing");
    const officer = callers.get("agency_officer");
    for (const path of ["", "/history", "/progress", "/extensions", "/explanations", "/watchers"]) {
      const res = await officer?.request("GET", `/v1/tasks/${other.id}${path}`);
      expect(res?.status).toBe(404);
    }
    const write = await officer?.request("POST", `/v1/tasks/${other.id}/complete`, {
      body: {},
      ifMatch: '"1"',
    });
    expect(write?.status).toBe(404);
    expect((await officer?.request("GET", `/v1/tasks/${own.id}`))?.status).toBe(200);

    const admin = callers.get("admin");
    const key = await admin?.request("POST", "/v1/api-keys", {
      body: {
        name: "iOffice Sở Tài chính",
        scopes: ["tasks.read"],
        agencyId: "brvt.so-tc",
        issuerIds: ["brvt.ubnd"],
      },
    });
    const bound = withApiKey(server.url, key?.body.token);
    expect((await bound.request("GET", `/v1/tasks/${other.id}`)).status).toBe(404);
    expect((await bound.request("GET", `/v1/tasks/${own.id}`)).status).toBe(200);
  });

  it("refuses a revoked API key at once", async () => {
    const admin = callers.get("admin");
    const key = await admin?.request("POST", "/v1/api-keys", {
      body: { name: "Tạm thời", scopes: ["tasks.read"], issuerIds: ["brvt.ubnd"] },
    });
    const caller = withApiKey(server.url, key?.body.token);
    expect((await caller.request("GET", "/v1/tasks")).status).toBe(200);
    expect((await admin?.request("DELETE", `/v1/api-keys/${key?.body.apiKey.id}`))?.status).toBe(200);
    const res = await caller.request("GET", "/v1/tasks");
    expect(res.status).toBe(401);
    expect(res.body.code).toBe("unauthenticated");
  });
});
