/**
 * The serve path: `Integrations.attach` starts the worker with the server, events reach a webhook
 * without anyone driving it, and stopping the server stops the worker first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as Integrations from "../../src/integrations/run.js";
import * as Signature from "../../src/integrations/signature.js";
import type { Running } from "../../src/server.js";
import type { Caller } from "../client.js";
import { signIn } from "../client.js";
import type { TestServer } from "../harness.js";
import { engines, startServer } from "../harness.js";
import { publishFixture } from "./flows.js";
import type { Receiver } from "./receiver.js";
import * as Receivers from "./receiver.js";

describe.each(engines)("the integration worker attached to a server on %s", (engine) => {
  let server: TestServer;
  let running: Running;
  let receiver: Receiver;
  let admin: Caller;

  beforeAll(async () => {
    server = await startServer(engine);
    running = Integrations.attach({
      ...server,
      deps: { ...server.deps, env: { ...server.deps.env, WORKER_INTERVAL_MS: 50 } },
      stop: async () => {},
    });
    receiver = await Receivers.start();
    admin = await signIn(server.url, server.deps.db.kysely, "admin");
  });
  afterAll(async () => {
    await running.stop();
    await receiver.close();
    await server.dispose();
  });

  it("delivers a published notice's events on its own, signed", async () => {
    const sub = await admin.request("POST", "/v1/webhooks", {
      body: { url: receiver.url, eventTypes: ["notice.published"] },
    });
    expect(sub.status).toBe(201);
    await publishFixture(await signIn(server.url, server.deps.db.kysely, "secretariat"));
    await Receivers.until(
      () => receiver.received.length === 1,
      async () => {},
      20_000,
    );
    const [delivery] = receiver.received;
    expect(delivery?.headers["x-dondoc-event"]).toBe("notice.published");
    expect(
      Signature.verifyWebhookSignature(
        sub.body.secret,
        String(delivery?.headers["x-dondoc-signature"]),
        delivery?.body ?? "",
      ).ok,
    ).toBe(true);
  });

  it("ran the day's reminders once on start", async () => {
    const days = await server.deps.db.kysely.selectFrom("scheduler_days").select("day").execute();
    expect(days.map((d) => d.day)).toEqual(["2024-03-01"]);
  });
});
