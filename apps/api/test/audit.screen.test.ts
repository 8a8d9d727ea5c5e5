/**
 * The audit screen's list on both engines: who acted by name (never an id), what each row is
 * about (the notice's number, the task's text), the fields an edit changed before → after, the
 * filters by notice, task, agency, actor and local days, and the access policy's walls — a key
 * bound to one agency reads only that agency's history.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn, withApiKey } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

interface Entry {
  id: string;
  actor: string;
  actorKind: string;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  subject: {
    label: string | null;
    noticeId: string | null;
    noticeLabel: string | null;
    taskId: string | null;
    taskLabel: string | null;
  };
  changes: { field: string; before: unknown; after: unknown }[];
}

const localToday = (): string => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const shift = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe.each(engines)("the audit screen's list on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;
  let secretariat: Caller;
  let noticeId = "";
  let tcTaskId = "";
  let tttTaskId = "";

  const list = async (caller: Caller, query: string): Promise<Entry[]> => {
    const res = await caller.request("GET", `/v1/audit?limit=500${query}`);
    expect(res.status).toBe(200);
    return res.body.items;
  };

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await signIn(server.url, server.deps.db.kysely, "admin");
    secretariat = await signIn(server.url, server.deps.db.kysely, "secretariat");
    const created = await secretariat.request("POST", "/v1/notices", { body: { parsed: parsedNotice() } });
    noticeId = created.body.id;
    const tasks = created.body.directives.flatMap((d: { tasks: unknown[] }) => d.tasks) as {
      id: string;
      version: number;
      leadAgencyId: string | null;
    }[];
    const unknown = created.body.directives[3].tasks[0];
    await secretariat.request("PATCH", `/v1/tasks/${unknown.id}`, {
      ifMatch: `"${unknown.version}"`,
      body: { leadAgencyId: "brvt.so-khcn" },
    });
    const notice = await secretariat.request("GET", `/v1/notices/${noticeId}`);
    const published = await secretariat.request("POST", `/v1/notices/${noticeId}/publish`, {
      ifMatch: notice.headers.get("etag"),
    });
    expect(published.status).toBe(200);
    tcTaskId = tasks.find((t) => t.leadAgencyId === "brvt.so-tc")?.id ?? "";
    tttTaskId = tasks.find((t) => t.leadAgencyId === "brvt.so-tttt")?.id ?? "";
    const tc = await secretariat.request("GET", `/v1/tasks/${tcTaskId}`);
    const edited = await secretariat.request("PATCH", `/v1/tasks/${tcTaskId}`, {
      ifMatch: tc.headers.get("etag"),
      body: { action: "Bố trí đủ kinh phí thực hiện kế hoạch" },
    });
    expect(edited.status).toBe(200);
  });
  afterAll(() => server.dispose());

  it("names who acted and what the row is about, never by id", async () => {
    const entries = await list(secretariat, `&noticeId=${noticeId}`);
    const published = entries.find((e) => e.action === "notice.published");
    expect(published?.actorKind).toBe("user");
    expect(published?.actorName).toBe("Người dùng secretariat");
    expect(published?.subject.noticeLabel).toBe("12/TB-UBND");
    expect(published?.subject.label).toBe("12/TB-UBND");
    await server.deps.db.kysely
      .insertInto("audit_log")
      .values({
        actor: "system:cli",
        action: "calendar.year_set",
        entity: "calendar_year",
        entity_id: "2026",
      })
      .execute();
    const cli = (await list(admin, "&action=calendar.year_set"))[0];
    expect(cli?.actorKind).toBe("system");
    expect(cli?.actorName).toBe("cli");
    for (const e of entries) expect(e.actorName ?? "").not.toMatch(/usr_|key_/);
  });

  it("shows every edited field of a task before → after, without bookkeeping columns", async () => {
    const entries = await list(secretariat, `&taskId=${tcTaskId}&action=task.updated`);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.changes).toEqual([
      {
        field: "action",
        before: "Bố trí kinh phí thực hiện kế hoạch",
        after: "Bố trí đủ kinh phí thực hiện kế hoạch",
      },
    ]);
    expect(entries[0]?.subject.taskLabel).toBe("Bố trí đủ kinh phí thực hiện kế hoạch");
    expect(entries[0]?.subject.noticeLabel).toBe("12/TB-UBND");
  });

  it("filters by notice, task, agency, actor and local days", async () => {
    const byNotice = await list(secretariat, `&noticeId=${noticeId}`);
    expect(byNotice.some((e) => e.entity === "notice" && e.entityId === noticeId)).toBe(true);
    expect(byNotice.some((e) => e.entity === "task" && e.entityId === tcTaskId)).toBe(true);
    expect(byNotice.every((e) => e.subject.noticeId === noticeId)).toBe(true);

    const byTask = await list(secretariat, `&taskId=${tttTaskId}`);
    expect(byTask.length).toBeGreaterThan(0);
    expect(byTask.every((e) => e.subject.taskId === tttTaskId)).toBe(true);

    const byAgency = await list(admin, "&agencyId=brvt.so-tc");
    expect(byAgency.some((e) => e.entityId === tcTaskId)).toBe(true);
    expect(byAgency.some((e) => e.entityId === tttTaskId)).toBe(false);

    const byActor = await list(admin, `&actor=user:${secretariat.userId}`);
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((e) => e.actor === `user:${secretariat.userId}`)).toBe(true);

    const today = localToday();
    expect((await list(secretariat, `&noticeId=${noticeId}&from=${today}&to=${today}`)).length).toBe(
      byNotice.length,
    );
    expect(await list(secretariat, `&noticeId=${noticeId}&from=${shift(today, 1)}`)).toEqual([]);
    expect(await list(secretariat, `&noticeId=${noticeId}&to=${shift(today, -1)}`)).toEqual([]);
  });

  it("refuses malformed filters with a problem, not a 500", async () => {
    const res = await secretariat.request("GET", "/v1/audit?from=30/06/2026");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });

  it("lets a key bound to one agency read only that agency's history", async () => {
    const created = await admin.request("POST", "/v1/api-keys", {
      body: {
        name: "Sở Tài chính",
        scopes: ["audit.read"],
        agencyId: "brvt.so-tc",
        issuerIds: ["brvt.ubnd"],
      },
    });
    expect(created.status).toBe(201);
    const key = withApiKey(server.url, created.body.token);
    const entries = await list(key, "");
    expect(entries.some((e) => e.entityId === tcTaskId)).toBe(true);
    expect(entries.some((e) => e.entityId === tttTaskId)).toBe(false);
    expect(entries.some((e) => e.entity === "agency" || e.entity === "user")).toBe(false);
    expect(await list(key, `&taskId=${tttTaskId}`)).toEqual([]);
  });
});
