/** Reviewing a draft before publishing: add a missed task, delete a wrong one, mark a directive informational. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

describe.each(engines)("draft review on %s", (engine) => {
  let server: TestServer;
  let secretariat: Caller;

  beforeAll(async () => {
    server = await startServer(engine);
    secretariat = await signIn(server.url, server.deps.db.kysely, "secretariat");
  });
  afterAll(() => server.dispose());

  it("adds a missed task, deletes a wrong one and drops the tasks of an informational directive", async () => {
    const draft = await secretariat.request("POST", "/v1/notices", { body: { parsed: parsedNotice() } });
    const [d1, d2, , d4] = draft.body.directives;
    const added = await secretariat.request("POST", `/v1/notices/${draft.body.id}/tasks`, {
      ifMatch: draft.headers.get("etag"),
      body: {
        directiveId: d1.id,
        leadAgencyId: "brvt.so-tc",
        action: "Thẩm định kinh phí",
        dueOn: "2024-03-20",
      },
    });
    expect(added.status).toBe(201);
    expect(added.body.directives[0].tasks).toHaveLength(2);
    const stale = await secretariat.request("POST", `/v1/notices/${draft.body.id}/tasks`, {
      ifMatch: draft.headers.get("etag"),
      body: { directiveId: d1.id, leadAgencyId: "brvt.so-tc", action: "Lần nữa" },
    });
    expect(stale.status).toBe(412);
    const wrong = d2.tasks[0];
    const deleted = await secretariat.request("DELETE", `/v1/tasks/${wrong.id}`, {
      ifMatch: `"${wrong.version}"`,
    });
    expect(deleted.status).toBe(200);
    const info = await secretariat.request("PATCH", `/v1/directives/${d4.id}`, {
      ifMatch: added.headers.get("etag"),
      body: { informational: true },
    });
    expect(info.status).toBe(200);
    expect(info.body.directives[3].informational).toBe(true);
    expect(info.body.directives[3].tasks).toEqual([]);
    const published = await secretariat.request("POST", `/v1/notices/${draft.body.id}/publish`, {
      ifMatch: info.headers.get("etag"),
    });
    expect(published.status).toBe(200);
    expect(published.body.taskCount).toBe(2 + 17);
    const open = published.body.directives[0].tasks[0];
    const refused = await secretariat.request("DELETE", `/v1/tasks/${open.id}`, {
      ifMatch: `"${open.version}"`,
    });
    expect(refused.status).toBe(409);
  });
});
