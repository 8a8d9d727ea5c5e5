/**
 * The walls between issuers and agencies hold through one access policy, over real HTTP on both
 * engines: a calendar feed shows only what its owner may see (re-checked on every fetch, dead once
 * the owner is disabled); an agency-bound key never writes notices; an officer sees the published
 * notices that give its agency work, with its own tasks only, and no drafts; an agency-bound key
 * reads only its agency's audit trail and no import jobs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn, withApiKey } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";
import type { Published } from "./integrations/flows.js";
import { publishFixture } from "./integrations/flows.js";

describe.each(engines)("reach on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;
  let province: Caller;
  let city: Caller;
  let officer: Caller;
  let ofProvince: Published;
  let ofCity: Published;
  let draftId = "";

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.deps.db.kysely;
    admin = await signIn(server.url, db, "admin");
    province = await signIn(server.url, db, "secretariat", "brvt.ubnd");
    city = await signIn(server.url, db, "secretariat", "vt.ubnd");
    officer = await signIn(server.url, db, "agency_officer", "brvt.so-tc");
    ofProvince = await publishFixture(province, "Kết luận của UBND tỉnh");
    ofCity = await publishFixture(city, "Kết luận của UBND thành phố");
    const draft = await province.request("POST", "/v1/notices", {
      body: { parsed: parsedNotice("Dự thảo") },
    });
    draftId = draft.body.id;
  });
  afterAll(() => server.dispose());

  const feedIds = (ics: string) => [...ics.matchAll(/UID:([^\r\n@]+)/g)].map((m) => m[1]);

  it("shows in an agency feed made by one office only that office's tasks, and nothing once its owner is disabled", async () => {
    const cityTask = ofCity.tasks.find((t) => t.leadAgencyId === "brvt.so-tc");
    const provinceTask = ofProvince.tasks.find((t) => t.leadAgencyId === "brvt.so-tc");
    expect(cityTask && provinceTask).toBeTruthy();
    const feed = await province.request("POST", "/v1/calendar-feeds", {
      body: { kind: "agency", agencyId: "brvt.so-tc", name: "Lịch Sở Tài chính" },
    });
    expect(feed.status).toBe(201);
    expect(feed.headers.get("cache-control")).toBe("no-store");
    const url = new URL(feed.body.url);
    const ics = await fetch(`${server.url}${url.pathname}${url.search}`);
    expect(ics.status).toBe(200);
    const text = await ics.text();
    expect(text).toContain(provinceTask?.id);
    expect(text).not.toContain(cityTask?.id);
    expect(feedIds(text).length).toBeGreaterThan(0);

    await server.deps.db.kysely
      .updateTable("users")
      .set({ disabled: true })
      .where("id", "=", province.userId)
      .execute();
    const dead = await fetch(`${server.url}${url.pathname}${url.search}`);
    expect(dead.status).toBe(404);
    await server.deps.db.kysely
      .updateTable("users")
      .set({ disabled: false })
      .where("id", "=", province.userId)
      .execute();
  });

  it("never lets an agency-bound key write a notice, whatever its scopes", async () => {
    const key = await admin.request("POST", "/v1/api-keys", {
      body: {
        name: "Sở Tài chính",
        scopes: ["notices.read", "notices.write", "tasks.read"],
        agencyId: "brvt.so-tc",
        issuerIds: ["brvt.ubnd", "vt.ubnd"],
      },
    });
    expect(key.headers.get("cache-control")).toBe("no-store");
    const bound = withApiKey(server.url, key.body.token);
    const notice = await admin.request("GET", `/v1/notices/${ofCity.noticeId}`);
    const patch = await bound.request("PATCH", `/v1/notices/${ofCity.noticeId}`, {
      ifMatch: notice.headers.get("etag"),
      body: { issuerAgencyId: "brvt.ubnd" },
    });
    expect(patch.status).toBe(403);
    const archive = await bound.request("POST", `/v1/notices/${ofCity.noticeId}/archive`, {
      ifMatch: notice.headers.get("etag"),
    });
    expect(archive.status).toBe(403);
    expect((await admin.request("GET", `/v1/notices/${ofCity.noticeId}`)).body.issuerAgencyId).toBe(
      "vt.ubnd",
    );
  });

  it("shows an officer the published notices that give its agency work, with its own tasks only, and no drafts", async () => {
    const seen = await officer.request("GET", `/v1/notices/${ofProvince.noticeId}`);
    expect(seen.status).toBe(200);
    const leads = seen.body.directives.flatMap((d: { tasks: { leadAgencyId: string }[] }) =>
      d.tasks.map((t) => t.leadAgencyId),
    );
    expect(leads.length).toBeGreaterThan(0);
    expect(new Set(leads)).toEqual(new Set(["brvt.so-tc"]));
    expect((await officer.request("GET", `/v1/notices/${draftId}`)).status).toBe(404);
    const notices = await officer.request("GET", "/v1/notices");
    expect(notices.body.items.map((n: { id: string }) => n.id)).not.toContain(draftId);
    const tasks = await officer.request("GET", `/v1/tasks?noticeId=${draftId}`);
    expect(tasks.body.items).toEqual([]);
  });

  it("sends every response that carries a secret with Cache-Control: no-store", async () => {
    const user = await admin.request("POST", "/v1/users", {
      body: { username: "can-bo-moi", displayName: "Cán bộ mới", role: "leader" },
    });
    expect(user.status).toBe(201);
    expect(user.body.oneTimePassword).toBeTruthy();
    expect(user.headers.get("cache-control")).toBe("no-store");
    const reset = await admin.request("POST", `/v1/users/${user.body.user.id}/password-reset`);
    expect(reset.headers.get("cache-control")).toBe("no-store");
    const hook = await admin.request("POST", "/v1/webhooks", {
      body: { url: "https://example.org/dondoc", eventTypes: ["task.created"] },
    });
    expect(hook.status).toBe(201);
    expect(hook.headers.get("cache-control")).toBe("no-store");
    expect((await admin.request("GET", "/v1/notices")).headers.get("cache-control")).not.toBe("no-store");
  });

  it("gives an agency-bound key with audit.read its agency's history only, and no import jobs", async () => {
    const key = await admin.request("POST", "/v1/api-keys", {
      body: {
        name: "Kiểm tra",
        scopes: ["audit.read", "tasks.read"],
        agencyId: "brvt.so-tc",
        issuerIds: ["brvt.ubnd", "vt.ubnd"],
      },
    });
    const bound = withApiKey(server.url, key.body.token);
    const audit = await bound.request("GET", "/v1/audit?limit=200");
    expect(audit.status).toBe(200);
    const entities = new Set(audit.body.items.map((e: { entity: string }) => e.entity));
    expect(entities.has("user")).toBe(false);
    expect(entities.has("api_key")).toBe(false);
    const mine = new Set(ofProvince.tasks.filter((t) => t.leadAgencyId === "brvt.so-tc").map((t) => t.id));
    const otherTask = ofProvince.tasks.find((t) => t.leadAgencyId !== "brvt.so-tc");
    const taskRows = audit.body.items.filter((e: { entity: string }) => e.entity === "task");
    expect(taskRows.some((e: { entityId: string }) => mine.has(e.entityId))).toBe(true);
    expect(taskRows.some((e: { entityId: string }) => e.entityId === otherTask?.id)).toBe(false);
    const imports = await bound.request("GET", "/v1/imports");
    expect([403, 200]).toContain(imports.status);
    if (imports.status === 200) expect(imports.body.items).toEqual([]);
  });

  // Last: the server closes the connection that sent the refused body.
  it("refuses an ordinary JSON body over 1 MiB with 413 problem+json, and takes a notice text of several", async () => {
    const big = await admin.request("POST", "/v1/agencies", {
      body: { id: "test.big", name: "Cơ quan", kind: "department", aliases: ["x".repeat(2 * 1024 * 1024)] },
    });
    expect(big.status).toBe(413);
    expect(big.headers.get("content-type")).toContain("application/problem+json");
    expect(big.body.code).toBe("payload-too-large");
    const notice = await province.request("POST", "/v1/notices/parse", {
      // 400,000 characters of three bytes each in UTF-8: about 1.2 MB.
      body: { text: `THÔNG BÁO\n1. Giao Sở Tài chính báo cáo.\n${"ộộộộộộộộộ ".repeat(40_000)}` },
    });
    expect(notice.status).toBe(200);
  });
});
