/**
 * The idempotency store holds no secret (issue #14, item 5), over real HTTP on both engines: after
 * creating an API key, an account, a password reset, a webhook and a calendar feed with an
 * Idempotency-Key, no token, password or signing secret is in any stored row; a replay of such a
 * request shows no secret (409 idempotency-secret-shown-once); a replay is authorised again (a
 * demoted administrator gets 403); an expired record is not replayed and is purged.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

describe.each(engines)("the replay store on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;
  const at = new Date("2024-03-01T03:00:00Z");

  beforeAll(async () => {
    server = await startServer(engine, at);
    admin = await signIn(server.url, server.deps.db.kysely, "admin");
  });
  afterAll(() => server.dispose());

  const stored = async () =>
    JSON.stringify(await server.deps.db.kysely.selectFrom("idempotency_records").selectAll().execute());

  it("keeps no token, password or signing secret, and a replay shows none", async () => {
    const secrets: string[] = [];
    const key = await admin.request("POST", "/v1/api-keys", {
      body: { name: "iOffice", scopes: ["tasks.read"], issuerIds: ["brvt.ubnd"] },
      idempotencyKey: "khoa-1",
    });
    expect(key.status).toBe(201);
    secrets.push(key.body.token, key.body.token.split("_").slice(2).join("_"));
    const user = await admin.request("POST", "/v1/users", {
      body: { username: "lan.vp", displayName: "Nguyễn Thị Lan", role: "leader" },
      idempotencyKey: "nguoi-dung-1",
    });
    expect(user.status).toBe(201);
    secrets.push(user.body.oneTimePassword);
    const reset = await admin.request("POST", `/v1/users/${user.body.user.id}/password-reset`, {
      idempotencyKey: "cap-lai-1",
    });
    expect(reset.status).toBe(200);
    secrets.push(reset.body.oneTimePassword);
    const hook = await admin.request("POST", "/v1/webhooks", {
      body: { url: "https://example.org/dondoc", eventTypes: ["task.created"] },
      idempotencyKey: "webhook-1",
    });
    expect(hook.status).toBe(201);
    secrets.push(hook.body.secret);
    const feed = await admin.request("POST", "/v1/calendar-feeds", {
      body: { kind: "agency", agencyId: "brvt.so-tc", name: "Lịch Sở Tài chính" },
      idempotencyKey: "lich-1",
    });
    expect(feed.status).toBe(201);
    secrets.push(feed.body.token);
    expect(secrets.every((s) => typeof s === "string" && s.length >= 16)).toBe(true);

    const rows = await stored();
    expect(rows).toContain("khoa-1");
    for (const secret of secrets) expect(rows).not.toContain(secret);

    const replays = await Promise.all([
      admin.request("POST", "/v1/api-keys", {
        body: { name: "iOffice", scopes: ["tasks.read"], issuerIds: ["brvt.ubnd"] },
        idempotencyKey: "khoa-1",
      }),
      admin.request("POST", "/v1/users", {
        body: { username: "lan.vp", displayName: "Nguyễn Thị Lan", role: "leader" },
        idempotencyKey: "nguoi-dung-1",
      }),
      admin.request("POST", `/v1/users/${user.body.user.id}/password-reset`, { idempotencyKey: "cap-lai-1" }),
    ]);
    for (const replay of replays) {
      expect(replay.status).toBe(409);
      expect(replay.headers.get("content-type")).toContain("application/problem+json");
      expect(replay.body.code).toBe("idempotency-secret-shown-once");
      expect(replay.headers.get("idempotent-replayed")).toBe("true");
      for (const secret of secrets) expect(JSON.stringify(replay.body)).not.toContain(secret);
    }
    // The replay did not run again: one key, one account.
    const keys = await admin.request("GET", "/v1/api-keys");
    expect(keys.body.items.filter((k: { name: string }) => k.name === "iOffice")).toHaveLength(1);
    const users = await admin.request("GET", "/v1/users");
    expect(users.body.items.filter((u: { username: string }) => u.username === "lan.vp")).toHaveLength(1);
  });

  it("authorises a replay again: an administrator demoted meanwhile gets 403, not the old answer", async () => {
    const other = await signIn(server.url, server.deps.db.kysely, "admin");
    const body = {
      username: "hoa.vp",
      displayName: "Trần Thị Hoa",
      role: "secretariat",
      agencyId: "brvt.ubnd",
    };
    const first = await other.request("POST", "/v1/users", { body, idempotencyKey: "tao-hoa" });
    expect(first.status).toBe(201);
    const resolution = { code: "7/NQ-HĐND", issuer: "HĐND tỉnh", title: "Nghị quyết thử" };
    const plain = await other.request("POST", "/v1/resolutions", {
      body: resolution,
      idempotencyKey: "nq-7",
    });
    expect(plain.status).toBe(201);
    await server.deps.db.kysely
      .updateTable("users")
      .set({ role: "agency_officer", agency_id: "brvt.so-tc" })
      .where("id", "=", other.userId)
      .execute();
    const replay = await other.request("POST", "/v1/users", { body, idempotencyKey: "tao-hoa" });
    expect(replay.status).toBe(403);
    expect(replay.body.code).toBe("forbidden");
    expect(JSON.stringify(replay.body)).not.toContain(first.body.oneTimePassword);
    const plainReplay = await other.request("POST", "/v1/resolutions", {
      body: resolution,
      idempotencyKey: "nq-7",
    });
    expect(plainReplay.status).toBe(403);
  });

  it("runs an expired key as a new request, and purges the old records", async () => {
    const body = { code: "8/NQ-HĐND", issuer: "HĐND tỉnh", title: "Nghị quyết hết hạn" };
    const first = await admin.request("POST", "/v1/resolutions", { body, idempotencyKey: "nq-8" });
    expect(first.status).toBe(201);
    const within = await admin.request("POST", "/v1/resolutions", { body, idempotencyKey: "nq-8" });
    expect(within.headers.get("idempotent-replayed")).toBe("true");
    expect(within.body.id).toBe(first.body.id);

    // A day and an hour later (the record is dated back, the session stays valid): not replayed.
    const ageBy = (hours: number, key?: string) => {
      let q = server.deps.db.kysely
        .updateTable("idempotency_records")
        .set({ created_at: new Date(at.getTime() - hours * 3_600_000) });
      if (key !== undefined) q = q.where("key", "=", key);
      return q.execute();
    };
    await ageBy(25, "nq-8");
    const again = await admin.request("POST", "/v1/resolutions", { body, idempotencyKey: "nq-8" });
    expect(again.headers.get("idempotent-replayed")).toBeNull();
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(first.body.id);

    // Every record older than 24 hours is purged, not only the ones asked for again.
    await ageBy(25);
    server.setNow(new Date(at.getTime() + 15 * 60_000));
    const later = await admin.request("POST", "/v1/resolutions", {
      body: { ...body, code: "9/NQ-HĐND" },
      idempotencyKey: "khac",
    });
    expect(later.status).toBe(201);
    const left = await stored();
    expect(left).not.toContain("khoa-1");
    expect(left).toContain("khac");
  });
});
