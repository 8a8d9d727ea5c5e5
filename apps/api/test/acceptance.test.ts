/**
 * The office's acceptance of completion over real HTTP on both engines (issue 13 point 4, issue 17
 * point 6): under a policy that asks for it, an officer's “done” is a report waiting for the
 * secretariat, who returns it with a reason (the officer reads it) or accepts it (the task is done
 * on the officer's date); refusals are problem+json; under the national pack, done stays direct.
 */
import { PolicyPack } from "@dondoc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

/** The fixture notice with its first two tasks only (both led by directory agencies). */
const twoTasks = (subject?: string) => {
  const parsed = parsedNotice(subject);
  parsed.directives = parsed.directives.slice(0, 2);
  return parsed;
};

describe.each(engines)("the office's acceptance of completion on %s", (engine) => {
  let server: TestServer;
  let secretariat: Caller;
  let admin: Caller;
  let officer: Caller;
  let planId = "";
  let fundsId = "";

  const setAcceptance = async (on: boolean) => {
    const policy = await admin.request("GET", "/v1/policy");
    const pack = { ...policy.body.pack, completion: { requiresAcceptance: on } };
    const saved = await admin.request("PUT", "/v1/policy", {
      ifMatch: `"${policy.body.version}"`,
      body: { pack },
    });
    expect(saved.status).toBe(200);
  };

  beforeAll(async () => {
    server = await startServer(engine, new Date("2024-03-12T03:00:00Z"));
    const db = server.deps.db.kysely;
    secretariat = await signIn(server.url, db, "secretariat");
    admin = await signIn(server.url, db, "admin");
    officer = await signIn(server.url, db, "agency_officer", "brvt.so-tttt");
    const notice = await secretariat.request("POST", "/v1/notices", { body: { parsed: twoTasks() } });
    if (notice.status !== 201) throw new Error(JSON.stringify(notice.body));
    const published = await secretariat.request("POST", `/v1/notices/${notice.body.id}/publish`, {
      ifMatch: '"1"',
    });
    if (published.status !== 200) throw new Error(JSON.stringify(published.body));
    planId = published.body.directives[0].tasks[0].id;
    fundsId = published.body.directives[1].tasks[0].id;
    expect(PolicyPack.provinceExample.completion.requiresAcceptance).toBe(true);
  });
  afterAll(() => server.dispose());

  it("keeps completion direct under the national pack", async () => {
    const task = await secretariat.request("GET", `/v1/tasks/${fundsId}`);
    const done = await secretariat.request("POST", `/v1/tasks/${fundsId}/complete`, {
      ifMatch: task.headers.get("etag"),
      body: { completedOn: "2024-02-19" },
    });
    expect(done.status).toBe(200);
    expect([done.body.lifecycle, done.body.timeliness, done.body.completionReport]).toEqual([
      "done",
      "done-on-time",
      null,
    ]);
  });

  it("turns the officer's done into a report the secretariat returns with a reason, then accepts", async () => {
    await setAcceptance(true);
    // Evidence: a file of one of the task's progress reports.
    const report = await officer.request("POST", `/v1/tasks/${planId}/progress`, {
      body: { body: "Đã trình kế hoạch", percent: 90 },
    });
    expect(report.status).toBe(201);
    const form = new FormData();
    form.set(
      "file",
      new File([Buffer.from("%PDF-1.4\nkế hoạch")], "Kế hoạch.pdf", { type: "application/pdf" }),
    );
    const file = await officer.request("POST", `/v1/progress/${report.body.id}/attachments`, { body: form });
    expect(file.status).toBe(201);

    let task = await officer.request("GET", `/v1/tasks/${planId}`);
    const submitted = await officer.request("POST", `/v1/tasks/${planId}/complete`, {
      ifMatch: task.headers.get("etag"),
      body: {
        completedOn: "2024-03-11",
        note: "Đã ban hành Kế hoạch 45/KH-STTTT",
        attachmentIds: [file.body.id],
      },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.lifecycle).toBe("submitted");
    expect(submitted.body.completedOn).toBeNull();
    expect(submitted.body.completionReport).toMatchObject({
      status: "pending",
      completedOn: "2024-03-11",
      note: "Đã ban hành Kế hoạch 45/KH-STTTT",
      attachmentIds: [file.body.id],
    });

    // The secretariat sees it waiting, under the lifecycle filter, judged as an open task.
    const pending = await secretariat.request("GET", "/v1/tasks?lifecycle=submitted&limit=50");
    expect(pending.status).toBe(200);
    expect(pending.body.items.map((t: { id: string }) => t.id)).toEqual([planId]);
    expect(pending.body.items[0].timeliness).toBe("due-soon");

    // The officer cannot decide on its own report.
    const self = await officer.request("POST", `/v1/tasks/${planId}/completion/accept`, {
      ifMatch: submitted.headers.get("etag"),
      body: {},
    });
    expect(self.status).toBe(403);
    expect(self.headers.get("content-type")).toContain("application/problem+json");

    const blank = await secretariat.request("POST", `/v1/tasks/${planId}/completion/return`, {
      ifMatch: submitted.headers.get("etag"),
      body: { reason: "   " },
    });
    expect(blank.status).toBe(400);
    expect(blank.headers.get("content-type")).toContain("application/problem+json");
    expect(blank.body.rule).toBe("reason-missing");
    expect(blank.body.errors[0].path).toBe("body.reason");
    const none = await secretariat.request("POST", `/v1/tasks/${planId}/completion/return`, {
      ifMatch: submitted.headers.get("etag"),
      body: {},
    });
    expect(none.status).toBe(400);

    const reason = "Thiếu văn bản ban hành kế hoạch kèm theo";
    const returned = await secretariat.request("POST", `/v1/tasks/${planId}/completion/return`, {
      ifMatch: submitted.headers.get("etag"),
      body: { reason },
    });
    expect(returned.status).toBe(200);
    expect(returned.body.lifecycle).toBe("open");
    expect(returned.body.completionReport.status).toBe("returned");

    // The officer reads why, on the task and in its history.
    task = await officer.request("GET", `/v1/tasks/${planId}`);
    expect(task.body.completionReturn).toMatchObject({ reason, on: "2024-03-12" });
    const history = await officer.request("GET", `/v1/tasks/${planId}/history?limit=50`);
    const entry = history.body.items.find((e: { action: string }) => e.action === "task.completion_returned");
    expect(entry.after.completion_return.reason).toBe(reason);

    const again = await officer.request("POST", `/v1/tasks/${planId}/complete`, {
      ifMatch: task.headers.get("etag"),
      body: { completedOn: "2024-03-12", note: "Bổ sung Kế hoạch 45/KH-STTTT" },
    });
    expect(again.status).toBe(200);
    expect(again.body.lifecycle).toBe("submitted");
    expect(again.body.completionReturn.reason).toBe(reason);

    const accepted = await secretariat.request("POST", `/v1/tasks/${planId}/completion/accept`, {
      ifMatch: again.headers.get("etag"),
      body: {},
    });
    expect(accepted.status).toBe(200);
    expect([accepted.body.lifecycle, accepted.body.completedOn, accepted.body.timeliness]).toEqual([
      "done",
      "2024-03-12",
      "done-on-time",
    ]);

    const twice = await secretariat.request("POST", `/v1/tasks/${planId}/completion/accept`, {
      ifMatch: accepted.headers.get("etag"),
      body: {},
    });
    expect(twice.status).toBe(409);
    expect(twice.headers.get("content-type")).toContain("application/problem+json");
    const late = await secretariat.request("POST", `/v1/tasks/${planId}/completion/return`, {
      ifMatch: accepted.headers.get("etag"),
      body: { reason: "Đổi ý" },
    });
    expect(late.status).toBe(409);

    const events = await server.deps.db.kysely
      .selectFrom("outbox_events")
      .select("type")
      .where("task_id", "=", planId)
      .orderBy("occurred_at")
      .execute();
    expect(events.map((e) => e.type)).toEqual([
      "task.created",
      "task.completion_submitted",
      "task.completion_returned",
      "task.completion_submitted",
      "task.completion_accepted",
      "task.done",
    ]);
  });

  it("refuses evidence that is not a file of the task", async () => {
    const db = server.deps.db.kysely;
    const other = await signIn(server.url, db, "agency_officer", "brvt.so-tc");
    const notice = await secretariat.request("POST", "/v1/notices", { body: { parsed: twoTasks("Lần 2") } });
    const published = await secretariat.request("POST", `/v1/notices/${notice.body.id}/publish`, {
      ifMatch: '"1"',
    });
    const id = published.body.directives[1].tasks[0].id;
    const task = await other.request("GET", `/v1/tasks/${id}`);
    const bad = await other.request("POST", `/v1/tasks/${id}/complete`, {
      ifMatch: task.headers.get("etag"),
      body: { attachmentIds: ["att_not_there"] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("body.attachmentIds");
    // The secretariat completing directly still completes.
    const direct = await secretariat.request("POST", `/v1/tasks/${id}/complete`, {
      ifMatch: task.headers.get("etag"),
      body: {},
    });
    expect(direct.body.lifecycle).toBe("done");
  });
});
