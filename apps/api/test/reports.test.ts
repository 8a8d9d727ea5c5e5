/**
 * Reports from the live database through @dondoc/reporting: the ReportData export, and the
 * periodic report as JSON, XLSX and DOCX (which needs the document details).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ReportJson } from "../src/routes/reports/schema.js";
import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

describe.each(engines)("reports on %s", (engine) => {
  let server: TestServer;
  let leader: Caller;

  beforeAll(async () => {
    server = await startServer(engine);
    const secretariat = await signIn(server.url, server.deps.db.kysely, "secretariat");
    leader = await signIn(server.url, server.deps.db.kysely, "leader");
    const notice = await secretariat.request("POST", "/v1/notices", { body: { parsed: parsedNotice() } });
    const unknown = notice.body.directives[3].tasks[0];
    await secretariat.request("PATCH", `/v1/tasks/${unknown.id}`, {
      ifMatch: '"1"',
      body: { leadAgencyId: "brvt.so-khcn" },
    });
    await secretariat.request("POST", `/v1/notices/${notice.body.id}/publish`, { ifMatch: '"1"' });
  });
  afterAll(() => server.dispose());

  it("exports every published task in the ReportData shape", async () => {
    const res = await leader.request("GET", "/v1/reports/export");
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(1);
    expect(res.body.notices).toHaveLength(1);
    expect(res.body.tasks).toHaveLength(20);
    expect(res.body.notices[0].code).toBe("12/TB-UBND");
  });

  it("makes the February report as JSON with the overdue task counted", async () => {
    const res = await leader.request("POST", "/v1/reports", {
      body: { period: "2024-02", at: "2024-03-01" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("json");
    expect(JSON.stringify(res.body)).toContain("brvt.so-tc");
    // The JSON is what the OpenAPI document (and so the typed client) says it is.
    expect(ReportJson.strict().parse(res.body)).toEqual(res.body);
  });

  it("downloads XLSX, and DOCX only with the document details", async () => {
    const xlsx = await fetch(`${server.url}/v1/reports`, {
      method: "POST",
      headers: await headersOf(leader),
      body: JSON.stringify({ period: "2024-Q1", format: "xlsx" }),
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-disposition")).toMatch(/\.xlsx"/);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    const missing = await leader.request("POST", "/v1/reports", {
      body: { period: "2024-Q1", format: "docx" },
    });
    expect(missing.status).toBe(400);
    const docx = await leader.request("POST", "/v1/reports", {
      body: {
        period: "2024-Q1",
        format: "docx",
        document: {
          issuer: "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU",
          place: "Bà Rịa - Vũng Tàu",
          signer: { authority: ["KT. CHỦ TỊCH"], title: "PHÓ CHỦ TỊCH", name: "Đặng Minh Thông" },
        },
      },
    });
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
  });

  it("makes a report over a custom range of days, and refuses a reversed range with 400", async () => {
    const res = await leader.request("POST", "/v1/reports", {
      body: { period: "2024-02-01..2024-02-29", at: "2024-03-01" },
    });
    expect(res.status).toBe(200);
    expect(res.body.periodic.period).toMatchObject({
      frequency: "custom",
      from: "2024-02-01",
      to: "2024-02-29",
    });
    expect(JSON.stringify(res.body)).toContain("brvt.so-tc");
    const reversed = await leader.request("POST", "/v1/reports", {
      body: { period: "2024-02-29..2024-02-01" },
    });
    expect(reversed.status).toBe(400);
    expect(reversed.headers.get("content-type")).toContain("application/problem+json");
    expect(reversed.body.errors[0].message).toContain("2024-02-29..2024-02-01");
  });

  it("refuses a malformed period with 400", async () => {
    const res = await leader.request("POST", "/v1/reports", { body: { period: "2024-13" } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe("json.period");
  });
});

describe.each(engines)("the report limit on %s", (engine) => {
  let server: TestServer;
  let leader: Caller;

  beforeAll(async () => {
    server = await startServer(engine, undefined, { REPORT_MAX_TASKS: "19" });
    const secretariat = await signIn(server.url, server.deps.db.kysely, "secretariat");
    leader = await signIn(server.url, server.deps.db.kysely, "leader");
    const notice = await secretariat.request("POST", "/v1/notices", { body: { parsed: parsedNotice() } });
    const unknown = notice.body.directives[3].tasks[0];
    await secretariat.request("PATCH", `/v1/tasks/${unknown.id}`, {
      ifMatch: '"1"',
      body: { leadAgencyId: "brvt.so-khcn" },
    });
    await secretariat.request("POST", `/v1/notices/${notice.body.id}/publish`, { ifMatch: '"1"' });
  });
  afterAll(() => server.dispose());

  it("answers a report or export over REPORT_MAX_TASKS with a report-too-large problem", async () => {
    // The notice's 20 tasks are in February's window: one over the limit.
    const report = await leader.request("POST", "/v1/reports", {
      body: { period: "2024-02", at: "2024-03-01" },
    });
    expect(report.status).toBe(422);
    expect(report.headers.get("content-type")).toContain("application/problem+json");
    expect(report.body.code).toBe("report-too-large");
    expect(report.body.detail).toContain("20");
    const exported = await leader.request("GET", "/v1/reports/export");
    expect(exported.status).toBe(422);
    expect(exported.body.code).toBe("report-too-large");
    // A period before the notice reads none of its tasks: within the limit.
    const before = await leader.request("POST", "/v1/reports", {
      body: { period: "2023-12", at: "2023-12-31" },
    });
    expect(before.status).toBe(200);
    expect(before.body.periodic.totals.total).toBe(0);
  });
});

/** The caller's cookie and CSRF headers, read back from a request it makes. */
const headersOf = async (caller: Caller): Promise<Record<string, string>> => {
  const session = await caller.request("GET", "/v1/auth/session");
  return {
    "content-type": "application/json",
    "x-csrf-token": session.body.csrfToken,
    cookie: caller.cookie,
  };
};
