/**
 * A secretariat follows up the notices of its own issuing body only: the office of UBND tỉnh and
 * the office of UBND thành phố Vũng Tàu share one installation, and neither can see, change,
 * report on or hear about the other's notices and tasks — another issuer's ids answer 404.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as Worker from "../src/integrations/worker.js";
import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer, workerOf } from "./harness.js";
import type { Published } from "./integrations/flows.js";
import { publishFixture } from "./integrations/flows.js";

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((i) => i.id).sort();

describe.each(engines)("issuing bodies on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;
  let leader: Caller;
  let province: Caller;
  let city: Caller;
  let officer: Caller;
  let ofProvince: Published;
  let ofCity: Published;

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.deps.db.kysely;
    admin = await signIn(server.url, db, "admin");
    leader = await signIn(server.url, db, "leader");
    province = await signIn(server.url, db, "secretariat", "brvt.ubnd");
    city = await signIn(server.url, db, "secretariat", "vt.ubnd");
    officer = await signIn(server.url, db, "agency_officer", "brvt.so-tc");
    ofProvince = await publishFixture(province, "Kết luận của UBND tỉnh");
    ofCity = await publishFixture(city, "Kết luận của UBND thành phố");
  });
  afterAll(() => server.dispose());

  it("files each notice under the issuer of the office that entered it", async () => {
    expect((await province.request("GET", `/v1/notices/${ofProvince.noticeId}`)).body.issuerAgencyId).toBe(
      "brvt.ubnd",
    );
    expect((await city.request("GET", `/v1/notices/${ofCity.noticeId}`)).body.issuerAgencyId).toBe("vt.ubnd");
  });

  it("lists to each office only its issuer's notices and tasks, and everything to the leader", async () => {
    const tasksOf = async (caller: Caller) => {
      const res = await caller.request("GET", "/v1/tasks?limit=200");
      expect(res.status).toBe(200);
      return ids(res.body.items);
    };
    expect(await tasksOf(province)).toEqual(ids(ofProvince.tasks));
    expect(await tasksOf(city)).toEqual(ids(ofCity.tasks));
    expect(await tasksOf(leader)).toEqual(ids([...ofProvince.tasks, ...ofCity.tasks]));
    const noticesOf = async (caller: Caller) => ids((await caller.request("GET", "/v1/notices")).body.items);
    expect(await noticesOf(province)).toEqual([ofProvince.noticeId]);
    expect(await noticesOf(city)).toEqual([ofCity.noticeId]);
    expect(await noticesOf(admin)).toEqual([ofProvince.noticeId, ofCity.noticeId].sort());
  });

  it("answers 404 to an office reaching for another issuer's notice, directive or task, reading or writing", async () => {
    const task = ofProvince.tasks[0];
    if (task === undefined) throw new Error("no task");
    for (const path of ["", "/history", "/progress", "/extensions", "/explanations", "/watchers"]) {
      expect((await city.request("GET", `/v1/tasks/${task.id}${path}`)).status).toBe(404);
    }
    const writes = [
      city.request("PATCH", `/v1/tasks/${task.id}`, {
        ifMatch: `"${task.version}"`,
        body: { action: "Sửa" },
      }),
      city.request("POST", `/v1/tasks/${task.id}/complete`, { ifMatch: `"${task.version}"`, body: {} }),
      city.request("POST", `/v1/tasks/${task.id}/explanations`, {
        body: { question: "Vì sao chậm?", replyDueOn: "2024-03-08" },
      }),
      city.request("PATCH", `/v1/notices/${ofProvince.noticeId}`, {
        ifMatch: '"2"',
        body: { subject: "Sửa" },
      }),
      city.request("POST", `/v1/notices/${ofProvince.noticeId}/archive`, { ifMatch: '"2"' }),
    ];
    for (const res of await Promise.all(writes)) expect(res.status).toBe(404);
    const notice = await city.request("GET", `/v1/notices/${ofProvince.noticeId}`);
    expect(notice.status).toBe(404);
    const directive = (await province.request("GET", `/v1/notices/${ofProvince.noticeId}`)).body
      .directives[0];
    const patched = await city.request("PATCH", `/v1/directives/${directive.id}`, {
      ifMatch: '"2"',
      body: { text: "Sửa" },
    });
    expect(patched.status).toBe(404);
    expect(JSON.stringify(patched.body)).not.toContain(ofProvince.noticeId);
    // The province's own office still can.
    const own = await province.request("GET", `/v1/tasks/${task.id}`);
    expect(own.status).toBe(200);
  });

  it("refuses an office filing a notice under another issuer, and an office account without one", async () => {
    const foreign = await city.request("POST", "/v1/notices", {
      body: { parsed: parsedNotice(), issuerAgencyId: "brvt.ubnd" },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0].path).toBe("body.issuerAgencyId");
    const noIssuer = await admin.request("POST", "/v1/users", {
      body: { username: "vp.khong-co", displayName: "Chưa gắn", role: "secretariat" },
    });
    expect(noIssuer.status).toBe(400);
    expect(noIssuer.body.errors[0].path).toBe("body.agencyId");
  });

  it("publishes an administrator's notice only once its issuer is known, then hands it to that office", async () => {
    const parsed = parsedNotice("Thông báo chưa rõ cơ quan ban hành");
    const created = await admin.request("POST", "/v1/notices", {
      body: { parsed: { ...parsed, notice: { ...parsed.notice, issuer: null } } },
    });
    expect(created.status).toBe(201);
    expect(created.body.issuerAgencyId).toBeNull();
    const unknown = created.body.directives[3].tasks[0];
    await admin.request("PATCH", `/v1/tasks/${unknown.id}`, {
      ifMatch: `"${unknown.version}"`,
      body: { leadAgencyId: "brvt.so-khcn" },
    });
    const refused = await admin.request("POST", `/v1/notices/${created.body.id}/publish`, { ifMatch: '"1"' });
    expect([refused.status, refused.body.code]).toEqual([409, "unresolved-agency"]);
    expect((await city.request("GET", `/v1/notices/${created.body.id}`)).status).toBe(404);
    const assigned = await admin.request("PATCH", `/v1/notices/${created.body.id}`, {
      ifMatch: '"1"',
      body: { issuerAgencyId: "vt.ubnd" },
    });
    expect(assigned.status).toBe(200);
    const published = await admin.request("POST", `/v1/notices/${created.body.id}/publish`, {
      ifMatch: '"2"',
    });
    expect(published.status).toBe(200);
    expect((await city.request("GET", `/v1/notices/${created.body.id}`)).status).toBe(200);
    const cityTasks = await city.request("GET", `/v1/tasks?noticeId=${created.body.id}&limit=200`);
    expect(cityTasks.body.items.length).toBeGreaterThan(0);
    // The letterhead names the issuer when the directory knows it.
    const lettered = await admin.request("POST", "/v1/notices", { body: { parsed: parsedNotice() } });
    expect(lettered.body.issuerAgencyId).toBe("brvt.ubnd");
  });

  it("exports to each office the report data of its issuer only, with the issuer on every notice", async () => {
    const provinceExport = await province.request("GET", "/v1/reports/export");
    expect(provinceExport.status).toBe(200);
    expect(provinceExport.body.notices.map((n: { id: string }) => n.id)).toEqual([ofProvince.noticeId]);
    expect(provinceExport.body.notices[0].issuer).toMatchObject({ id: "brvt.ubnd" });
    expect(ids(provinceExport.body.tasks)).toEqual(ids(ofProvince.tasks));
    const all = await leader.request("GET", "/v1/reports/export");
    expect(all.body.tasks.length).toBeGreaterThan(provinceExport.body.tasks.length);
    const scoped = await leader.request("POST", "/v1/reports", {
      body: { period: "2024-Q1", scope: "issuer:vt.ubnd", format: "json" },
    });
    expect(scoped.status).toBe(200);
  });

  it("shows an office the audit trail of its issuer's work only", async () => {
    const trail = await city.request("GET", "/v1/audit?limit=200");
    expect(trail.status).toBe(200);
    const about = new Set(trail.body.items.map((e: { entityId: string }) => e.entityId));
    expect(about.has(ofCity.noticeId)).toBe(true);
    expect(about.has(ofProvince.noticeId)).toBe(false);
    for (const t of ofProvince.tasks) expect(about.has(t.id)).toBe(false);
    const everything = await leader.request("GET", "/v1/audit?limit=200&entity=notice");
    const notices = new Set(everything.body.items.map((e: { entityId: string }) => e.entityId));
    expect(notices.has(ofProvince.noticeId)).toBe(true);
  });

  it("tells only the task's own office that an agency asks for more time", async () => {
    const task = ofProvince.tasks.find((t) => t.leadAgencyId === "brvt.so-tc");
    const ext = await officer.request("POST", `/v1/tasks/${task?.id}/extensions`, {
      body: { reason: "Chờ ý kiến Bộ Tài chính", requestedDueOn: "2024-04-15" },
    });
    expect(ext.status).toBe(201);
    await Worker.round(workerOf(server));
    const types = async (caller: Caller) =>
      (await caller.request("GET", "/v1/notifications")).body.items
        .filter((n: { taskId: string }) => n.taskId === task?.id)
        .map((n: { type: string }) => n.type);
    expect(await types(province)).toContain("extension.requested");
    expect(await types(city)).toEqual([]);
  });

  it("hands an issuer's notices to its successor's office when it merges", async () => {
    const successor = await signIn(server.url, server.deps.db.kysely, "secretariat", "baria.ubnd");
    const agency = await admin.request("GET", "/v1/agencies/vt.ubnd");
    const merged = await admin.request("POST", "/v1/agencies/vt.ubnd/merge", {
      ifMatch: agency.headers.get("etag") ?? "",
      body: { successorId: "baria.ubnd", lastDay: "2025-06-30" },
    });
    expect(merged.status).toBe(200);
    expect(merged.body.movedNoticeIds).toContain(ofCity.noticeId);
    expect((await successor.request("GET", `/v1/notices/${ofCity.noticeId}`)).body.issuerAgencyId).toBe(
      "baria.ubnd",
    );
    expect((await city.request("GET", `/v1/notices/${ofCity.noticeId}`)).status).toBe(404);
    // Its tasks follow the notice: the successor's office lists them, the old one no longer does.
    const listed = async (caller: Caller) =>
      ids((await caller.request("GET", `/v1/tasks?noticeId=${ofCity.noticeId}&limit=200`)).body.items);
    expect(await listed(successor)).toEqual(ids(ofCity.tasks));
    expect(await listed(city)).toEqual([]);
  });
});
