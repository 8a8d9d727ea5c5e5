/**
 * Adding an agency the directory lacks, over real HTTP on both engines: a secretariat may add one
 * (as it does from the review of a notice) but not edit or merge the directory; an agency officer
 * may not add one; an API key scoped `agencies.write` may add one too (write includes add).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn, withApiKey } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

const newAgency = (id: string) => ({
  id,
  name: "Ban Quản lý dự án đầu tư xây dựng khu vực Long Điền",
  aliases: ["Ban QLDA khu vực Long Điền"],
  parentId: "brvt.ubnd",
  kind: "board",
});

describe.each(engines)("adding an agency on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;
  let secretariat: Caller;
  let officer: Caller;

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.deps.db.kysely;
    admin = await signIn(server.url, db, "admin");
    secretariat = await signIn(server.url, db, "secretariat", "brvt.ubnd");
    officer = await signIn(server.url, db, "agency_officer", "brvt.so-tc");
  });
  afterAll(() => server.dispose());

  it("lets a secretariat add an agency, which then matches by its alias", async () => {
    const session = await secretariat.request("GET", "/v1/auth/session");
    expect(session.body.permissions).toContain("agencies.add");
    expect(session.body.permissions).not.toContain("agencies.write");
    const created = await secretariat.request("POST", "/v1/agencies", { body: newAgency("brvt.bqlda-ld") });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: "brvt.bqlda-ld", parentId: "brvt.ubnd", kind: "board" });
    const found = await secretariat.request("GET", "/v1/agencies/brvt.bqlda-ld");
    expect(found.status).toBe(200);
    expect(found.body.aliases).toEqual(["Ban QLDA khu vực Long Điền"]);
    const text = [
      "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU",
      "Số: 40/TB-UBND",
      "Bà Rịa - Vũng Tàu, ngày 10 tháng 3 năm 2025",
      "THÔNG BÁO",
      "Kết luận của Chủ tịch UBND tỉnh",
      "1. Giao Ban QLDA khu vực Long Điền hoàn thành hồ sơ dự án trước ngày 30/4/2025.",
    ].join("\n");
    const parsed = await secretariat.request("POST", "/v1/notices/parse", { body: { text } });
    expect(parsed.status).toBe(200);
    const lead = parsed.body.directives.flatMap((d: { tasks: { lead: unknown }[] }) => d.tasks)[0]?.lead;
    expect(lead).toMatchObject({ agencyId: "brvt.bqlda-ld" });
  });

  it("keeps editing and merging the directory the admin's", async () => {
    const current = await secretariat.request("GET", "/v1/agencies/brvt.so-tc");
    const edit = await secretariat.request("PATCH", "/v1/agencies/brvt.so-tc", {
      ifMatch: current.headers.get("etag"),
      body: { name: "Sở Tài chính (đổi tên)" },
    });
    expect(edit.status).toBe(403);
    const merge = await secretariat.request("POST", "/v1/agencies/brvt.so-tc/merge", {
      ifMatch: current.headers.get("etag"),
      body: { successorId: "brvt.so-xd", lastDay: "2025-02-28" },
    });
    expect(merge.status).toBe(403);
  });

  it("refuses an agency officer with 403 problem+json", async () => {
    const res = await officer.request("POST", "/v1/agencies", { body: newAgency("brvt.bqlda-khac") });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });

  it("lets a key scoped agencies.write add an agency", async () => {
    const key = await admin.request("POST", "/v1/api-keys", {
      body: {
        name: "Đồng bộ danh mục",
        scopes: ["agencies.read", "agencies.write"],
        issuerIds: ["brvt.ubnd"],
      },
    });
    expect(key.status).toBe(201);
    const integrator = withApiKey(server.url, key.body.token);
    const created = await integrator.request("POST", "/v1/agencies", { body: newAgency("brvt.bqlda-key") });
    expect(created.status).toBe(201);
  });
});
