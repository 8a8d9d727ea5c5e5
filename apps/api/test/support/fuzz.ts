/**
 * Generated bad requests never produce a 5xx. For every route of the OpenAPI document, fast-check
 * builds requests from the route's own schemas — the declared body properties filled with values of
 * the wrong type, shape or size, unknown properties, raw garbage, odd path ids, query values and
 * If-Match headers — and sends them as an administrator (so they reach validation and the
 * handlers) through the whole application (`app.request`: every middleware, the real database —
 * only the socket is skipped, to afford the volume). Every answer must be below 500 and, when it
 * is an error, problem+json. When `CI` is set: 1,000 runs per route on PGlite and 150 on
 * PostgreSQL (validation does not depend on the engine; the database errors that do are covered
 * there); fewer locally.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { create } from "../../src/app.js";
import type { App } from "../../src/context.js";
import type { Engine } from "../../src/db/connect.js";
import { signIn } from "../client.js";
import type { TestServer } from "../harness.js";
import { startServer } from "../harness.js";

const ci = process.env.CI !== undefined;
const runsOn = { pglite: ci ? 1000 : 15, postgres: ci ? 150 : 10 } as const;

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly query: string[];
  readonly bodyProperties: string[];
  readonly json: boolean;
}

type JsonSchema = { properties?: Record<string, unknown>; $ref?: string };
type Doc = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string }[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
  components: { schemas: Record<string, JsonSchema> };
};

const operations = (doc: Doc): Operation[] => {
  const resolve = (s: JsonSchema | undefined): JsonSchema | undefined =>
    s?.$ref === undefined ? s : doc.components.schemas[s.$ref.replace("#/components/schemas/", "")];
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (path === "/v1/auth/logout" || path === "/v1/auth/password") continue; // would end the session
      const content = op.requestBody?.content ?? {};
      const schema = resolve(content["application/json"]?.schema ?? content["multipart/form-data"]?.schema);
      out.push({
        method: method.toUpperCase(),
        path,
        query: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
        bodyProperties: Object.keys(schema?.properties ?? {}),
        json: content["application/json"] !== undefined,
      });
    }
  }
  return out;
};

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "../../etc/passwd",
    "%00",
    "9".repeat(40),
    "2024-02-30",
    "-1",
    "null",
    "🙂",
    "Sở Tài chính",
  ),
);

const value = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  nasty,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, [], {}, "2024-13-01", 10 ** 20, -0),
);

const request = (op: Operation) =>
  fc.record({
    id: nasty,
    query: fc.dictionary(fc.constantFrom(...op.query, "x", "limit", "cursor"), nasty, { maxKeys: 4 }),
    body: fc.oneof(
      fc.dictionary(fc.constantFrom(...op.bodyProperties, "extra"), value, {
        maxKeys: Math.max(1, op.bodyProperties.length + 1),
      }),
      fc.jsonValue({ maxDepth: 3 }),
      fc.string({ maxLength: 80 }).map((s) => ({ raw: `{${s}` })),
    ),
    ifMatch: fc.option(
      fc.oneof(
        nasty,
        fc.nat().map((n) => `"${n}"`),
      ),
      { nil: undefined },
    ),
    idempotencyKey: fc.option(fc.string({ minLength: 0, maxLength: 300 }), { nil: undefined }),
  });

/** The suite for one engine; each engine has its own test file so the two run in parallel. */
export const suite = (engine: Engine) =>
  describe(`generated bad requests on ${engine}`, () => {
    let server: TestServer;
    let app: App;
    let headers: Record<string, string> = {};
    let ops: Operation[] = [];

    beforeAll(async () => {
      server = await startServer(engine);
      const admin = await signIn(server.url, server.deps.db.kysely, "admin");
      const session = await admin.request("GET", "/v1/auth/session");
      const user = await server.deps.db.kysely
        .selectFrom("users")
        .select("username")
        .where("id", "=", admin.userId)
        .executeTakeFirstOrThrow();
      app = create(server.deps);
      const login = await app.request("/v1/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: user.username, password: "mat-khau-thu-nghiem" }),
      });
      const body = (await login.json()) as { csrfToken: string };
      headers = {
        cookie: (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
        "x-csrf-token": body.csrfToken,
      };
      expect(session.status).toBe(200);
      ops = operations((await (await app.request("/v1/openapi.json")).json()) as Doc);
    });
    afterAll(() => server.dispose());

    it("never answers 5xx, and every error is problem+json", async () => {
      expect(ops.length).toBeGreaterThan(45);
      const failures: string[] = [];
      const timings: [string, number][] = [];
      for (const op of ops) {
        const started = performance.now();
        await fc
          .assert(
            fc.asyncProperty(request(op), async (r) => {
              const path = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(r.id));
              const qs = new URLSearchParams(Object.entries(r.query)).toString();
              const hasBody = op.method !== "GET" && op.method !== "DELETE";
              const raw =
                typeof r.body === "object" &&
                r.body !== null &&
                "raw" in r.body &&
                typeof r.body.raw === "string";
              const h: Record<string, string> = { ...headers };
              if (hasBody) h["content-type"] = "application/json";
              // Header values are bytes on the wire: keep what an HTTP client could actually send.
              const header = (v: string) => v.replace(/[^\x20-\x7e]/g, "");
              if (r.ifMatch !== undefined) h["if-match"] = header(r.ifMatch);
              if (r.idempotencyKey !== undefined && header(r.idempotencyKey) !== "") {
                h["idempotency-key"] = header(r.idempotencyKey);
              }
              const res = await app.request(`${path}${qs === "" ? "" : `?${qs}`}`, {
                method: op.method,
                headers: h,
                ...(hasBody ? { body: raw ? (r.body as { raw: string }).raw : JSON.stringify(r.body) } : {}),
              });
              await res.arrayBuffer();
              if (res.status >= 500)
                failures.push(`${op.method} ${op.path} → ${res.status} ${JSON.stringify(r)}`);
              if (
                res.status >= 400 &&
                !(res.headers.get("content-type") ?? "").includes("application/problem+json")
              ) {
                failures.push(`${op.method} ${op.path} → ${res.status} not problem+json`);
              }
              return res.status < 500;
            }),
            { numRuns: runsOn[engine], endOnFailure: true },
          )
          .catch((error: unknown) => {
            failures.push(
              `${op.method} ${op.path}: ${error instanceof Error ? error.message.slice(0, 600) : String(error)}`,
            );
          });
        timings.push([`${op.method} ${op.path}`, Math.round(performance.now() - started)]);
      }
      if (process.env.FUZZ_TIMING !== undefined)
        console.table(timings.sort((a, b) => b[1] - a[1]).slice(0, 8));
      expect(failures.slice(0, 10)).toEqual([]);
    }, 1_800_000);
  });
