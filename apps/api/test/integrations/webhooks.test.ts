import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as Signature from "../../src/integrations/signature.js";
import * as Worker from "../../src/integrations/worker.js";
import type { Caller } from "../client.js";
import { signIn } from "../client.js";
import type { TestServer } from "../harness.js";
import { engines, startServer, workerOf } from "../harness.js";
import { publishFixture } from "./flows.js";
import type { Receiver } from "./receiver.js";
import * as Receivers from "./receiver.js";

describe.each(engines)("webhooks on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;
  let secretariat: Caller;
  let receiver: Receiver;
  let scoped: Receiver;
  let secret = "";
  let subscriptionId = "";
  const round = (options: Partial<Parameters<typeof Worker.round>[0]> = {}) =>
    Worker.round({ ...workerOf(server), baseBackoffMs: 30, maxAttempts: 4, ...options });

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await signIn(server.url, server.deps.db.kysely, "admin");
    secretariat = await signIn(server.url, server.deps.db.kysely, "secretariat");
    receiver = await Receivers.start();
    scoped = await Receivers.start();
  });
  afterAll(async () => {
    await receiver.close();
    await scoped.close();
    await server.dispose();
  });

  it("subscribes a URL and shows the signing secret only once", async () => {
    const res = await admin.request("POST", "/v1/webhooks", {
      body: { url: receiver.url, eventTypes: ["*"], description: "iOffice" },
    });
    expect(res.status).toBe(201);
    expect(res.body.secret).toMatch(/^whsec_/);
    secret = res.body.secret;
    subscriptionId = res.body.subscription.id;
    const list = await admin.request("GET", "/v1/webhooks");
    expect(list.body.items).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(secret);
    const agencyBound = await admin.request("POST", "/v1/webhooks", {
      body: { url: scoped.url, eventTypes: ["task.created", "task.done"], agencyId: "brvt.so-tc" },
    });
    expect(agencyBound.status).toBe(201);
  });

  it("refuses bad subscriptions with problem+json and keeps them from other roles", async () => {
    const bad = await admin.request("POST", "/v1/webhooks", {
      body: { url: "ftp://x", eventTypes: ["task.nope"] },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    const unknownAgency = await admin.request("POST", "/v1/webhooks", {
      body: { url: receiver.url, eventTypes: ["*"], agencyId: "khong-co" },
    });
    expect(unknownAgency.status).toBe(404);
    const denied = await secretariat.request("GET", "/v1/webhooks");
    expect(denied.status).toBe(403);
  });

  it("delivers every event of a change, signed, and an agency's subscription only its agency's", async () => {
    const published = await publishFixture(secretariat);
    await Receivers.until(
      () => receiver.received.length >= 21,
      () => round(),
    );
    const bodies = receiver.received.map((r) => {
      const verdict = Signature.verifyWebhookSignature(
        secret,
        String(r.headers["x-dondoc-signature"]),
        r.body,
      );
      expect(verdict.ok).toBe(true);
      // What a receiver written with the Standard Webhooks library does: verify, then use the payload.
      const payload = new Webhook(secret).verify(r.body, Receivers.headersOf(r)) as { id: string };
      expect(r.headers["webhook-id"]).toBe(payload.id);
      return JSON.parse(r.body);
    });
    expect(bodies.filter((b) => b.type === "task.created")).toHaveLength(published.tasks.length);
    expect(bodies.filter((b) => b.type === "notice.published")).toHaveLength(1);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(bodies.length);
    const mine = scoped.received.map((r) => JSON.parse(r.body));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((b) => b.type === "task.created" && b.data.task.leadAgencyId === "brvt.so-tc")).toBe(
      true,
    );
    expect(mine).toHaveLength(published.tasks.filter((t) => t.leadAgencyId === "brvt.so-tc").length);
  });

  it("rejects a tampered body and a replayed old signature", () => {
    const first = receiver.received[0];
    expect(first).toBeDefined();
    if (first === undefined) return;
    const wh = new Webhook(secret);
    expect(() => wh.verify(`${first.body} `, Receivers.headersOf(first))).toThrow();
    expect(() =>
      wh.verify(first.body, {
        ...Receivers.headersOf(first),
        "webhook-timestamp": String(Math.floor(Date.now() / 1000) - 3600),
      }),
    ).toThrow();
    const r = receiver.received[0];
    expect(r).toBeDefined();
    const header = String(r?.headers["x-dondoc-signature"]);
    expect(Signature.verifyWebhookSignature(secret, header, `${r?.body} `).ok).toBe(false);
    expect(
      Signature.verifyWebhookSignature(secret, header, r?.body ?? "", {
        nowSeconds: Date.now() / 1000 + 3600,
      }),
    ).toEqual({ ok: false, reason: "too-old" });
  });

  it("retries with backoff until the receiver accepts, and logs each attempt", async () => {
    receiver.respond = (_, n) => (n < 2 ? 503 : 200);
    const before = receiver.received.length;
    const task = (await publishFixture(secretariat, "Kết luận thứ hai")).tasks[0];
    expect(task).toBeDefined();
    await Receivers.until(
      () => receiver.received.length >= before + 21,
      () => round(),
    );
    const page = await admin.request("GET", `/v1/webhooks/${subscriptionId}/deliveries?limit=5`);
    expect(page.status).toBe(200);
    const latest = page.body.items[0];
    expect(latest.status).toBe("delivered");
    expect(latest.attempts).toBe(3);
    const detail = await admin.request("GET", `/v1/webhook-deliveries/${latest.id}`);
    expect(detail.body.log.map((a: { statusCode: number }) => a.statusCode)).toEqual([503, 503, 200]);
    receiver.respond = () => 200;
  });

  it("loses nothing while the receiver is down for a while", async () => {
    await receiver.down();
    const before = receiver.received.length;
    await publishFixture(secretariat, "Kết luận khi máy nhận ngừng");
    await round({ maxAttempts: 50 });
    await new Promise((r) => setTimeout(r, 150));
    await round({ maxAttempts: 50 });
    expect(receiver.received.length).toBe(before);
    const pending = await admin.request(
      "GET",
      `/v1/webhooks/${subscriptionId}/deliveries?status=pending&limit=200`,
    );
    expect(pending.body.items.length).toBe(21);
    expect(pending.body.items.every((d: { lastError: string | null }) => d.lastError !== null)).toBe(true);
    await receiver.up();
    await Receivers.until(
      () => receiver.received.length >= before + 21,
      () => round({ maxAttempts: 50 }),
    );
    expect(receiver.received.length).toBe(before + 21);
  });

  it("gives up after the limit and delivers again on replay", async () => {
    receiver.respond = () => 500;
    const before = receiver.received.length;
    await publishFixture(secretariat, "Kết luận bị từ chối");
    await Receivers.until(
      async () => {
        const res = await admin.request(
          "GET",
          `/v1/webhooks/${subscriptionId}/deliveries?status=failed&limit=200`,
        );
        return res.body.items.length === 21;
      },
      () => round({ maxAttempts: 2, baseBackoffMs: 10 }),
    );
    const failed = await admin.request(
      "GET",
      `/v1/webhooks/${subscriptionId}/deliveries?status=failed&limit=200`,
    );
    expect(failed.body.items.every((d: { attempts: number }) => d.attempts === 2)).toBe(true);
    receiver.respond = () => 200;
    const one = failed.body.items[0].id;
    const replayed = await admin.request("POST", `/v1/webhook-deliveries/${one}/replay`);
    expect(replayed.status).toBe(200);
    expect(replayed.body.status).toBe("pending");
    await Receivers.until(
      () => receiver.received.length >= before + 1,
      () => round(),
    );
    const since = new Date(Date.now() - 60_000).toISOString();
    const all = await admin.request("POST", `/v1/webhooks/${subscriptionId}/replay`, { body: { since } });
    expect(all.status).toBe(200);
    expect(all.body.requeued).toBeGreaterThanOrEqual(21);
    const missing = await admin.request("POST", "/v1/webhook-deliveries/dlv_khong_co/replay");
    expect(missing.status).toBe(404);
  });

  it("pauses and deletes a subscription with If-Match", async () => {
    const stale = await admin.request("PATCH", `/v1/webhooks/${subscriptionId}`, {
      ifMatch: '"9"',
      body: { active: false },
    });
    expect(stale.status).toBe(412);
    const paused = await admin.request("PATCH", `/v1/webhooks/${subscriptionId}`, {
      ifMatch: '"1"',
      body: { active: false },
    });
    expect(paused.status).toBe(200);
    expect(paused.body.active).toBe(false);
    const removed = await admin.request("DELETE", `/v1/webhooks/${subscriptionId}`);
    expect(removed.status).toBe(200);
    const gone = await admin.request("GET", `/v1/webhooks/${subscriptionId}/deliveries`);
    expect(gone.status).toBe(404);
  });
});
