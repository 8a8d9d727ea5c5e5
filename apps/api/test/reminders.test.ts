/**
 * Đôn đốc (issue 17, point 7) over real HTTP on both engines: the issuer's secretariat reminds an
 * overdue task with a message — recorded (who, when, message), counted on the task, in its history,
 * a `task.reminded` event (webhooks) and a tin báo to the agency's officers; a whole agency's list
 * is reminded of what is overdue or due soon only. The walls: another issuer's secretariat, an
 * officer and a leader cannot remind; a done task cannot be reminded.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as Worker from "../src/integrations/worker.js";
import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, startServer, workerOf } from "./harness.js";
import type { Published } from "./integrations/flows.js";
import { publishFixture } from "./integrations/flows.js";

const A = "brvt.ubnd";
const B = "brvt.hdnd";

describe.each(engines)("reminders (đôn đốc) on %s", (engine) => {
  let server: TestServer;
  let clerkA: Caller;
  let clerkB: Caller;
  let officer: Caller;
  let leader: Caller;
  let ofA: Published;
  let ofB: Published;
  const overdueOf = (p: Published) => {
    const t = p.tasks.find((x) => x.leadAgencyId === "brvt.so-tc");
    if (t === undefined) throw new Error("no task of Sở Tài chính");
    return t;
  };

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.deps.db.kysely;
    await db.updateTable("users").set({ display_name: "Nguyễn Thị Lan" }).execute();
    clerkA = await signIn(server.url, db, "secretariat", A);
    await db
      .updateTable("users")
      .set({ display_name: "Nguyễn Thị Lan" })
      .where("id", "=", clerkA.userId)
      .execute();
    clerkB = await signIn(server.url, db, "secretariat", B);
    officer = await signIn(server.url, db, "agency_officer", "brvt.so-tc");
    leader = await signIn(server.url, db, "leader", null);
    ofA = await publishFixture(clerkA, "Kết luận của UBND tỉnh");
    ofB = await publishFixture(clerkB, "Kết luận của HĐND tỉnh");
    await Worker.round(workerOf(server));
    await officer.request("POST", "/v1/notifications/read-all");
  });
  afterAll(() => server.dispose());

  it("reminds an overdue task: recorded with who, when and the message, counted on the task", async () => {
    const task = overdueOf(ofA);
    const before = await clerkA.request("GET", `/v1/tasks/${task.id}`);
    expect(before.body).toMatchObject({ timeliness: "overdue", reminderCount: 0, lastRemindedAt: null });
    const sent = await clerkA.request("POST", `/v1/tasks/${task.id}/reminders`, {
      body: { message: "Đề nghị Sở Tài chính báo cáo kết quả trước 05/3" },
      idempotencyKey: "nhac-1",
    });
    expect(sent.status).toBe(201);
    expect(sent.body.reminder).toMatchObject({
      taskId: task.id,
      message: "Đề nghị Sở Tài chính báo cáo kết quả trước 05/3",
      remindedBy: { id: `user:${clerkA.userId}`, name: "Nguyễn Thị Lan" },
    });
    expect(sent.body.task.reminderCount).toBe(1);
    expect(sent.body.task.lastRemindedAt).toBe(new Date("2024-03-01T03:00:00Z").toISOString());
    expect(sent.headers.get("etag")).toBe(`"${sent.body.task.version}"`);

    // The same key replays the first answer; nothing is sent twice.
    const replay = await clerkA.request("POST", `/v1/tasks/${task.id}/reminders`, {
      body: { message: "Đề nghị Sở Tài chính báo cáo kết quả trước 05/3" },
      idempotencyKey: "nhac-1",
    });
    expect(replay.status).toBe(201);
    expect(replay.body.reminder.id).toBe(sent.body.reminder.id);

    const again = await clerkA.request("POST", `/v1/tasks/${task.id}/reminders`, { body: {} });
    expect(again.status).toBe(201);
    expect(again.body.reminder.message).toBeNull();
    const after = await officer.request("GET", `/v1/tasks/${task.id}`);
    expect(after.body.reminderCount).toBe(2);

    const listed = await officer.request("GET", `/v1/tasks/${task.id}/reminders`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((r: { message: string | null }) => r.message)).toEqual([
      "Đề nghị Sở Tài chính báo cáo kết quả trước 05/3",
      null,
    ]);
    expect(listed.body.total).toBe(2);

    const history = await clerkA.request("GET", `/v1/tasks/${task.id}/history`);
    expect(history.body.items.filter((e: { action: string }) => e.action === "task.reminded")).toHaveLength(
      2,
    );
  });

  it("delivers the reminder: a task.reminded event with the message, and a tin báo to the agency's officer", async () => {
    const task = overdueOf(ofA);
    const events = await server.deps.db.kysely
      .selectFrom("outbox_events")
      .select(["type", "payload", "agency_ids"])
      .where("task_id", "=", task.id)
      .where("type", "=", "task.reminded")
      .execute();
    expect(events).toHaveLength(2);
    const messages = events.map(
      (e) => (e.payload as { reminder: { message: string | null } }).reminder.message,
    );
    expect(messages).toContain("Đề nghị Sở Tài chính báo cáo kết quả trước 05/3");
    expect(events[0]?.agency_ids).toContain("brvt.so-tc");
    await Worker.round(workerOf(server));
    const inbox = await officer.request("GET", "/v1/notifications?unread=true");
    const reminded = inbox.body.items.filter((n: { type: string }) => n.type === "task.reminded");
    expect(reminded).toHaveLength(2);
    expect(reminded.every((n: { taskId: string }) => n.taskId === task.id)).toBe(true);
    expect(reminded.map((n: { title: string }) => n.title).join("\n")).toContain("Đôn đốc");
    expect(reminded.map((n: { title: string }) => n.title).join("\n")).toContain("trước 05/3");
  });

  it("keeps the walls: another issuer's secretariat (404), an officer and a leader (403)", async () => {
    const task = overdueOf(ofA);
    const across = await clerkB.request("POST", `/v1/tasks/${task.id}/reminders`, { body: {} });
    expect(across.status).toBe(404);
    expect((await officer.request("POST", `/v1/tasks/${task.id}/reminders`, { body: {} })).status).toBe(403);
    expect((await leader.request("POST", `/v1/tasks/${task.id}/reminders`, { body: {} })).status).toBe(403);
    // B's own task is B's to remind.
    const own = await clerkB.request("POST", `/v1/tasks/${overdueOf(ofB).id}/reminders`, { body: {} });
    expect(own.status).toBe(201);
    expect((await clerkA.request("GET", `/v1/tasks/${task.id}`)).body.reminderCount).toBe(2);
  });

  it("refuses a task that is done (409, the domain's rule) and a message too long (400)", async () => {
    const done = ofA.tasks.find((t) => t.leadAgencyId === "brvt.so-tttt");
    if (done === undefined) throw new Error("no task of Sở TTTT");
    const current = await clerkA.request("GET", `/v1/tasks/${done.id}`);
    const completed = await clerkA.request("POST", `/v1/tasks/${done.id}/complete`, {
      ifMatch: current.headers.get("etag") ?? "",
      body: { completedOn: "2024-02-28" },
    });
    expect(completed.status).toBe(200);
    const refused = await clerkA.request("POST", `/v1/tasks/${done.id}/reminders`, { body: {} });
    expect(refused.status).toBe(409);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(refused.body.detail).toContain("đôn đốc");
    const long = await clerkA.request("POST", `/v1/tasks/${overdueOf(ofA).id}/reminders`, {
      body: { message: "x".repeat(2001) },
    });
    expect(long.status).toBe(400);
  });

  it("reminds an agency's whole list of what is overdue or due soon, within the caller's issuer", async () => {
    const listed = async (who: Caller, agency: string) => {
      const ids: string[] = [];
      for (const t of ["overdue", "due-soon"]) {
        const r = await who.request("GET", `/v1/tasks?agencyId=${agency}&timeliness=${t}&limit=200`);
        ids.push(...r.body.items.map((x: { id: string }) => x.id));
      }
      return ids.sort();
    };
    const expected = await listed(clerkA, "brvt.so-tc");
    expect(expected).toContain(overdueOf(ofA).id);
    expect(expected).not.toContain(overdueOf(ofB).id);
    const bulk = await clerkA.request("POST", "/v1/agencies/brvt.so-tc/reminders", {
      body: { message: "Đề nghị rà soát toàn bộ nhiệm vụ quá hạn" },
      idempotencyKey: "nhac-so-tc",
    });
    expect(bulk.status).toBe(201);
    expect(bulk.body.count).toBe(expected.length);
    expect(bulk.body.items.map((r: { taskId: string }) => r.taskId).sort()).toEqual(expected);
    expect((await clerkA.request("GET", `/v1/tasks/${overdueOf(ofA).id}`)).body.reminderCount).toBe(3);
    // B's task of the same agency was not touched by A's clerk.
    expect((await clerkB.request("GET", `/v1/tasks/${overdueOf(ofB).id}`)).body.reminderCount).toBe(1);

    // A task neither overdue nor due soon is never in the list reminded.
    const fresh = await listed(clerkA, "brvt.so-khcn");
    const none = await clerkA.request("POST", "/v1/agencies/brvt.so-khcn/reminders", { body: {} });
    expect(none.status).toBe(201);
    expect(none.body.count).toBe(fresh.length);

    // Within one notice, and never across issuers.
    const scoped = await clerkB.request("POST", "/v1/agencies/brvt.so-tc/reminders", {
      body: { noticeId: ofA.noticeId },
    });
    expect(scoped.status).toBe(201);
    expect(scoped.body.count).toBe(0);
    expect((await officer.request("POST", "/v1/agencies/brvt.so-tc/reminders", { body: {} })).status).toBe(
      403,
    );
    expect((await clerkA.request("POST", "/v1/agencies/khong.co/reminders", { body: {} })).status).toBe(404);
  });
});
