/**
 * The write path obeys the domain, over real HTTP on both engines: publishing refuses a deadline
 * that did not resolve (unless the clerk confirms there is none) and fans collectives out without
 * a member coordinating itself; extensions follow the policy pack (cap, lead time, later dates, one
 * decision); a published task's deadline moves only by an extension; completion dates are bounded;
 * long-overdue decisions need a reason; archived notices are not edited.
 */
import { PolicyPack } from "@dondoc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

const at = (day: string) => new Date(`${day}T03:00:00Z`);

describe.each(engines)("the write path on %s", (engine) => {
  let server: TestServer;
  let secretariat: Caller;
  let admin: Caller;
  let officer: Caller;
  let officerTc: Caller;
  let noticeId = "";
  let unresolvedId = "";
  let planId = "";
  let fundsId = "";
  let member = "";

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.deps.db.kysely;
    secretariat = await signIn(server.url, db, "secretariat");
    admin = await signIn(server.url, db, "admin");
    officer = await signIn(server.url, db, "agency_officer", "brvt.so-tttt");
    officerTc = await signIn(server.url, db, "agency_officer", "brvt.so-tc");
    const first = await db
      .selectFrom("agency_group_members")
      .select("agency_id")
      .where("group_id", "=", "vt.phuong-xa")
      .orderBy("agency_id")
      .executeTakeFirstOrThrow();
    member = first.agency_id;
    const parsed = parsedNotice();
    const collective = parsed.directives[2]?.tasks[0];
    if (collective !== undefined)
      collective.coordinators = [
        { name: "Phường X", agencyId: member, collective: false, groupId: null, span: null },
      ];
    parsed.directives.push({
      path: "5",
      text: "Giao Sở Tài chính báo cáo trước ngày 30/6",
      informational: false,
      span: { start: 341, end: 380 },
      tasks: [
        {
          lead: {
            name: "Sở Tài chính",
            agencyId: "brvt.so-tc",
            collective: false,
            groupId: null,
            span: null,
          },
          coordinators: [],
          mode: "assigned",
          action: "Báo cáo kết quả rà soát",
          deadline: {
            phrase: "trước ngày 30/6",
            kind: "none",
            rule: null,
            dueOn: null,
            recurrence: null,
            derivation: null,
            span: null,
          },
          span: { start: 341, end: 380 },
        },
      ],
    });
    const notice = await secretariat.request("POST", "/v1/notices", { body: { parsed } });
    if (notice.status !== 201) throw new Error(JSON.stringify(notice.body));
    noticeId = notice.body.id;
    unresolvedId = notice.body.directives[4].tasks[0].id;
    await secretariat.request("PATCH", `/v1/tasks/${notice.body.directives[3].tasks[0].id}`, {
      ifMatch: '"1"',
      body: { leadAgencyId: "brvt.so-khcn" },
    });
  });
  afterAll(() => server.dispose());

  /** Moves the clock to `day` (10:00 in Vietnam); sessions end, so everyone signs in again. */
  const travel = async (day: string) => {
    server.setNow(at(day));
    const db = server.deps.db.kysely;
    secretariat = await signIn(server.url, db, "secretariat");
    admin = await signIn(server.url, db, "admin");
    officer = await signIn(server.url, db, "agency_officer", "brvt.so-tttt");
    officerTc = await signIn(server.url, db, "agency_officer", "brvt.so-tc");
  };

  it("refuses to publish a task whose deadline phrase did not resolve, naming it, until the clerk confirms no deadline", async () => {
    const refused = await secretariat.request("POST", `/v1/notices/${noticeId}/publish`, { ifMatch: '"1"' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe("rule-violated");
    expect(refused.body.rule).toBe("deadline-unresolved");
    expect(refused.body.errors).toEqual([
      { path: `tasks.${unresolvedId}.deadline`, message: expect.stringContaining("trước ngày 30/6") },
    ]);
    expect(refused.body.detail).toContain("mục 5");
    const draft = await secretariat.request("GET", `/v1/tasks/${unresolvedId}`);
    expect(draft.body.lifecycle).toBe("draft");

    const published = await secretariat.request("POST", `/v1/notices/${noticeId}/publish`, {
      ifMatch: '"1"',
      body: { noDeadline: [unresolvedId] },
    });
    expect(published.status).toBe(200);
    const task = await secretariat.request("GET", `/v1/tasks/${unresolvedId}`);
    expect([task.body.lifecycle, task.body.timeliness, task.body.dueOn]).toEqual([
      "open",
      "no-deadline",
      null,
    ]);
    planId = published.body.directives[0].tasks[0].id;
    fundsId = published.body.directives[1].tasks[0].id;
  });

  it("fans a collective out to one task per member, and no member coordinates its own task", async () => {
    const list = await secretariat.request("GET", `/v1/tasks?noticeId=${noticeId}&limit=200`);
    const mine = list.body.items.find((t: { leadAgencyId: string }) => t.leadAgencyId === member);
    expect(mine).toBeDefined();
    expect(mine.coordinators.map((c: { agencyId: string }) => c.agencyId)).not.toContain(member);
    const others = list.body.items.filter(
      (t: { leadAgencyId: string; action: string }) => t.action === mine.action && t.leadAgencyId !== member,
    );
    expect(others.length).toBeGreaterThan(0);
    expect(others[0].coordinators.map((c: { agencyId: string }) => c.agencyId)).toContain(member);
  });

  it("moves a published task's deadline only by an extension", async () => {
    const task = await secretariat.request("GET", `/v1/tasks/${planId}`);
    const moved = await secretariat.request("PATCH", `/v1/tasks/${planId}`, {
      ifMatch: task.headers.get("etag"),
      body: { dueOn: "2024-12-31" },
    });
    expect(moved.status).toBe(422);
    expect(moved.body.rule).toBe("due-date-locked");
    expect(moved.body.errors[0].path).toBe("body.dueOn");
    const text = await secretariat.request("PATCH", `/v1/tasks/${planId}`, {
      ifMatch: task.headers.get("etag"),
      body: { action: "Xây dựng kế hoạch chuyển đổi số năm 2024 (sửa)" },
    });
    expect(text.status).toBe(200);
    expect(text.body.dueOn).toBe("2024-03-15");
  });

  it("applies the policy pack to extensions: lead time, later dates, the cap, one decision", async () => {
    const policy = await admin.request("GET", "/v1/policy");
    const pack = { ...policy.body.pack, extension: PolicyPack.provinceExample.extension };
    const saved = await admin.request("PUT", "/v1/policy", {
      ifMatch: `"${policy.body.version}"`,
      body: { pack },
    });
    expect(saved.status).toBe(200);

    await travel("2024-03-13");
    const tooLate = await officer.request("POST", `/v1/tasks/${planId}/extensions`, {
      body: { reason: "Chờ số liệu", requestedDueOn: "2024-03-29" },
    });
    expect(tooLate.status).toBe(422);
    expect(tooLate.body.rule).toBe("too-late");

    await travel("2024-03-01");
    const earlier = await officer.request("POST", `/v1/tasks/${planId}/extensions`, {
      body: { reason: "Chờ số liệu", requestedDueOn: "2024-03-10" },
    });
    expect(earlier.status).toBe(400);
    expect(earlier.body.rule).toBe("not-later");
    expect(earlier.body.errors[0].path).toBe("body.requestedDueOn");
    const asked = await officer.request("POST", `/v1/tasks/${planId}/extensions`, {
      body: { reason: "Chờ số liệu", requestedDueOn: "2024-03-29" },
    });
    expect(asked.status).toBe(201);
    const backwards = await secretariat.request("POST", `/v1/extensions/${asked.body.id}/decision`, {
      ifMatch: '"1"',
      body: { approve: true, approvedDueOn: "2024-03-14" },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].path).toBe("body.approvedDueOn");
    const approved = await secretariat.request("POST", `/v1/extensions/${asked.body.id}/decision`, {
      ifMatch: '"1"',
      body: { approve: true, decisionRef: "Công văn 12/UBND-TH" },
    });
    expect(approved.status).toBe(200);
    const again = await secretariat.request("POST", `/v1/extensions/${asked.body.id}/decision`, {
      ifMatch: approved.headers.get("etag"),
      body: { approve: false, note: "Đổi ý" },
    });
    expect(again.status).toBe(409);
    expect(again.body.rule).toBe("already-decided");
    const task = await officer.request("GET", `/v1/tasks/${planId}`);
    expect([task.body.dueOn, task.body.originalDueOn]).toEqual(["2024-03-29", "2024-03-15"]);

    const second = await officer.request("POST", `/v1/tasks/${planId}/extensions`, {
      body: { reason: "Lần hai", requestedDueOn: "2024-04-30" },
    });
    expect(second.status).toBe(422);
    expect(second.body.rule).toBe("limit-reached");
    expect(second.body.detail).toContain("tối đa 1 lần");

    const national = await admin.request("GET", "/v1/policy");
    await admin.request("PUT", "/v1/policy", {
      ifMatch: `"${national.body.version}"`,
      body: { pack: { ...national.body.pack, extension: PolicyPack.national.extension } },
    });
  });

  it("never extends an overdue task to a date already past, and asks a reason when it is long overdue", async () => {
    const past = await officerTc.request("POST", `/v1/tasks/${fundsId}/extensions`, {
      body: { reason: "Chờ vốn", requestedDueOn: "2024-02-28" },
    });
    expect(past.status).toBe(400);
    const asked = await officerTc.request("POST", `/v1/tasks/${fundsId}/extensions`, {
      body: { reason: "Chờ vốn", requestedDueOn: "2024-04-01" },
    });
    expect(asked.status).toBe(201);
    await travel("2024-03-05");
    const inPast = await secretariat.request("POST", `/v1/extensions/${asked.body.id}/decision`, {
      ifMatch: '"1"',
      body: { approve: true, approvedDueOn: "2024-03-04" },
    });
    expect(inPast.status).toBe(400);
    expect(inPast.body.rule).toBe("in-the-past");
    await travel("2024-06-03");
    const silent = await secretariat.request("POST", `/v1/extensions/${asked.body.id}/decision`, {
      ifMatch: '"1"',
      body: { approve: true, approvedDueOn: "2024-07-01" },
    });
    expect(silent.status).toBe(422);
    expect(silent.body.rule).toBe("overdue-reason-missing");
    const reasoned = await secretariat.request("POST", `/v1/extensions/${asked.body.id}/decision`, {
      ifMatch: '"1"',
      body: { approve: true, approvedDueOn: "2024-07-01", note: "Vốn bổ sung chưa giao; gia hạn lần cuối" },
    });
    expect(reasoned.status).toBe(200);
    const audit = await server.deps.db.kysely
      .selectFrom("audit_log")
      .select(["after"])
      .where("entity_id", "=", asked.body.id)
      .where("action", "=", "extension.approved")
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).toContain("gia hạn lần cuối");
    await travel("2024-03-01");
  });

  it("bounds completion dates and asks a reason when a long-overdue task is completed", async () => {
    const task = await secretariat.request("GET", `/v1/tasks/${unresolvedId}`);
    const early = await officerTc.request("POST", `/v1/tasks/${unresolvedId}/complete`, {
      ifMatch: task.headers.get("etag"),
      body: { completedOn: "2019-05-01" },
    });
    expect(early.status).toBe(400);
    expect(early.body.rule).toBe("before-creation");
    const future = await officerTc.request("POST", `/v1/tasks/${unresolvedId}/complete`, {
      ifMatch: task.headers.get("etag"),
      body: { completedOn: "2024-03-05" },
    });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].path).toBe("body.completedOn");

    const list = await secretariat.request("GET", `/v1/tasks?noticeId=${noticeId}&agencyId=${member}`);
    const memberTask = list.body.items[0];
    await travel("2024-07-15");
    const silent = await secretariat.request("POST", `/v1/tasks/${memberTask.id}/complete`, {
      ifMatch: `"${memberTask.version}"`,
      body: { completedOn: "2024-07-10" },
    });
    expect(silent.status).toBe(422);
    expect(silent.body.rule).toBe("overdue-reason-missing");
    const done = await secretariat.request("POST", `/v1/tasks/${memberTask.id}/complete`, {
      ifMatch: `"${memberTask.version}"`,
      body: { completedOn: "2024-07-10", note: "Đã rà soát xong, báo cáo muộn do sáp nhập" },
    });
    expect(done.status).toBe(200);
    expect(done.body.timeliness).toBe("done-late");
    await travel("2024-03-01");

    const lead = await secretariat.request("PATCH", `/v1/tasks/${memberTask.id}`, {
      ifMatch: done.headers.get("etag"),
      body: { leadAgencyId: "brvt.so-tc" },
    });
    expect(lead.status).toBe(409);
    expect(lead.body.code).toBe("invalid-transition");
  });

  it("refuses dates outside the calendar's years (1900–2199) with a 400 naming the field", async () => {
    const task = await secretariat.request("GET", `/v1/tasks/${planId}`);
    for (const [path, body] of [
      [`/v1/tasks/${planId}`, { dueOn: "9999-12-31" }],
      [`/v1/tasks/${planId}/complete`, { completedOn: "0001-01-01" }],
    ] as const) {
      const res = await secretariat.request(path.endsWith("complete") ? "POST" : "PATCH", path, {
        ifMatch: task.headers.get("etag"),
        body,
      });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].path).toBe(`json.${Object.keys(body)[0]}`);
    }
  });

  it("does not edit the tasks of an archived notice", async () => {
    const notice = await secretariat.request("GET", `/v1/notices/${noticeId}`);
    const archived = await secretariat.request("POST", `/v1/notices/${noticeId}/archive`, {
      ifMatch: notice.headers.get("etag"),
    });
    expect(archived.status).toBe(200);
    const task = await secretariat.request("GET", `/v1/tasks/${planId}`);
    const edit = await secretariat.request("PATCH", `/v1/tasks/${planId}`, {
      ifMatch: task.headers.get("etag"),
      body: { action: "Sửa sau lưu trữ" },
    });
    expect(edit.status).toBe(422);
    expect(edit.body.rule).toBe("notice-archived");
  });
});
