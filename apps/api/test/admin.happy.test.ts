/**
 * The administrator's and the secretariat's remaining screens over HTTP: the agency directory
 * (search without diacritics, edit, groups), resolutions, notice header edits and archiving,
 * accounts (lock, password reset), API keys and sign-out.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { anonymous, signIn } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

describe.each(engines)("directory, accounts and notices on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;
  let secretariat: Caller;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await signIn(server.url, server.deps.db.kysely, "admin");
    secretariat = await signIn(server.url, server.deps.db.kysely, "secretariat");
  });
  afterAll(() => server.dispose());

  it("finds agencies by any of their names typed without diacritics, and lists those active on a date", async () => {
    const found = await secretariat.request("GET", `/v1/agencies?q=${encodeURIComponent("so tai chinh")}`);
    expect(found.body.items.map((a: { id: string }) => a.id)).toContain("brvt.so-tc");
    const before = await secretariat.request("GET", "/v1/agencies?activeOn=2025-01-01");
    const after = await secretariat.request("GET", "/v1/agencies?activeOn=2025-07-01");
    const ids = (r: { body: { items: { id: string }[] } }) => r.body.items.map((a) => a.id);
    expect(ids(before)).toContain("brvt.so-tttt");
    expect(ids(after)).not.toContain("brvt.so-tttt");
    const groups = await secretariat.request("GET", "/v1/agency-groups");
    const wards = groups.body.items.find((g: { id: string }) => g.id === "vt.phuong-xa");
    expect(wards.memberIds.length).toBe(17);
  });

  it("edits an agency's aliases with If-Match, so the new name is searchable", async () => {
    const agency = await admin.request("GET", "/v1/agencies/brvt.so-tc");
    const edited = await admin.request("PATCH", "/v1/agencies/brvt.so-tc", {
      ifMatch: agency.headers.get("etag"),
      body: { aliases: [...agency.body.aliases, "Sở Tài chánh"] },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(agency.body.version + 1);
    const found = await secretariat.request("GET", `/v1/agencies?q=${encodeURIComponent("tai chanh")}`);
    expect(found.body.items.map((a: { id: string }) => a.id)).toEqual(["brvt.so-tc"]);
    const stale = await admin.request("PATCH", "/v1/agencies/brvt.so-tc", {
      ifMatch: agency.headers.get("etag"),
      body: {},
    });
    expect(stale.status).toBe(412);
  });

  it("records, reads and replaces a resolution", async () => {
    const created = await secretariat.request("POST", "/v1/resolutions", {
      body: {
        code: "02-NQ/TU",
        issuer: "Ban Chấp hành Đảng bộ tỉnh",
        issuedOn: "2021-05-28",
        title: "Về chuyển đổi số",
      },
    });
    expect(created.status).toBe(201);
    const read = await secretariat.request("GET", `/v1/resolutions/${created.body.id}`);
    expect(read.body.title).toBe("Về chuyển đổi số");
    const replaced = await secretariat.request("PUT", `/v1/resolutions/${created.body.id}`, {
      ifMatch: read.headers.get("etag"),
      body: { ...created.body, id: undefined, version: undefined, goals: ["100% hồ sơ trực tuyến"] },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.goals).toEqual(["100% hồ sơ trực tuyến"]);
  });

  it("edits a draft notice's header, then archives it once published", async () => {
    const draft = await secretariat.request("POST", "/v1/notices", {
      body: { parsed: parsedNotice("Kết luận cần sửa") },
    });
    const edited = await secretariat.request("PATCH", `/v1/notices/${draft.body.id}`, {
      ifMatch: draft.headers.get("etag"),
      body: { number: "45", subject: "Kết luận về chuyển đổi số năm 2024" },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.number).toBe("45");
    const early = await secretariat.request("POST", `/v1/notices/${draft.body.id}/archive`, {
      ifMatch: edited.headers.get("etag"),
    });
    expect(early.status).toBe(409);
    const unknown = edited.body.directives[3].tasks[0];
    await secretariat.request("PATCH", `/v1/tasks/${unknown.id}`, {
      ifMatch: `"${unknown.version}"`,
      body: { leadAgencyId: "brvt.so-tc" },
    });
    const published = await secretariat.request("POST", `/v1/notices/${draft.body.id}/publish`, {
      ifMatch: edited.headers.get("etag"),
    });
    const archived = await secretariat.request("POST", `/v1/notices/${draft.body.id}/archive`, {
      ifMatch: published.headers.get("etag"),
    });
    expect(archived.body.lifecycle).toBe("archived");
    const listed = await secretariat.request("GET", "/v1/notices?lifecycle=archived");
    expect(listed.body.items.map((n: { id: string }) => n.id)).toEqual([draft.body.id]);
  });

  it("pages through notices newest first with the cursor", async () => {
    for (const subject of ["Thông báo A", "Thông báo B", "Thông báo C"]) {
      await secretariat.request("POST", "/v1/notices", { body: { parsed: parsedNotice(subject) } });
    }
    const all = await secretariat.request("GET", "/v1/notices?limit=200");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/v1/notices?limit=1${cursor === null ? "" : `&cursor=${cursor}`}`;
      const res = await secretariat.request("GET", path);
      seen.push(...res.body.items.map((n: { id: string }) => n.id));
      cursor = res.body.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(all.body.items.map((n: { id: string }) => n.id));
    expect(seen.length).toBeGreaterThanOrEqual(4);
  });

  it("locks an account (its session stops at once) and resets a password", async () => {
    const created = await admin.request("POST", "/v1/users", {
      body: {
        username: "officer.stc",
        displayName: "Trần Văn Bình",
        role: "agency_officer",
        agencyId: "brvt.so-tc",
      },
    });
    const anon = anonymous(server.url);
    const login = await anon.request("POST", "/v1/auth/login", {
      body: { username: "officer.stc", password: created.body.oneTimePassword },
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const blocked = await anon.request("GET", "/v1/tasks", { headers: { cookie } });
    expect([blocked.status, blocked.body.code]).toEqual([403, "password-change-required"]);
    const changed = await anon.request("POST", "/v1/auth/password", {
      headers: { cookie, "x-csrf-token": login.body.csrfToken },
      body: { currentPassword: created.body.oneTimePassword, newPassword: "mat-khau-moi-cua-binh" },
    });
    expect(changed.status).toBe(200);
    expect((await anon.request("GET", "/v1/tasks", { headers: { cookie } })).status).toBe(200);
    const locked = await admin.request("PATCH", `/v1/users/${created.body.user.id}`, {
      ifMatch: '"2"',
      body: { disabled: true },
    });
    expect(locked.body.disabled).toBe(true);
    expect((await anon.request("GET", "/v1/tasks", { headers: { cookie } })).status).toBe(401);
    const self = await admin.request("PATCH", `/v1/users/${admin.userId}`, {
      ifMatch: '"1"',
      body: { disabled: true },
    });
    expect(self.status).toBe(409);
    const reset = await admin.request("POST", `/v1/users/${created.body.user.id}/password-reset`);
    expect(reset.body.oneTimePassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const users = await admin.request("GET", "/v1/users");
    expect(users.body.items.map((u: { username: string }) => u.username)).toContain("officer.stc");
  });

  it("lists API keys without their secrets, and signs out", async () => {
    await admin.request("POST", "/v1/api-keys", {
      body: { name: "vOffice", scopes: ["tasks.read"], issuerIds: ["brvt.ubnd"] },
    });
    const keys = await admin.request("GET", "/v1/api-keys");
    expect(keys.body.items).toHaveLength(1);
    expect(JSON.stringify(keys.body)).not.toMatch(/secret|ddk_/);
    expect((await secretariat.request("POST", "/v1/auth/logout")).status).toBe(200);
    expect((await secretariat.request("GET", "/v1/tasks")).status).toBe(401);
  });
});
