/**
 * Webhooks as an attacker would use them, over real HTTP on both engines: a subscription aimed at
 * loopback, private, link-local or metadata addresses (in every spelling) is refused when it is
 * made and again at delivery, after DNS, so the delivery log never reports what answers inside the
 * network; signing secrets are kept encrypted in the database; deliveries verify with the Standard
 * Webhooks library.
 */
import { lookup } from "node:dns/promises";
import { hostname } from "node:os";
import type { Kysely } from "kysely";
import { sql } from "kysely";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { toLatest } from "../../src/db/migrate.js";
import * as Outbox from "../../src/integrations/outbox.js";
import * as Worker from "../../src/integrations/worker.js";
import * as Ids from "../../src/services/ids.js";
import type { Caller } from "../client.js";
import { signIn } from "../client.js";
import type { TestServer } from "../harness.js";
import { engines, startServer, testSecrets, workerOf } from "../harness.js";
import type { Receiver } from "./receiver.js";
import * as Receivers from "./receiver.js";

/** A name other than `localhost` that this machine resolves to loopback only (`/etc/hosts`). */
const loopbackName = await (async () => {
  for (const name of [hostname(), "vm", "ip6-localhost", "ip6-loopback"]) {
    if (name.toLowerCase().includes("localhost") && name !== "ip6-localhost") continue;
    try {
      const found = await lookup(name, { all: true });
      if (found.length > 0 && found.every((a) => a.address.startsWith("127.") || a.address === "::1"))
        return name;
    } catch {}
  }
  return undefined;
})();

const event = (server: TestServer) =>
  server.deps.db.kysely
    .transaction()
    .execute((tx) => Outbox.append(tx, { type: "task.created", agencyIds: ["brvt.so-tc"], data: { n: 1 } }));

describe.each(engines)("webhook targets on a default server (%s)", (engine) => {
  let server: TestServer;
  let admin: Caller;
  let receiver: Receiver;

  beforeAll(async () => {
    server = await startServer(engine, undefined, { WEBHOOK_ALLOW_PRIVATE_HOSTS: "" });
    admin = await signIn(server.url, server.deps.db.kysely, "admin");
    receiver = await Receivers.start();
  });
  afterAll(async () => {
    await receiver.close();
    await server.dispose();
  });

  const port = () => new URL(receiver.url).port;

  it.each([
    "http://127.0.0.1:{port}/hooks",
    "http://169.254.169.254/latest/meta-data/",
    "http://2130706433:{port}/",
    "http://0x7f.1:{port}/",
    "http://[::1]:{port}/",
    "http://[::ffff:127.0.0.1]:{port}/",
    "http://localhost:{port}/",
    "http://localhost.:{port}/",
    "http://0.0.0.0:{port}/",
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.1.1/",
    "http://[fc00::1]/",
    "http://[fe80::1]/",
  ])("refuses to subscribe %s with 422 naming the url", async (template) => {
    const url = template.replace("{port}", port());
    const res = await admin.request("POST", "/v1/webhooks", { body: { url, eventTypes: ["*"] } });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.code).toBe("unsafe-target");
    expect(res.body.errors[0].path).toBe("body.url");
  });

  it.runIf(loopbackName !== undefined)("refuses a DNS name that resolves to loopback", async () => {
    const url = `http://${loopbackName}:${port()}/hooks`;
    const res = await admin.request("POST", "/v1/webhooks", { body: { url, eventTypes: ["*"] } });
    expect(res.status).toBe(422);
    expect(res.body.detail).toMatch(/127\.|::1/);
  });

  it("keeps nothing it refused, and refuses moving a subscription to a private target", async () => {
    expect((await admin.request("GET", "/v1/webhooks")).body.items).toHaveLength(0);
    const made = await admin.request("POST", "/v1/webhooks", {
      body: { url: "https://93.184.215.14/hooks", eventTypes: ["task.done"] },
    });
    expect(made.status).toBe(201);
    const moved = await admin.request("PATCH", `/v1/webhooks/${made.body.subscription.id}`, {
      body: { url: "http://169.254.169.254/latest/meta-data/" },
      ifMatch: made.headers.get("etag"),
    });
    expect(moved.status).toBe(422);
    expect(moved.body.errors[0].path).toBe("body.url");
    const list = await admin.request("GET", "/v1/webhooks");
    expect(list.body.items.map((s: { url: string }) => s.url)).toEqual(["https://93.184.215.14/hooks"]);
    // Nothing is ever sent off this machine: the public subscription goes before any event.
    const gone = await admin.request("DELETE", `/v1/webhooks/${made.body.subscription.id}`);
    expect(gone.status).toBeLessThan(300);
  });

  it("does not contact a private target stored before the setting changed, and logs no status from it", async () => {
    const targets = [
      receiver.url,
      `http://localhost:${port()}/hooks`,
      `http://2130706433:${port()}/hooks`,
      `http://[::ffff:127.0.0.1]:${port()}/hooks`,
      ...(loopbackName === undefined ? [] : [`http://${loopbackName}:${port()}/hooks`]),
    ];
    const ids: string[] = [];
    for (const url of targets) {
      const id = Ids.make("whk");
      ids.push(id);
      await server.deps.db.kysely
        .insertInto("webhook_subscriptions")
        .values({
          id,
          url,
          secret: testSecrets.seal("whsec_czNjcmV0", id),
          event_types: JSON.stringify(["*"]),
        })
        .execute();
    }
    await event(server);
    await Worker.round(workerOf(server));
    expect(receiver.received).toHaveLength(0);
    const deliveries = await server.deps.db.kysely
      .selectFrom("webhook_deliveries")
      .selectAll()
      .where("subscription_id", "in", ids)
      .execute();
    expect(deliveries).toHaveLength(targets.length);
    for (const d of deliveries) {
      expect(d.status).toBe("failed");
      expect(d.attempts).toBe(1);
      expect(d.last_status_code).toBeNull();
      expect(d.last_error).toContain("WEBHOOK_ALLOW_PRIVATE_HOSTS");
    }
    // Once an administrator allows the host, a replay delivers.
    const first = deliveries.find((d) => d.subscription_id === ids[0]);
    const replayed = await admin.request("POST", `/v1/webhook-deliveries/${first?.id}/replay`);
    expect(replayed.status).toBe(200);
    await Worker.round({ ...workerOf(server), allowPrivateHosts: ["127.0.0.1"] });
    expect(receiver.received).toHaveLength(1);
  });
});

describe.each(engines)("webhook secrets on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;
  let receiver: Receiver;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await signIn(server.url, server.deps.db.kysely, "admin");
    receiver = await Receivers.start();
  });
  afterAll(async () => {
    await receiver.close();
    await server.dispose();
  });

  it("keeps the signing secret encrypted in the database, and a delivery verifies with Webhook.verify", async () => {
    const made = await admin.request("POST", "/v1/webhooks", {
      body: { url: receiver.url, eventTypes: ["*"] },
    });
    expect(made.status).toBe(201);
    const secret: string = made.body.secret;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const stored = await server.deps.db.kysely
      .selectFrom("webhook_subscriptions")
      .select(["id", "secret"])
      .where("id", "=", made.body.subscription.id)
      .executeTakeFirstOrThrow();
    expect(stored.secret).toMatch(/^enc:v1:/);
    const dump = await sql<{
      t: string;
    }>`select string_agg(s::text, '|') as t from webhook_subscriptions s`.execute(server.deps.db.kysely);
    expect(dump.rows[0]?.t).not.toContain(secret.slice("whsec_".length));
    const audit = await sql<{
      t: string;
    }>`select coalesce(string_agg(a::text, '|'), '') as t from audit_log a`.execute(server.deps.db.kysely);
    expect(audit.rows[0]?.t).not.toContain(secret.slice("whsec_".length));

    await event(server);
    await Receivers.until(
      () => receiver.received.length >= 1,
      () => Worker.round(workerOf(server)),
    );
    const [r] = receiver.received;
    if (r === undefined) throw new Error("nothing delivered");
    const payload = new Webhook(secret).verify(r.body, Receivers.headersOf(r)) as {
      id: string;
      type: string;
    };
    expect(payload.type).toBe("task.created");
    expect(r.headers["webhook-id"]).toBe(payload.id);
    expect(r.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
  });

  it("rejects a clear secret written straight into the table", async () => {
    await expect(
      server.deps.db.kysely
        .insertInto("webhook_subscriptions")
        .values({ id: Ids.make("whk"), url: receiver.url, secret: "whsec_clear", event_types: "[]" })
        .execute(),
    ).rejects.toThrow();
  });

  it("encrypts the clear secrets of an installation made before migration 0500, and they still sign", async () => {
    const db = server.deps.db.kysely;
    const id = Ids.make("whk");
    const legacy = "whsec_Jw3o0mP1sW3cRnq2bWlq0QxYz-_AbCdE"; // base64url of 24 bytes, as made before
    await sql`alter table webhook_subscriptions drop constraint webhook_subscriptions_secret_sealed`.execute(
      db,
    );
    await sql`insert into webhook_subscriptions (id, url, secret, event_types)
      values (${id}, ${receiver.url}, ${legacy}, '["task.done"]')`.execute(db);
    await sql`delete from kysely_migration where name = '0500-sealed-webhook-secrets'`.execute(db);
    await expect(toLatest(db as Kysely<unknown>)).rejects.toThrow(/0500/);
    await toLatest(db as Kysely<unknown>, { secrets: testSecrets });
    const row = await db
      .selectFrom("webhook_subscriptions")
      .select("secret")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.secret).not.toContain(legacy);
    expect(testSecrets.open(row.secret, id)).toBe(legacy);

    await db
      .transaction()
      .execute((tx) => Outbox.append(tx, { type: "task.done", agencyIds: ["brvt.so-tc"], data: { n: 2 } }));
    const received = async () => {
      const mine = await db
        .selectFrom("webhook_deliveries")
        .select("id")
        .where("subscription_id", "=", id)
        .execute();
      return receiver.received.find((x) => mine.some((d) => d.id === x.headers["x-dondoc-delivery"]));
    };
    await Receivers.until(
      async () => (await received()) !== undefined,
      () => Worker.round(workerOf(server)),
    );
    const r = await received();
    if (r === undefined) throw new Error("nothing delivered");
    // A receiver holding a base64url secret from before passes it in the standard alphabet.
    const standard = `whsec_${legacy.slice("whsec_".length).replaceAll("-", "+").replaceAll("_", "/")}`;
    expect(() => new Webhook(standard).verify(r.body, Receivers.headersOf(r))).not.toThrow();
  });
});
