/**
 * The platform around the routes: probes, the OpenAPI document (complete, described, and the copy
 * the client is generated from is current), the reference UI served without a CDN, and the typed
 * client working against a live server.
 */
import { readFileSync } from "node:fs";
import { createDondocClient } from "@dondoc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { registry } from "../src/http/route.js";
import { signIn } from "./client.js";
import type { TestServer } from "./harness.js";
import { startServer } from "./harness.js";

describe("platform", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer("pglite");
  });
  afterAll(() => server.dispose());

  it("answers the health and readiness probes", async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: "ready", engine: "pglite" });
  });

  it("documents every route in OpenAPI 3.1, every schema property with a description", async () => {
    const doc = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: {
        schemas: Record<string, { properties?: Record<string, { description?: string; $ref?: string }> }>;
      };
    };
    expect(doc.openapi).toBe("3.1.0");
    for (const r of registry) {
      const path = r.path;
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${path}`).toBeDefined();
    }
    const undocumented: string[] = [];
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      for (const [prop, s] of Object.entries(schema.properties ?? {})) {
        if (s.description === undefined && s.$ref === undefined) undocumented.push(`${name}.${prop}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it("keeps packages/client/openapi.json identical to the served document (regenerate the client)", async () => {
    const served = await (await fetch(`${server.url}/v1/openapi.json`)).json();
    const committed = JSON.parse(
      readFileSync(new URL("../../../packages/client/openapi.json", import.meta.url), "utf8"),
    );
    expect(committed).toEqual(served);
  });

  it("serves the API reference and its script from this server, loading nothing from a CDN", async () => {
    const page = await (await fetch(`${server.url}/docs`)).text();
    const sources = [...page.matchAll(/src="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(["/docs/scalar.js", "/docs/init.js"]);
    const init = await (await fetch(`${server.url}/docs/init.js`)).text();
    expect(init).toContain("withDefaultFonts: false");
    const script = await fetch(`${server.url}/docs/scalar.js`, {
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(script.status).toBe(200);
    expect(
      Number(script.headers.get("content-length") ?? (await script.arrayBuffer()).byteLength),
    ).toBeGreaterThan(100_000);
    expect(script.headers.get("content-encoding")).toBe("br");
    expect(script.headers.get("vary")).toBe("Accept-Encoding");
    const gzip = await fetch(`${server.url}/docs/scalar.js`, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect((await gzip.text()).length).toBe(
      (await (await fetch(`${server.url}/docs/scalar.js`)).text()).length,
    );
  });

  it("lets the typed client sign in and read tasks through the session cookie", async () => {
    await signIn(server.url, server.deps.db.kysely, "leader");
    const user = await server.deps.db.kysely.selectFrom("users").select("username").executeTakeFirstOrThrow();
    let cookie = "";
    const api = createDondocClient({
      baseUrl: server.url,
      fetch: async (input: Request | string | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        if (cookie !== "") request.headers.set("cookie", cookie);
        const res = await fetch(request);
        const set = res.headers.get("set-cookie");
        if (set !== null) cookie = set.split(";")[0] ?? "";
        return res;
      },
    });
    const login = await api.POST("/v1/auth/login", {
      body: { username: user.username, password: "mat-khau-thu-nghiem" },
    });
    expect(login.data?.user.role).toBe("leader");
    api.setCsrfToken(login.data?.csrfToken ?? null);
    const tasks = await api.GET("/v1/tasks", { params: { query: { timeliness: "overdue", limit: 10 } } });
    expect(tasks.data?.items).toEqual([]);
    const denied = await api.POST("/v1/resolutions", {
      body: { code: "1", issuer: "x", title: "y", issuedOn: null, goals: [] },
    });
    expect(denied.error?.code).toBe("forbidden");
  });
});
