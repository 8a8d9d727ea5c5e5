/**
 * Comments on a task (issue 17, point 8) over real HTTP on both engines: the secretariat writes on
 * a task's thread mentioning the agency's officer, who gets a tin báo, reads it and replies, with a
 * file; the thread is in the task's history in order. The walls: an officer of another agency
 * cannot read the thread nor be mentioned; mentions are resolved on the server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as Worker from "../src/integrations/worker.js";
import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, startServer, workerOf } from "./harness.js";
import { publishFixture } from "./integrations/flows.js";

describe.each(engines)("task comments on %s", (engine) => {
  let server: TestServer;
  let clerk: Caller;
  let officer: Caller;
  let stranger: Caller;
  let otherClerk: Caller;
  const name: Record<string, string> = {};
  let taskId = "";

  const usernameOf = async (c: Caller) => {
    const row = await server.deps.db.kysely
      .selectFrom("users")
      .select("username")
      .where("id", "=", c.userId)
      .executeTakeFirstOrThrow();
    return row.username;
  };

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.deps.db.kysely;
    clerk = await signIn(server.url, db, "secretariat", "brvt.ubnd");
    officer = await signIn(server.url, db, "agency_officer", "brvt.so-tc");
    stranger = await signIn(server.url, db, "agency_officer", "brvt.so-tttt");
    otherClerk = await signIn(server.url, db, "secretariat", "brvt.hdnd");
    for (const [k, c] of Object.entries({ clerk, officer, stranger, otherClerk }))
      name[k] = await usernameOf(c);
    await db
      .updateTable("users")
      .set({ display_name: "Trần Văn Minh" })
      .where("id", "=", officer.userId)
      .execute();
    const published = await publishFixture(clerk);
    taskId = published.tasks.find((t) => t.leadAgencyId === "brvt.so-tc")?.id ?? "";
    await Worker.round(workerOf(server));
    await officer.request("POST", "/v1/notifications/read-all");
  });
  afterAll(() => server.dispose());

  it("lists who may be mentioned: the task's secretariat and agency, not another agency nor issuer", async () => {
    const audience = await clerk.request("GET", `/v1/tasks/${taskId}/audience?limit=200`);
    expect(audience.status).toBe(200);
    const usernames = audience.body.items.map((m: { username: string }) => m.username);
    expect(usernames).toContain(name.clerk);
    expect(usernames).toContain(name.officer);
    expect(usernames).not.toContain(name.stranger);
    expect(usernames).not.toContain(name.otherClerk);
    const narrowed = await officer.request(
      "GET",
      `/v1/tasks/${taskId}/audience?q=${encodeURIComponent("văn minh")}`,
    );
    expect(narrowed.body.items.map((m: { id: string }) => m.id)).toEqual([officer.userId]);
    expect((await stranger.request("GET", `/v1/tasks/${taskId}/audience`)).status).toBe(404);
  });

  it("the secretariat mentions the officer, who gets a tin báo, reads the thread and replies with a file", async () => {
    const posted = await clerk.request("POST", `/v1/tasks/${taskId}/comments`, {
      body: { body: `@${name.officer} đề nghị bổ sung số liệu quý I trước 05/3.` },
      idempotencyKey: "cmt-1",
    });
    expect(posted.status).toBe(201);
    expect(posted.body.mentions).toEqual([
      { id: officer.userId, username: name.officer, name: "Trần Văn Minh" },
    ]);
    expect(posted.body.author.id).toBe(`user:${clerk.userId}`);
    const replay = await clerk.request("POST", `/v1/tasks/${taskId}/comments`, {
      body: { body: `@${name.officer} đề nghị bổ sung số liệu quý I trước 05/3.` },
      idempotencyKey: "cmt-1",
    });
    expect(replay.body.id).toBe(posted.body.id);

    await Worker.round(workerOf(server));
    const inbox = await officer.request("GET", "/v1/notifications?unread=true");
    const mentioned = inbox.body.items.filter((n: { type: string }) => n.type === "task.commented");
    expect(mentioned).toHaveLength(1);
    expect(mentioned[0]).toMatchObject({ taskId });
    expect(mentioned[0].title).toContain("bổ sung số liệu quý I");
    // The author is never told about their own comment.
    const own = await clerk.request("GET", "/v1/notifications?unread=true");
    expect(own.body.items.filter((n: { type: string }) => n.type === "task.commented")).toHaveLength(0);

    server.setNow(new Date("2024-03-01T04:00:00Z"));
    const reply = await officer.request("POST", `/v1/tasks/${taskId}/comments`, {
      body: { body: `@${name.clerk} Sở đã gửi số liệu, xem tệp kèm.` },
    });
    expect(reply.status).toBe(201);
    const form = new FormData();
    form.set(
      "file",
      new File([Buffer.from("Quý I: 1.250 triệu đồng")], "số liệu quý I.txt", { type: "text/plain" }),
    );
    const upload = await officer.request("POST", `/v1/comments/${reply.body.id}/attachments`, { body: form });
    expect(upload.status).toBe(201);
    const notAuthor = new FormData();
    notAuthor.set("file", new File([Buffer.from("khác")], "khac.txt", { type: "text/plain" }));
    expect(
      (await clerk.request("POST", `/v1/comments/${reply.body.id}/attachments`, { body: notAuthor })).status,
    ).toBe(403);

    const thread = await clerk.request("GET", `/v1/tasks/${taskId}/comments`);
    expect(thread.status).toBe(200);
    expect(thread.body.items.map((c: { id: string }) => c.id)).toEqual([posted.body.id, reply.body.id]);
    expect(thread.body.items[1].attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
      "số liệu quý I.txt",
    ]);
    const file = await clerk.request("GET", upload.body.url);
    expect(file.status).toBe(200);
    expect(file.body).toBe("Quý I: 1.250 triệu đồng");
    expect((await stranger.request("GET", upload.body.url)).status).toBe(404);

    const history = await clerk.request("GET", `/v1/tasks/${taskId}/history`);
    const comments = history.body.items.filter((e: { action: string }) => e.action === "comment.added");
    expect(comments.map((e: { entityId: string }) => e.entityId)).toEqual([posted.body.id, reply.body.id]);
  });

  it("keeps the walls: another agency's officer and another issuer's secretariat read no thread (404)", async () => {
    expect((await stranger.request("GET", `/v1/tasks/${taskId}/comments`)).status).toBe(404);
    expect((await otherClerk.request("GET", `/v1/tasks/${taskId}/comments`)).status).toBe(404);
    const write = await stranger.request("POST", `/v1/tasks/${taskId}/comments`, {
      body: { body: "Xin chào" },
    });
    expect(write.status).toBe(404);
  });

  it("refuses a mention of someone who cannot see the task, or of no one, naming the field (400)", async () => {
    for (const who of [name.stranger, name.otherClerk, "khong-ai-ca"]) {
      const refused = await clerk.request("POST", `/v1/tasks/${taskId}/comments`, {
        body: { body: `@${who} xem giúp` },
      });
      expect(refused.status).toBe(400);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
      expect(refused.body.rule).toBe("mention-not-allowed");
      expect(refused.body.errors[0].path).toBe("body.body");
    }
    const thread = await clerk.request("GET", `/v1/tasks/${taskId}/comments`);
    expect(thread.body.total).toBe(2);
    await Worker.round(workerOf(server));
    const strangerInbox = await stranger.request("GET", "/v1/notifications");
    expect(
      strangerInbox.body.items.filter((n: { type: string }) => n.type === "task.commented"),
    ).toHaveLength(0);
  });

  it("validates the text: empty, too long (400)", async () => {
    expect(
      (await clerk.request("POST", `/v1/tasks/${taskId}/comments`, { body: { body: "   " } })).status,
    ).toBe(400);
    const long = await clerk.request("POST", `/v1/tasks/${taskId}/comments`, {
      body: { body: "x".repeat(4001) },
    });
    expect(long.status).toBe(400);
  });
});
