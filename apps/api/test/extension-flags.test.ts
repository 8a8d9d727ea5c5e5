/**
 * Extension requests carry what the decision needs, over real HTTP on both engines: the task they
 * concern (its text, lead agency, deadline in force, days left or days overdue) and the domain's
 * `ExtensionFlags` — a request made after the due date (“yêu cầu sau hạn”), one the policy pack
 * in force no longer allows (lead time, cap), a decision that needs a written reason — on the
 * queue, the task's list and the answer to the request itself.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

describe.each(engines)("extension flags on %s", (engine) => {
  let server: TestServer;
  let secretariat: Caller;
  let officer: Caller;
  let officerTttt: Caller;
  let admin: Caller;
  let overdueId = "";
  let openId = "";

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.deps.db.kysely;
    secretariat = await signIn(server.url, db, "secretariat");
    officer = await signIn(server.url, db, "agency_officer", "brvt.so-tc");
    officerTttt = await signIn(server.url, db, "agency_officer", "brvt.so-tttt");
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
    // Led by Sở TT&TT, due 15/03/2024.
    openId = published.body.directives[0].tasks[0].id;
  });
  afterAll(() => server.dispose());

  it("flags a request made after the due date and names the task with its days overdue", async () => {
    const task = await officer.request("GET", `/v1/tasks/${overdueId}`);
    expect(task.body.dueOn).toBe("2024-02-20");
    const asked = await officer.request("POST", `/v1/tasks/${overdueId}/extensions`, {
      body: { reason: "Chờ ý kiến thẩm định của Bộ Tài chính", requestedDueOn: "2024-03-29" },
    });
    expect(asked.status).toBe(201);
    // Today is 01/03/2024: 10 days past 20/02.
    expect(asked.body.flags).toEqual({
      late: true,
      shortNotice: null,
      capReached: null,
      beyondPolicy: false,
      reasonRequiredAfter: null,
    });
    expect(asked.body.task).toEqual({
      id: overdueId,
      action: task.body.action,
      leadName: task.body.leadName,
      leadAgencyId: task.body.leadAgencyId,
      dueOn: "2024-02-20",
      timeliness: "overdue",
      lateness: task.body.lateness,
      daysLeft: -10,
    });
    expect(asked.body.task.lateness.calendarDays).toBe(10);
    const queue = await secretariat.request("GET", "/v1/extensions?status=pending");
    const queued = queue.body.items.find((e: { id: string }) => e.id === asked.body.id);
    expect(queued.flags.late).toBe(true);
    expect(queued.task.leadName).toBe(task.body.leadName);
  });

  it("does not flag a request made in time, and counts the days left", async () => {
    const asked = await officerTttt.request("POST", `/v1/tasks/${openId}/extensions`, {
      body: { reason: "Cần thêm thời gian khảo sát", requestedDueOn: "2024-04-15" },
    });
    expect(asked.status).toBe(201);
    expect(asked.body.flags.late).toBe(false);
    expect(asked.body.flags.beyondPolicy).toBe(false);
    // 01/03 → 15/03/2024.
    expect(asked.body.task).toMatchObject({ dueOn: "2024-03-15", daysLeft: 14, lateness: null });
  });

  it("flags pending requests beyond a policy pack saved since (lead time and cap)", async () => {
    const policy = await admin.request("GET", "/v1/policy");
    const saved = await admin.request("PUT", "/v1/policy", {
      ifMatch: `"${policy.body.version}"`,
      body: {
        pack: {
          ...policy.body.pack,
          id: "brvt",
          name: "Quy chế tỉnh",
          extension: { minWorkingDaysBeforeDeadline: 400, maxExtensions: 0 },
        },
      },
    });
    expect(saved.status).toBe(200);
    const list = await secretariat.request("GET", `/v1/tasks/${openId}/extensions`);
    expect(list.status).toBe(200);
    const [pending] = list.body.items;
    expect(pending.flags.beyondPolicy).toBe(true);
    expect(pending.flags.capReached).toEqual({ max: 0, granted: 0 });
    expect(pending.flags.shortNotice.required).toBe(400);
    expect(pending.flags.shortNotice.left).toBeLessThan(400);
    // Decided, a request has no cap left to flag.
    const decided = await secretariat.request("POST", `/v1/extensions/${pending.id}/decision`, {
      ifMatch: `"${pending.version}"`,
      body: { approve: false, note: "Không đủ căn cứ" },
    });
    expect(decided.status).toBe(200);
    expect(decided.body.flags.capReached).toBeNull();
    expect(decided.body.task.id).toBe(openId);
  });
});
