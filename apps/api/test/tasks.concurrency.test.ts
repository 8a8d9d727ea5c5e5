/**
 * Fifty writers on one task at once: appended progress reports all land, and optimistic writers
 * that retry on 412 lose no update — the final version counts every write and each has its audit row.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

const writers = 50;

describe.each(engines)("concurrent writers on %s", (engine) => {
  let server: TestServer;
  let secretariat: Caller;
  let taskId = "";

  beforeAll(async () => {
    server = await startServer(engine);
    secretariat = await signIn(server.url, server.deps.db.kysely, "secretariat");
    const notice = await secretariat.request("POST", "/v1/notices", { body: { parsed: parsedNotice() } });
    const unknown = notice.body.directives[3].tasks[0];
    await secretariat.request("PATCH", `/v1/tasks/${unknown.id}`, {
      ifMatch: '"1"',
      body: { leadAgencyId: "brvt.so-khcn" },
    });
    const published = await secretariat.request("POST", `/v1/notices/${notice.body.id}/publish`, {
      ifMatch: '"1"',
    });
    taskId = published.body.directives[0].tasks[0].id;
  });
  afterAll(() => server.dispose());

  it("keeps all 50 progress reports sent at the same moment", async () => {
    const before = await secretariat.request("GET", `/v1/tasks/${taskId}`);
    const results = await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        secretariat.request("POST", `/v1/tasks/${taskId}/progress`, {
          body: { body: `Báo cáo lần ${i + 1}`, percent: i },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(writers).fill(201));
    const after = await secretariat.request("GET", `/v1/tasks/${taskId}`);
    expect(after.body.version).toBe(before.body.version + writers);
    const list = await secretariat.request("GET", `/v1/tasks/${taskId}/progress`);
    expect(new Set(list.body.items.map((r: { body: string }) => r.body)).size).toBe(writers);
  });

  it("loses no update when 50 editors race with If-Match and retry on 412", async () => {
    const start = (await secretariat.request("GET", `/v1/tasks/${taskId}`)).body.version;
    const edit = async (i: number) => {
      for (;;) {
        const current = await secretariat.request("GET", `/v1/tasks/${taskId}`);
        const res = await secretariat.request("PATCH", `/v1/tasks/${taskId}`, {
          ifMatch: current.headers.get("etag"),
          body: { action: `Xây dựng kế hoạch — bản sửa ${i}` },
        });
        if (res.status === 200) return;
        expect(res.status).toBe(412);
      }
    };
    await Promise.all(Array.from({ length: writers }, (_, i) => edit(i)));
    const final = await secretariat.request("GET", `/v1/tasks/${taskId}`);
    expect(final.body.version).toBe(start + writers);
    const history = await secretariat.request("GET", `/v1/tasks/${taskId}/history`);
    const edits = history.body.items.filter((e: { action: string }) => e.action === "task.updated");
    const texts = new Set(edits.map((e: { after: { action: string } }) => e.after.action));
    for (let i = 0; i < writers; i++) expect(texts.has(`Xây dựng kế hoạch — bản sửa ${i}`)).toBe(true);
  });
});
