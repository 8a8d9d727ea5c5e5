/**
 * The API as a machine reads it: every operation has a stable `operationId`; every POST that
 * creates something documents and honours `Idempotency-Key` (uploads and imports included); 429 is
 * documented only where a limit exists, with `Retry-After`; every 401 names its challenge in
 * `WWW-Authenticate`; and every problem `type` URI opens a page about the code, in Vietnamese and
 * English.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ProblemCode, body as problemBody, WWW_AUTHENTICATE } from "../src/http/problem.js";
import { titles } from "../src/routes/system/problem-pages.js";
import type { Caller } from "./client.js";
import { anonymous, signIn } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";
import * as Sheets from "./integrations/sheets.js";

interface Operation {
  operationId?: string;
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  responses: Record<string, { headers?: Record<string, unknown> }>;
}
interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}
type Doc = { paths: Record<string, Record<string, Operation>> };

/** Published with the client: renaming one breaks integrators' code, so the list is pinned. */
const operationIds = [
  "acceptTaskCompletion",
  "addNoticeTask",
  "answerExplanation",
  "applyCalendarWhatIf",
  "applyImport",
  "applyPolicyWhatIf",
  "assignTaskHandler",
  "archiveNotice",
  "changePassword",
  "completeTask",
  "countUnreadNotifications",
  "createAgency",
  "createApiKey",
  "createCalendarFeed",
  "createImport",
  "createNotice",
  "createPeriodicReport",
  "createResolution",
  "createUser",
  "createWebhook",
  "decideExtension",
  "delegateTask",
  "deleteDraftTask",
  "deleteWebhook",
  "downloadAttachment",
  "exportReport",
  "getAgency",
  "getAgencyCalendarFeed",
  "getCalendarYear",
  "getImport",
  "getNotice",
  "getPolicy",
  "getResolution",
  "getSession",
  "getSummary",
  "getTask",
  "getUserCalendarFeed",
  "getWebhookDelivery",
  "listAgencies",
  "listAgencyGroups",
  "listAgencyOfficers",
  "listApiKeys",
  "listAuditEntries",
  "listCalendarFeeds",
  "listExtensions",
  "listImports",
  "listNotices",
  "listNotifications",
  "listResolutions",
  "listTaskExplanations",
  "listTaskExtensions",
  "listTaskHistory",
  "listTaskProgress",
  "listTaskWatchers",
  "listTasks",
  "listUsers",
  "listWebhookDeliveries",
  "listWebhooks",
  "login",
  "logout",
  "mergeAgency",
  "parseNotice",
  "previewCalendarWhatIf",
  "previewPolicyWhatIf",
  "publishNotice",
  "putCalendarYear",
  "putPolicy",
  "readAllNotifications",
  "readNotification",
  "replayWebhookDelivery",
  "replayWebhookSince",
  "reportTaskProgress",
  "requestTaskExplanation",
  "requestTaskExtension",
  "resetUserPassword",
  "returnTaskCompletion",
  "revokeApiKey",
  "revokeCalendarFeed",
  "transitionTask",
  "unwatchTask",
  "updateAgency",
  "updateDirective",
  "updateNotice",
  "updateResolution",
  "updateTask",
  "updateUser",
  "updateWebhook",
  "uploadAttachment",
  "uploadCommentAttachment",
  "remindTask",
  "listTaskReminders",
  "remindAgency",
  "addTaskComment",
  "listTaskComments",
  "listTaskAudience",
  "verifyAuditChain",
  "watchTask",
];

describe("the OpenAPI document", () => {
  let server: TestServer;
  let doc: Doc;
  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, op })),
    );

  beforeAll(async () => {
    server = await startServer("pglite");
    doc = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as Doc;
  });
  afterAll(() => server.dispose());

  it("names every operation with the pinned, unique, camelCase operationId", () => {
    const ids = operations().map(({ op }) => op.operationId ?? "");
    expect([...ids].sort()).toEqual([...operationIds].sort());
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z]+$/);
  });

  it("gives every schema and parameter an example (its own, or one on each of its fields)", async () => {
    const full = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
      components: { schemas: Record<string, Schema> };
      paths: Record<
        string,
        Record<string, { parameters?: { name: string; schema?: Schema; example?: unknown }[] }>
      >;
    };
    const missing: string[] = [];
    const walk = (s: Schema | undefined, at: string): void => {
      if (s === undefined || s.$ref !== undefined || s.format === "binary") return;
      if (["example", "examples", "enum", "const"].some((k) => k in s)) return;
      if (s.properties !== undefined) {
        for (const [name, p] of Object.entries(s.properties)) walk(p, `${at}.${name}`);
        return;
      }
      if (s.items !== undefined) {
        walk(s.items, `${at}[]`);
        return;
      }
      const union = s.anyOf ?? s.oneOf ?? s.allOf;
      if (union !== undefined) {
        for (const [i, u] of union.entries()) if (u.type !== "null") walk(u, `${at}|${i}`);
        return;
      }
      missing.push(at);
    };
    for (const [name, schema] of Object.entries(full.components.schemas)) walk(schema, name);
    for (const [path, ops] of Object.entries(full.paths))
      for (const [method, op] of Object.entries(ops))
        for (const p of op.parameters ?? [])
          if (p.example === undefined) walk(p.schema, `${method} ${path} ${p.name}`);
    expect(missing).toEqual([]);
  });

  it("documents Idempotency-Key on every POST that creates something", () => {
    const creating = operations().filter(
      ({ method, op }) => method === "post" && ("201" in op.responses || "202" in op.responses),
    );
    expect(creating.map(({ path }) => path)).toEqual(
      expect.arrayContaining(["/v1/progress/{id}/attachments", "/v1/imports", "/v1/notices", "/v1/users"]),
    );
    for (const { path, op } of creating) {
      const headers = (op.parameters ?? []).filter((p) => p.in === "header").map((p) => p.name);
      expect(headers, path).toContain("idempotency-key");
    }
  });

  it("documents 429 with Retry-After only on sign-in, the one operation with a limit", () => {
    const limited = operations().filter(({ op }) => "429" in op.responses);
    expect(limited.map(({ path }) => path)).toEqual(["/v1/auth/login"]);
    expect(limited[0]?.op.responses["429"]?.headers).toHaveProperty("Retry-After");
  });

  it("documents WWW-Authenticate on every 401 and an empty security requirement on public routes", () => {
    for (const { path, method, op } of operations()) {
      expect(op.responses["401"]?.headers, `${method} ${path}`).toHaveProperty("WWW-Authenticate");
      expect(op.security, `${method} ${path}`).toBeDefined();
    }
    const open = operations().filter(({ op }) => op.security?.length === 0);
    expect(open.map(({ path }) => path).sort()).toEqual(
      ["/v1/agencies/{id}/calendar.ics", "/v1/auth/login", "/v1/users/{id}/calendar.ics"].sort(),
    );
  });
});

describe.each(engines)("the HTTP contract on %s", (engine) => {
  let server: TestServer;
  let secretariat: Caller;
  let officer: Caller;
  let taskId = "";

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.deps.db.kysely;
    secretariat = await signIn(server.url, db, "secretariat");
    officer = await signIn(server.url, db, "agency_officer", "brvt.so-tc");
    const notice = await secretariat.request("POST", "/v1/notices", { body: { parsed: parsedNotice() } });
    const unknown = notice.body.directives[3].tasks[0];
    await secretariat.request("PATCH", `/v1/tasks/${unknown.id}`, {
      ifMatch: '"1"',
      body: { leadAgencyId: "brvt.so-tc" },
    });
    const published = await secretariat.request("POST", `/v1/notices/${notice.body.id}/publish`, {
      ifMatch: '"1"',
    });
    taskId = published.body.directives[3].tasks[0].id;
  });
  afterAll(() => server.dispose());

  it("sends WWW-Authenticate with every 401: no credentials, a wrong key, a wrong password", async () => {
    const none = await anonymous(server.url).request("GET", "/v1/tasks");
    const badKey = await anonymous(server.url).request("GET", "/v1/tasks", {
      headers: { authorization: "Bearer ddk_nope_nope" },
    });
    const badPassword = await anonymous(server.url).request("POST", "/v1/auth/login", {
      body: { username: "khong-co", password: "sai" },
    });
    for (const res of [none, badKey, badPassword]) {
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe(WWW_AUTHENTICATE);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("replays an attachment upload sent again with the same Idempotency-Key, storing one file", async () => {
    const report = await officer.request("POST", `/v1/tasks/${taskId}/progress`, {
      body: { body: "Đã dự thảo", percent: 30 },
    });
    const form = () => {
      const f = new FormData();
      f.set("file", new File([Buffer.from("%PDF-1.4\nbáo cáo")], "bao-cao.pdf", { type: "application/pdf" }));
      return f;
    };
    const path = `/v1/progress/${report.body.id}/attachments`;
    const first = await officer.request("POST", path, { body: form(), idempotencyKey: "att-1" });
    const again = await officer.request("POST", path, { body: form(), idempotencyKey: "att-1" });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.id).toBe(first.body.id);
    const listed = await officer.request("GET", `/v1/tasks/${taskId}/progress`);
    const mine = listed.body.items.find((r: { id: string }) => r.id === report.body.id);
    expect(mine.attachments).toHaveLength(1);
  });

  it("replays an import sent again with the same Idempotency-Key, starting one job", async () => {
    const form = () => {
      const f = new FormData();
      f.set("file", new File([Sheets.csv(Sheets.generated(2))], "nhap.csv"));
      return f;
    };
    const first = await secretariat.request("POST", "/v1/imports", { body: form(), idempotencyKey: "imp-1" });
    const again = await secretariat.request("POST", "/v1/imports", { body: form(), idempotencyKey: "imp-1" });
    expect(first.status).toBe(202);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.id).toBe(first.body.id);
    const jobs = await secretariat.request("GET", "/v1/imports");
    expect(jobs.body.items.filter((j: { id: string }) => j.id === first.body.id)).toHaveLength(1);
    expect(jobs.body.total).toBe(1);
  });

  it("puts in type the URI of this server's page about the code", async () => {
    const res = await secretariat.request("GET", "/v1/tasks/tsk_khong_co");
    expect(res.status).toBe(404);
    expect(res.body.type).toBe(`${server.url}/problems/not-found`);
    expect(res.body.type).toBe(problemBody("not-found", "", { origin: server.url }).type);
  });

  it.each(ProblemCode.options)("serves the page of %s in Vietnamese and in English", async (code) => {
    const type = problemBody(code, "", { origin: server.url }).type;
    const vi = await fetch(type);
    expect(vi.status).toBe(200);
    expect(vi.headers.get("content-type")).toContain("text/html");
    const viPage = await vi.text();
    const t = titles(code);
    expect(viPage).toContain('<html lang="vi">');
    expect(viPage).toContain(t.vi);
    expect(viPage).toContain(t.en);
    for (const en of [
      await fetch(`${type}?lang=en`),
      await fetch(type, { headers: { "accept-language": "en-GB,en;q=0.9" } }),
    ]) {
      expect(en.status).toBe(200);
      const page = await en.text();
      expect(page).toContain('<html lang="en">');
      expect(page).toContain(
        `<h1>${t.en.replace(/&/g, "&#38;").replace(/</g, "&#60;").replace(/>/g, "&#62;").replace(/"/g, "&#34;").replace(/'/g, "&#39;")}</h1>`,
      );
    }
  });

  it("answers an unknown problem type with a 404 problem", async () => {
    const res = await fetch(`${server.url}/problems/khong-co`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});
