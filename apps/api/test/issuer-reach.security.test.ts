/**
 * Keys and accounts are bound to issuing bodies (issue #14, item 18), over real HTTP on both
 * engines: a key bound to issuer A never lists or reads issuer B's notices and tasks; a secretariat
 * account following A and B sees both and not C; a key must name its issuers; each key's and
 * account's reach is in the list responses.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn, withApiKey } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";
import type { Published } from "./integrations/flows.js";
import { publishFixture } from "./integrations/flows.js";

const A = "brvt.ubnd";
const B = "brvt.hdnd";
const C = "vt.ubnd";

describe.each(engines)("issuer reach on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;
  const of: Record<string, Published> = {};

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.deps.db.kysely;
    admin = await signIn(server.url, db, "admin");
    for (const issuer of [A, B, C]) {
      const office = await signIn(server.url, db, "secretariat", issuer);
      of[issuer] = await publishFixture(office, `Kết luận của ${issuer}`);
    }
  });
  afterAll(() => server.dispose());

  const ids = (items: { id: string }[]) => items.map((i) => i.id);
  const taskOf = (issuer: string) => {
    const task = of[issuer]?.tasks[0];
    if (task === undefined) throw new Error(`no task of ${issuer}`);
    return task;
  };
  const noticeOf = (issuer: string) => of[issuer]?.noticeId ?? "";

  it("refuses a key that names no issuer, and one that names an unknown agency (400 naming the field)", async () => {
    const none = await admin.request("POST", "/v1/api-keys", {
      body: { name: "Không phạm vi", scopes: ["tasks.read"] },
    });
    expect(none.status).toBe(400);
    expect(none.headers.get("content-type")).toContain("application/problem+json");
    expect(JSON.stringify(none.body.errors)).toContain("issuerIds");
    const unknown = await admin.request("POST", "/v1/api-keys", {
      body: { name: "Sai", scopes: ["tasks.read"], issuerIds: ["khong.co"] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe("body.issuerIds");
  });

  it("keeps a key bound to issuer A out of issuer B's tasks and notices", async () => {
    const created = await admin.request("POST", "/v1/api-keys", {
      body: { name: "iOffice UBND tỉnh", scopes: ["tasks.read", "notices.read"], issuerIds: [A] },
    });
    expect(created.status).toBe(201);
    expect(created.body.apiKey.issuerIds).toEqual([A]);
    const key = withApiKey(server.url, created.body.token);

    const tasks = await key.request("GET", "/v1/tasks?limit=200");
    expect(tasks.status).toBe(200);
    expect(ids(tasks.body.items)).toContain(taskOf(A).id);
    expect(ids(tasks.body.items)).not.toContain(taskOf(B).id);
    expect(ids(tasks.body.items)).not.toContain(taskOf(C).id);
    expect([403, 404]).toContain((await key.request("GET", `/v1/tasks/${taskOf(B).id}`)).status);
    expect((await key.request("GET", `/v1/tasks/${taskOf(A).id}`)).status).toBe(200);

    const notices = await key.request("GET", "/v1/notices");
    expect(ids(notices.body.items)).toEqual([noticeOf(A)]);
    expect([403, 404]).toContain((await key.request("GET", `/v1/notices/${noticeOf(B)}`)).status);
    expect((await key.request("GET", `/v1/notices/${noticeOf(A)}`)).status).toBe(200);
  });

  it("narrows an agency-bound key to its issuers too", async () => {
    const created = await admin.request("POST", "/v1/api-keys", {
      body: { name: "Sở Tài chính", scopes: ["tasks.read"], agencyId: "brvt.so-tc", issuerIds: [B] },
    });
    const key = withApiKey(server.url, created.body.token);
    const seen = await key.request("GET", "/v1/tasks?limit=200");
    const issuers = new Set(seen.body.items.map((t: { noticeId: string }) => t.noticeId));
    expect([...issuers]).toEqual([noticeOf(B)]);
    expect(seen.body.items.every((t: { leadAgencyId: string }) => t.leadAgencyId === "brvt.so-tc")).toBe(
      true,
    );
  });

  it("shows a secretariat following A and B the work of both, not C's", async () => {
    const office = await signIn(server.url, server.deps.db.kysely, "secretariat", A);
    const listed = await admin.request("GET", "/v1/users");
    const before = listed.body.items.find((u: { id: string }) => u.id === office.userId);
    expect(before.issuerIds).toEqual([A]);
    const patched = await admin.request("PATCH", `/v1/users/${office.userId}`, {
      ifMatch: `"${before.version}"`,
      body: { issuerIds: [A, B] },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.issuerIds).toEqual([A, B]);
    expect(patched.body.agencyId).toBe(A);

    const tasks = await office.request("GET", "/v1/tasks?limit=200");
    expect(tasks.status).toBe(200);
    const seen = ids(tasks.body.items);
    expect(seen).toContain(taskOf(A).id);
    expect(seen).toContain(taskOf(B).id);
    expect(seen).not.toContain(taskOf(C).id);
    const notices = ids((await office.request("GET", "/v1/notices")).body.items);
    expect(new Set(notices)).toEqual(new Set([noticeOf(A), noticeOf(B)]));
    expect([403, 404]).toContain((await office.request("GET", `/v1/notices/${noticeOf(C)}`)).status);
    expect([403, 404]).toContain((await office.request("GET", `/v1/tasks/${taskOf(C).id}`)).status);

    // It writes for B, never for C; with no issuer named, the letterhead (UBND tỉnh = A) decides.
    const forC = await office.request("POST", "/v1/notices", {
      body: { parsed: parsedNotice("Cho C"), issuerAgencyId: C },
    });
    expect(forC.status).toBe(400);
    const forB = await office.request("POST", "/v1/notices", {
      body: { parsed: parsedNotice("Cho B"), issuerAgencyId: B },
    });
    expect(forB.status).toBe(201);
    expect(forB.body.issuerAgencyId).toBe(B);
    const unnamed = await office.request("POST", "/v1/notices", {
      body: { parsed: parsedNotice("Không ghi") },
    });
    expect(unnamed.status).toBe(201);
    expect(unnamed.body.issuerAgencyId).toBe(A);
  });

  it("creates a secretariat account with several issuers and lists its reach", async () => {
    const created = await admin.request("POST", "/v1/users", {
      body: {
        username: "vp.hdnd-ubnd",
        displayName: "Văn phòng Đoàn ĐBQH, HĐND và UBND",
        role: "secretariat",
        issuerIds: [B, A],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.user.issuerIds).toEqual([B, A]);
    expect(created.body.user.agencyId).toBe(B);
    const officer = await admin.request("POST", "/v1/users", {
      body: {
        username: "cb.so-tc",
        displayName: "Cán bộ Sở Tài chính",
        role: "agency_officer",
        agencyId: "brvt.so-tc",
      },
    });
    expect(officer.body.user.issuerIds).toEqual([]);
    const keys = await admin.request("GET", "/v1/api-keys");
    expect(keys.body.items.every((k: { issuerIds: string[] }) => k.issuerIds.length > 0)).toBe(true);
  });
});
