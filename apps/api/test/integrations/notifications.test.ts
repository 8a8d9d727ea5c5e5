import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as Worker from "../../src/integrations/worker.js";
import type { Caller } from "../client.js";
import { signIn } from "../client.js";
import type { TestServer } from "../harness.js";
import { engines, startServer, workerOf } from "../harness.js";
import { publishFixture } from "./flows.js";

describe.each(engines)("in-app notifications on %s", (engine) => {
  let server: TestServer;
  let secretariat: Caller;
  let officer: Caller;
  let other: Caller;
  let taskId = "";

  beforeAll(async () => {
    server = await startServer(engine);
    secretariat = await signIn(server.url, server.deps.db.kysely, "secretariat");
    officer = await signIn(server.url, server.deps.db.kysely, "agency_officer", "brvt.so-tc");
    other = await signIn(server.url, server.deps.db.kysely, "agency_officer", "brvt.so-tttt");
  });
  afterAll(() => server.dispose());

  it("tells an agency's officer about its new task, and only its own", async () => {
    const published = await publishFixture(secretariat);
    await Worker.round(workerOf(server));
    taskId = published.tasks.find((t) => t.leadAgencyId === "brvt.so-tc")?.id ?? "";
    const count = await officer.request("GET", "/v1/notifications/unread-count");
    expect(count.status).toBe(200);
    expect(count.body.unread).toBe(1);
    const list = await officer.request("GET", "/v1/notifications");
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ type: "task.created", taskId, readAt: null });
    expect(list.body.items[0].title).toContain("Nhiệm vụ mới");
    expect(list.body.unread).toBe(1);
  });

  it("tells the secretariat when the agency asks for an extension", async () => {
    const ext = await officer.request("POST", `/v1/tasks/${taskId}/extensions`, {
      body: { reason: "Chờ ý kiến Bộ Tài chính", requestedDueOn: "2024-04-15" },
    });
    expect(ext.status).toBe(201);
    await Worker.round(workerOf(server));
    const list = await secretariat.request("GET", "/v1/notifications?unread=true");
    expect(list.body.items.map((n: { type: string }) => n.type)).toContain("extension.requested");
  });

  it("marks one read, then all, and hides other people's notifications", async () => {
    const list = await officer.request("GET", "/v1/notifications");
    const id = list.body.items[0].id;
    const stranger = await other.request("POST", `/v1/notifications/${id}/read`);
    expect(stranger.status).toBe(404);
    const read = await officer.request("POST", `/v1/notifications/${id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await officer.request("GET", "/v1/notifications/unread-count")).body.unread).toBe(0);
    const all = await secretariat.request("POST", "/v1/notifications/read-all");
    expect(all.body.marked).toBeGreaterThanOrEqual(1);
    expect((await secretariat.request("GET", "/v1/notifications/unread-count")).body.unread).toBe(0);
  });

  it("pages with a cursor and refuses a forged one", async () => {
    const first = await secretariat.request("GET", "/v1/notifications?limit=1");
    expect(first.status).toBe(200);
    const bad = await secretariat.request("GET", "/v1/notifications?cursor=nonsense");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("query.cursor");
  });
});
