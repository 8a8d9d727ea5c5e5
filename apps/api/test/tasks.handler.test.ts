/**
 * The named handler (chuyên viên xử lý) on both engines: the lead agency's officer or the
 * secretariat gives a task to an officer of the lead agency, who finds it under “my tasks”; an
 * officer of another agency is refused as handler (400 naming `body.userId`) and cannot give the
 * task (it does not exist for them: 404); a finished task is not given (409); each change is in the
 * audit log by name.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

describe.each(engines)("the named handler on %s", (engine) => {
  let server: TestServer;
  let secretariat: Caller;
  let head: Caller;
  let lan: Caller;
  let other: Caller;
  let taskId = "";
  let doneTaskId = "";

  const named = (caller: Caller, name: string) =>
    server.deps.db.kysely
      .updateTable("users")
      .set({ display_name: name })
      .where("id", "=", caller.userId)
      .execute();
  const etag = async (id: string) =>
    (await secretariat.request("GET", `/v1/tasks/${id}`)).headers.get("etag");
  const give = (caller: Caller, id: string, userId: string | null, ifMatch: string | null) =>
    caller.request("PUT", `/v1/tasks/${id}/handler`, { ifMatch, body: { userId } });
  const mine = async (caller: Caller) => {
    const res = await caller.request("GET", "/v1/tasks?handlerId=me");
    expect(res.status).toBe(200);
    return res.body.items.map((t: { id: string }) => t.id) as string[];
  };

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.deps.db.kysely;
    secretariat = await signIn(server.url, db, "secretariat");
    head = await signIn(server.url, db, "agency_officer", "brvt.so-tc");
    lan = await signIn(server.url, db, "agency_officer", "brvt.so-tc");
    other = await signIn(server.url, db, "agency_officer", "brvt.so-tttt");
    await named(head, "Trần Văn Hùng");
    await named(lan, "Nguyễn Thị Lan");
    await named(other, "Lê Văn Minh");
    const created = await secretariat.request("POST", "/v1/notices", { body: { parsed: parsedNotice() } });
    const noticeId = created.body.id;
    const unknown = created.body.directives[3].tasks[0];
    await secretariat.request("PATCH", `/v1/tasks/${unknown.id}`, {
      ifMatch: `"${unknown.version}"`,
      body: { leadAgencyId: "brvt.so-tc" },
    });
    const notice = await secretariat.request("GET", `/v1/notices/${noticeId}`);
    const published = await secretariat.request("POST", `/v1/notices/${noticeId}/publish`, {
      ifMatch: notice.headers.get("etag"),
    });
    expect(published.status).toBe(200);
    taskId = published.body.directives[1].tasks[0].id;
    doneTaskId = published.body.directives[3].tasks[0].id;
    const done = await head.request("POST", `/v1/tasks/${doneTaskId}/complete`, {
      ifMatch: await etag(doneTaskId),
      body: { note: "Đã xong" },
    });
    expect(done.status).toBe(200);
  });
  afterAll(() => server.dispose());

  it("lists the officers of one's own agency by name, and no other agency's", async () => {
    const res = await head.request("GET", "/v1/agencies/brvt.so-tc/officers");
    expect(res.status).toBe(200);
    expect(res.body.items.map((o: { displayName: string }) => o.displayName)).toEqual([
      "Nguyễn Thị Lan",
      "Trần Văn Hùng",
    ]);
    expect((await head.request("GET", "/v1/agencies/brvt.so-tttt/officers")).status).toBe(404);
    expect((await secretariat.request("GET", "/v1/agencies/brvt.so-tttt/officers")).status).toBe(200);
  });

  it("lets the lead agency give the task to its officer, who finds it under my tasks", async () => {
    const res = await give(head, taskId, lan.userId, await etag(taskId));
    expect(res.status).toBe(200);
    expect(res.body.handlerId).toBe(lan.userId);
    expect(res.body.handlerName).toBe("Nguyễn Thị Lan");
    expect(await mine(lan)).toEqual([taskId]);
    expect(await mine(head)).toEqual([]);
    const audit = await secretariat.request("GET", `/v1/audit?taskId=${taskId}&action=task.handler_assigned`);
    expect(audit.body.items[0].actorName).toBe("Trần Văn Hùng");
    expect(audit.body.items[0].changes).toContainEqual({
      field: "handler_name",
      before: null,
      after: "Nguyễn Thị Lan",
    });
  });

  it("refuses an officer of another agency as handler, naming the field", async () => {
    const res = await give(secretariat, taskId, other.userId, await etag(taskId));
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors[0].path).toBe("body.userId");
    expect(res.body.detail).toContain("cơ quan chủ trì");
    const unknown = await give(secretariat, taskId, "usr_khong_co", await etag(taskId));
    expect(unknown.status).toBe(400);
  });

  it("keeps an officer of another agency from giving the task (it does not exist for them)", async () => {
    const res = await give(other, taskId, other.userId, await etag(taskId));
    expect(res.status).toBe(404);
  });

  it("gives no finished task", async () => {
    const res = await give(head, doneTaskId, lan.userId, await etag(doneTaskId));
    expect(res.status).toBe(409);
  });

  it("lets the secretariat take the task back", async () => {
    const res = await give(secretariat, taskId, null, await etag(taskId));
    expect(res.status).toBe(200);
    expect(res.body.handlerId).toBeNull();
    expect(res.body.handlerName).toBeNull();
    expect(await mine(lan)).toEqual([]);
  });
});
