/**
 * The follow-up work of an office, end to end over HTTP: progress with attachments, an extension
 * asked and approved (with the authorising document), an explanation requested on an overdue task
 * and answered, delegation down to a unit, watchers, and the history of it all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

describe.each(engines)("follow-up on %s", (engine) => {
  let server: TestServer;
  let secretariat: Caller;
  let officer: Caller;
  let admin: Caller;
  let overdueId = "";
  let openId = "";

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.deps.db.kysely;
    secretariat = await signIn(server.url, db, "secretariat");
    officer = await signIn(server.url, db, "agency_officer", "brvt.so-tc");
    admin = await signIn(server.url, db, "admin");
    const notice = await secretariat.request("POST", "/v1/notices", { body: { parsed: parsedNotice() } });
    const unknown = notice.body.directives[3].tasks[0];
    await secretariat.request("PATCH", `/v1/tasks/${unknown.id}`, {
      ifMatch: '"1"',
      body: { leadAgencyId: "brvt.so-tc" },
    });
    const published = await secretariat.request("POST", `/v1/notices/${notice.body.id}/publish`, {
      ifMatch: '"1"',
    });
    overdueId = published.body.directives[1].tasks[0].id;
    openId = published.body.directives[3].tasks[0].id;
  });
  afterAll(() => server.dispose());

  it("records a progress report with a PDF attachment and serves the file back", async () => {
    const report = await officer.request("POST", `/v1/tasks/${openId}/progress`, {
      body: { body: "Đã dự thảo", percent: 30 },
    });
    expect(report.status).toBe(201);
    const form = new FormData();
    const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from("nội dung báo cáo")]);
    form.set("file", new File([pdf], "Báo cáo tiến độ.pdf", { type: "application/pdf" }));
    const upload = await officer.request("POST", `/v1/progress/${report.body.id}/attachments`, {
      body: form,
    });
    expect(upload.status).toBe(201);
    expect(upload.body.fileName).toBe("Báo cáo tiến độ.pdf");
    const download = await fetch(server.url + upload.body.url, { headers: { cookie: "" } });
    expect(download.status).toBe(401);
    const listed = await officer.request("GET", `/v1/tasks/${openId}/progress`);
    expect(listed.body.items[0].attachments).toHaveLength(1);
    const file = await officer.request("GET", upload.body.url);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    const task = await officer.request("GET", `/v1/tasks/${openId}`);
    expect(task.body.progressPercent).toBe(30);
  });

  it("refuses an executable disguised as a PDF (415)", async () => {
    const report = await officer.request("POST", `/v1/tasks/${openId}/progress`, {
      body: { body: "Kèm tệp" },
    });
    const form = new FormData();
    form.set("file", new File([Buffer.from("MZ\x90\x00binary")], "bao-cao.pdf", { type: "application/pdf" }));
    const upload = await officer.request("POST", `/v1/progress/${report.body.id}/attachments`, {
      body: form,
    });
    expect(upload.status).toBe(415);
    expect(upload.body.code).toBe("unsupported-media-type");
  });

  it("asks for an explanation only on an overdue task, and the agency answers it", async () => {
    const notOverdue = await secretariat.request("POST", `/v1/tasks/${openId}/explanations`, {
      body: { question: "Vì sao?" },
    });
    expect(notOverdue.status).toBe(409);
    const asked = await secretariat.request("POST", `/v1/tasks/${overdueId}/explanations`, {
      body: { question: "Đề nghị giải trình lý do chậm", replyDueOn: "2024-04-05" },
    });
    expect(asked.status).toBe(201);
    const answered = await officer.request("POST", `/v1/explanations/${asked.body.id}/answer`, {
      ifMatch: '"1"',
      body: { answer: "Do chờ ý kiến thẩm định" },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.status).toBe("answered");
    const list = await secretariat.request("GET", `/v1/tasks/${overdueId}/explanations`);
    expect(list.body.items[0].answer).toBe("Do chờ ý kiến thẩm định");
  });

  it("moves the deadline when the secretariat approves an extension, keeping the original", async () => {
    const asked = await officer.request("POST", `/v1/tasks/${overdueId}/extensions`, {
      body: { reason: "Chờ ý kiến thẩm định của Bộ Tài chính", requestedDueOn: "2024-03-29" },
    });
    expect(asked.status).toBe(201);
    const twice = await officer.request("POST", `/v1/tasks/${overdueId}/extensions`, {
      body: { reason: "Lần nữa", requestedDueOn: "2024-04-29" },
    });
    expect(twice.status).toBe(409);
    const queue = await secretariat.request("GET", "/v1/extensions?status=pending");
    expect(queue.body.items.map((e: { id: string }) => e.id)).toContain(asked.body.id);
    const byOfficer = await officer.request("POST", `/v1/extensions/${asked.body.id}/decision`, {
      ifMatch: '"1"',
      body: { approve: true },
    });
    expect(byOfficer.status).toBe(403);
    const decided = await secretariat.request("POST", `/v1/extensions/${asked.body.id}/decision`, {
      ifMatch: '"1"',
      body: { approve: true, decisionRef: "Công văn 123/UBND-TH ngày 28/02/2024" },
    });
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe("approved");
    const task = await officer.request("GET", `/v1/tasks/${overdueId}`);
    expect(task.body.dueOn).toBe("2024-03-29");
    expect(task.body.originalDueOn).toBe("2024-02-20");
    expect(task.body.timeliness).toBe("not-due");
    expect(task.body.decisionRef).toBe("Công văn 123/UBND-TH ngày 28/02/2024");
  });

  it("lets the lead agency delegate down to its own unit only, and the unit's officers then see the task", async () => {
    await admin.request("POST", "/v1/agencies", {
      body: { id: "brvt.so-tc.phong-ns", name: "Phòng Ngân sách", kind: "office", parentId: "brvt.so-tc" },
    });
    const task = await officer.request("GET", `/v1/tasks/${openId}`);
    const outside = await officer.request("POST", `/v1/tasks/${openId}/delegate`, {
      ifMatch: task.headers.get("etag"),
      body: { agencyId: "brvt.so-tttt" },
    });
    expect(outside.status).toBe(400);
    const delegated = await officer.request("POST", `/v1/tasks/${openId}/delegate`, {
      ifMatch: task.headers.get("etag"),
      body: { agencyId: "brvt.so-tc.phong-ns" },
    });
    expect(delegated.status).toBe(200);
    expect(delegated.body.leadAgencyId).toBe("brvt.so-tc");
    const unitOfficer = await signIn(
      server.url,
      server.deps.db.kysely,
      "agency_officer",
      "brvt.so-tc.phong-ns",
    );
    const seen = await unitOfficer.request("GET", "/v1/tasks");
    expect(seen.body.items.map((t: { id: string }) => t.id)).toEqual([openId]);
  });

  it("follows and unfollows a task idempotently", async () => {
    expect((await secretariat.request("PUT", `/v1/tasks/${openId}/watchers/me`)).body.items).toHaveLength(1);
    expect((await secretariat.request("PUT", `/v1/tasks/${openId}/watchers/me`)).body.items).toHaveLength(1);
    expect((await secretariat.request("DELETE", `/v1/tasks/${openId}/watchers/me`)).body.items).toHaveLength(
      0,
    );
  });

  it("pauses, resumes, cancels with the authorising document and a reason, refusing impossible moves", async () => {
    let task = await secretariat.request("GET", `/v1/tasks/${openId}`);
    const resume = await secretariat.request("POST", `/v1/tasks/${openId}/transitions`, {
      ifMatch: task.headers.get("etag"),
      body: { action: "resume" },
    });
    expect(resume.status).toBe(409);
    const noReason = await secretariat.request("POST", `/v1/tasks/${openId}/transitions`, {
      ifMatch: task.headers.get("etag"),
      body: { action: "pause", decisionRef: "Thông báo 45/TB-UBND ngày 01/3/2024" },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.rule).toBe("reason-missing");
    expect(noReason.body.errors[0].path).toBe("body.note");
    const paused = await secretariat.request("POST", `/v1/tasks/${openId}/transitions`, {
      ifMatch: task.headers.get("etag"),
      body: { action: "pause", decisionRef: "Thông báo 45/TB-UBND ngày 01/3/2024", note: "Chờ quy hoạch" },
    });
    expect(paused.body.lifecycle).toBe("paused");
    expect(paused.body.timeliness).toBe("paused");
    const cancelled = await secretariat.request("POST", `/v1/tasks/${openId}/transitions`, {
      ifMatch: paused.headers.get("etag"),
      body: { action: "cancel", note: "Không còn phù hợp" },
    });
    expect(cancelled.body.lifecycle).toBe("cancelled");
    task = await secretariat.request("POST", `/v1/tasks/${openId}/transitions`, {
      ifMatch: cancelled.headers.get("etag"),
      body: { action: "reopen", note: "Mở lại" },
    });
    // A cancelled task stays cancelled: only a done task reopens.
    expect(task.status).toBe(409);
    expect(task.body.code).toBe("invalid-transition");
    const history = await secretariat.request("GET", `/v1/tasks/${openId}/history`);
    const actions = history.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["task.opened", "task.progress", "task.delegated", "task.pause", "task.cancel"]),
    );
    expect(actions).not.toContain("task.reopen");
  });

  it("merges an agency into its successor and moves its open tasks with history", async () => {
    const already = await admin.request("GET", "/v1/agencies/brvt.so-tttt");
    expect(already.body.successorId).toBe("brvt.so-khcn");
    const again = await admin.request("POST", "/v1/agencies/brvt.so-tttt/merge", {
      ifMatch: already.headers.get("etag"),
      body: { successorId: "brvt.so-khcn", lastDay: "2025-02-28" },
    });
    expect(again.status).toBe(409);
    const created = await admin.request("POST", "/v1/agencies", {
      body: { id: "brvt.ban-cds", name: "Ban Chuyển đổi số tỉnh", kind: "board", parentId: "brvt.ubnd" },
    });
    expect(created.status).toBe(201);
    const list = await secretariat.request("GET", "/v1/tasks?agencyId=brvt.so-tttt");
    const task = list.body.items[0];
    await secretariat.request("PATCH", `/v1/tasks/${task.id}`, {
      ifMatch: `"${task.version}"`,
      body: { leadAgencyId: "brvt.ban-cds" },
    });
    const merged = await admin.request("POST", "/v1/agencies/brvt.ban-cds/merge", {
      ifMatch: created.headers.get("etag"),
      body: { successorId: "brvt.so-khcn", lastDay: "2025-02-28", decisionRef: "Nghị định 45/2025/NĐ-CP" },
    });
    expect(merged.status).toBe(200);
    expect(merged.body.movedTaskIds).toEqual([task.id]);
    expect(merged.body.agency.validTo).toBe("2025-02-28");
    const moved = await secretariat.request("GET", `/v1/tasks/${task.id}`);
    expect(moved.body.leadAgencyId).toBe("brvt.so-khcn");
    expect(moved.body.leadName).toBe("Sở Khoa học và Công nghệ");
    const history = await secretariat.request("GET", `/v1/tasks/${task.id}/history`);
    expect(history.body.items.at(-1).action).toBe("task.agency_succeeded");
    const audit = await admin.request("GET", "/v1/audit?entity=agency&entityId=brvt.ban-cds");
    expect(audit.body.items[0].action).toBe("agency.merged");
  });
});
