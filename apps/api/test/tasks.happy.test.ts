import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

describe.each(engines)("notices and tasks on %s", (engine) => {
  let server: TestServer;
  let secretariat: Caller;
  let officer: Caller;

  beforeAll(async () => {
    server = await startServer(engine);
    secretariat = await signIn(server.url, server.deps.db.kysely, "secretariat");
    officer = await signIn(server.url, server.deps.db.kysely, "agency_officer", "brvt.so-tc");
  });
  afterAll(() => server.dispose());

  let noticeId = "";

  it("stores a parsed notice as a draft with its directives and draft tasks", async () => {
    const res = await secretariat.request("POST", "/v1/notices", { body: { parsed: parsedNotice() } });
    expect(res.status).toBe(201);
    expect(res.headers.get("etag")).toBe('"1"');
    noticeId = res.body.id;
    expect(res.body.lifecycle).toBe("draft");
    expect(res.body.directives.map((d: { path: string }) => d.path)).toEqual(["1", "2", "3", "4"]);
    const tasks = res.body.directives.flatMap((d: { tasks: unknown[] }) => d.tasks);
    expect(tasks).toHaveLength(4);
    expect(tasks.every((t: { lifecycle: string }) => t.lifecycle === "draft")).toBe(true);
  });

  it("refuses to publish while a task has no lead agency, naming it", async () => {
    const res = await secretariat.request("POST", `/v1/notices/${noticeId}/publish`, { ifMatch: '"1"' });
    expect(res.status).toBe(409);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.code).toBe("unresolved-agency");
    expect(res.body.detail).toContain("Sở Chuyển đổi số");
  });

  it("publishes after the reviewer picks the agency, fanning the collective out to every ward", async () => {
    const notice = await secretariat.request("GET", `/v1/notices/${noticeId}`);
    const unknown = notice.body.directives[3].tasks[0];
    const patched = await secretariat.request("PATCH", `/v1/tasks/${unknown.id}`, {
      ifMatch: `"${unknown.version}"`,
      body: { leadAgencyId: "brvt.so-khcn" },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.leadName).toBe("Sở Khoa học và Công nghệ");
    const res = await secretariat.request("POST", `/v1/notices/${noticeId}/publish`, {
      ifMatch: notice.headers.get("etag"),
    });
    expect(res.status).toBe(200);
    expect(res.body.lifecycle).toBe("published");
    const wards = res.body.directives[2].tasks;
    expect(wards).toHaveLength(17);
    expect(
      wards.every(
        (t: { lifecycle: string; isCollective: boolean }) => t.lifecycle === "open" && !t.isCollective,
      ),
    ).toBe(true);
    expect(res.body.taskCount).toBe(20);
  });

  it("lists overdue tasks and finds tasks by text typed without diacritics", async () => {
    const overdue = await secretariat.request("GET", "/v1/tasks?timeliness=overdue");
    expect(overdue.status).toBe(200);
    expect(overdue.body.items.map((t: { leadAgencyId: string }) => t.leadAgencyId)).toEqual(["brvt.so-tc"]);
    const found = await secretariat.request(
      "GET",
      `/v1/tasks?q=${encodeURIComponent("ke hoach chuyen doi so")}`,
    );
    expect(found.body.items.map((t: { leadAgencyId: string }) => t.leadAgencyId)).toEqual(["brvt.so-tttt"]);
    const notDue = await secretariat.request("GET", "/v1/tasks?timeliness=not-due&limit=200");
    expect(notDue.body.items.every((t: { timeliness: string }) => t.timeliness === "not-due")).toBe(true);
  });

  it("pages through every task exactly once with the cursor", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/v1/tasks?limit=3${cursor === null ? "" : `&cursor=${cursor}`}`;
      const res = await secretariat.request("GET", path);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((t: { id: string }) => t.id));
      cursor = res.body.nextCursor;
    } while (cursor !== null);
    expect(seen).toHaveLength(20);
    expect(new Set(seen).size).toBe(20);
  });

  it.each(["dueOn", "-dueOn", "createdAt", "-createdAt"])(
    "pages filtered lists in %s order without gaps or repeats",
    async (sort) => {
      const all = await secretariat.request("GET", `/v1/tasks?sort=${sort}&limit=200&timeliness=not-due`);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const path: string = `/v1/tasks?sort=${sort}&limit=4&timeliness=not-due${cursor === null ? "" : `&cursor=${cursor}`}`;
        const res = await secretariat.request("GET", path);
        seen.push(...res.body.items.map((t: { id: string }) => t.id));
        cursor = res.body.nextCursor;
      } while (cursor !== null);
      expect(seen).toEqual(all.body.items.map((t: { id: string }) => t.id));
      expect(seen.length).toBe(18);
      const dues = all.body.items.map((t: { dueOn: string }) => t.dueOn);
      if (sort === "dueOn") expect([...dues].sort()).toEqual(dues);
      if (sort === "-dueOn") expect([...dues].sort().reverse()).toEqual(dues);
    },
  );

  it("sends a list page gzipped when the client accepts it, and 304 while it has not changed", async () => {
    const plain = await secretariat.request("GET", "/v1/tasks?limit=100", {
      headers: { "accept-encoding": "identity" },
    });
    const zipped = await secretariat.request("GET", "/v1/tasks?limit=100", {
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.body).toEqual(plain.body);
    const etag = plain.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/".+"$/);
    expect(zipped.headers.get("etag")).toBe(etag);
    expect(plain.headers.get("vary")).toBe("Accept-Encoding");
    const again = await secretariat.request("GET", "/v1/tasks?limit=100", {
      headers: { "if-none-match": etag },
    });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    const task = plain.body.items[0];
    await secretariat.request("PATCH", `/v1/tasks/${task.id}`, {
      ifMatch: `"${task.version}"`,
      body: { action: `${task.action} (đã rà soát)` },
    });
    const changed = await secretariat.request("GET", "/v1/tasks?limit=100", {
      headers: { "if-none-match": etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("shows an agency officer only their agency's tasks, and another agency's task is 404", async () => {
    const mine = await officer.request("GET", "/v1/tasks");
    expect(mine.body.items.map((t: { leadAgencyId: string }) => t.leadAgencyId)).toEqual(["brvt.so-tc"]);
    const all = await secretariat.request("GET", "/v1/tasks?agencyId=brvt.so-tttt");
    const other = all.body.items[0].id;
    const res = await officer.request("GET", `/v1/tasks/${other}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe("not-found");
  });

  it("requires If-Match to complete a task (428), refuses a stale one (412), then completes it late", async () => {
    const list = await officer.request("GET", "/v1/tasks");
    const task = list.body.items[0];
    const missing = await officer.request("POST", `/v1/tasks/${task.id}/complete`, { body: {} });
    expect(missing.status).toBe(428);
    const stale = await officer.request("POST", `/v1/tasks/${task.id}/complete`, {
      body: {},
      ifMatch: '"99"',
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get("etag")).toBe(`"${task.version}"`);
    const done = await officer.request("POST", `/v1/tasks/${task.id}/complete`, {
      body: { completedOn: "2024-02-28" },
      ifMatch: `"${task.version}"`,
    });
    expect(done.status).toBe(200);
    expect(done.body.lifecycle).toBe("done");
    expect(done.body.timeliness).toBe("done-late");
    const again = await officer.request("POST", `/v1/tasks/${task.id}/complete`, {
      body: {},
      ifMatch: done.headers.get("etag"),
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("invalid-transition");
  });

  it("appends an audit row for every change", async () => {
    const rows = await server.deps.db.kysely.selectFrom("audit_log").select(["action", "entity"]).execute();
    const actions = rows.map((r) => r.action);
    expect(actions.filter((a) => a === "notice.created")).toHaveLength(1);
    expect(actions.filter((a) => a === "task.created")).toHaveLength(17);
    expect(actions.filter((a) => a === "task.opened")).toHaveLength(3);
    expect(actions).toContain("task.updated");
    expect(actions).toContain("notice.published");
    expect(actions).toContain("task.completed");
  });
});
