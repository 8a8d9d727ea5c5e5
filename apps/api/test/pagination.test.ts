/**
 * Every collection GET pages the same way (`http/paging.ts`): `?limit=` is honoured, `nextCursor`
 * leads through the rest without repeating an item, and a list without `limit` still answers with
 * its first page. The list of collections is read from the OpenAPI document, so a new list that
 * forgets to page fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import { parsedNotice } from "./fixtures.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";
import * as Sheets from "./integrations/sheets.js";

interface Operation {
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}

interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

/** The GET operations whose 200 answer is a list (`items`): every one must page. */
const collections = (doc: Doc): string[] =>
  Object.entries(doc.paths).flatMap(([path, ops]) => {
    const ref = ops.get?.responses["200"]?.content?.["application/json"]?.schema?.$ref;
    const schema = ref === undefined ? undefined : doc.components.schemas[ref.split("/").pop() ?? ""];
    return schema?.properties?.items === undefined ? [] : [path];
  });

describe.each(engines)("pagination on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;
  let secretariat: Caller;
  let officer: Caller;
  let doc: Doc;
  let taskId = "";
  let overdueId = "";
  let webhookId = "";

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.deps.db.kysely;
    admin = await signIn(server.url, db, "admin");
    secretariat = await signIn(server.url, db, "secretariat");
    officer = await signIn(server.url, db, "agency_officer", "brvt.so-tc");
    doc = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as Doc;

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
    taskId = published.body.directives[3].tasks[0].id;
    for (let i = 0; i < 3; i++) {
      await officer.request("POST", `/v1/tasks/${taskId}/progress`, {
        body: { body: `Bước ${i}`, percent: 10 * i },
      });
      await admin.request("POST", "/v1/resolutions", {
        body: {
          code: `0${i}-NQ/TU`,
          issuer: "Ban Chấp hành Đảng bộ tỉnh",
          issuedOn: "2021-05-28",
          title: `NQ ${i}`,
        },
      });
      await admin.request("POST", "/v1/api-keys", {
        body: { name: `Hệ thống ${i}`, scopes: ["tasks.read"], issuerIds: ["brvt.ubnd"] },
      });
      const hook = await admin.request("POST", "/v1/webhooks", {
        body: { url: `https://hooks.example.com/${i}`, eventTypes: ["*"] },
      });
      webhookId = hook.body.subscription?.id ?? webhookId;
      await officer.request("POST", "/v1/calendar-feeds", {
        body: { kind: "agency", agencyId: "brvt.so-tc", name: `Lịch ${i}` },
      });
      const form = new FormData();
      form.set("file", new File([Sheets.csv(Sheets.generated(2))], `nhap-${i}.csv`));
      await secretariat.request("POST", "/v1/imports", { body: form });
    }
    for (const who of [admin, secretariat, officer])
      await who.request("PUT", `/v1/tasks/${taskId}/watchers/me`);
    await officer.request("POST", `/v1/tasks/${overdueId}/extensions`, {
      body: { reason: "Chờ ý kiến thẩm định", requestedDueOn: "2024-03-29" },
    });
    await secretariat.request("POST", `/v1/tasks/${overdueId}/explanations`, {
      body: { question: "Đề nghị giải trình", replyDueOn: "2024-04-05" },
    });
  });
  afterAll(() => server.dispose());

  const concrete = (path: string): string =>
    path
      .replace(
        "/v1/tasks/{id}",
        `/v1/tasks/${path.includes("explanations") || path.includes("extensions") ? overdueId : taskId}`,
      )
      .replace("/v1/webhooks/{id}", `/v1/webhooks/${webhookId}`);

  /** Walks a list two at a time; returns the ids (or whole items) seen, in order. */
  const walk = async (path: string) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let first: { nextCursor: string | null; total?: number; count: number } | undefined;
    for (let i = 0; i < 200; i++) {
      const sep = path.includes("?") ? "&" : "?";
      const url: string = `${path}${sep}limit=2${cursor === null ? "" : `&cursor=${encodeURIComponent(cursor)}`}`;
      const res = await admin.request("GET", url);
      expect(res.status, url).toBe(200);
      expect(res.body.items.length, url).toBeLessThanOrEqual(2);
      expect(res.body).toHaveProperty("nextCursor");
      first ??= { nextCursor: res.body.nextCursor, total: res.body.total, count: res.body.items.length };
      for (const item of res.body.items) seen.push(JSON.stringify(item.id ?? item.userId ?? item));
      cursor = res.body.nextCursor;
      if (cursor === null) break;
    }
    return { seen, first };
  };

  it("finds the collections in the document: the 19 lists, each with cursor and limit", () => {
    const lists = collections(doc);
    expect(lists.length).toBeGreaterThanOrEqual(19);
    for (const path of lists) {
      const names = (doc.paths[path]?.get?.parameters ?? [])
        .filter((p) => p.in === "query")
        .map((p) => p.name);
      expect(names, path).toEqual(expect.arrayContaining(["cursor", "limit"]));
    }
  });

  it("answers limit=2 with at most two items and a cursor that leads through the rest, none twice", async () => {
    const filled: string[] = [];
    for (const path of collections(doc)) {
      const url = concrete(path);
      // 200: the largest page every list takes (tasks stop there; the others at 500).
      const everything = await admin.request("GET", `${url}?limit=200`);
      expect(everything.status, url).toBe(200);
      const { seen, first } = await walk(url);
      expect(new Set(seen).size, url).toBe(seen.length);
      expect(seen, url).toEqual(
        everything.body.items.map((i: { id?: string; userId?: string }) =>
          JSON.stringify(i.id ?? i.userId ?? i),
        ),
      );
      if (everything.body.items.length > 2) {
        filled.push(path);
        expect(first?.nextCursor, url).not.toBeNull();
      }
      if (first?.total !== undefined) expect(first.total, url).toBe(everything.body.items.length);
    }
    // The lists this file fills with more than one page.
    expect(filled).toEqual(
      expect.arrayContaining([
        "/v1/agencies",
        "/v1/agency-groups",
        "/v1/calendar-feeds",
        "/v1/resolutions",
        "/v1/tasks",
        "/v1/tasks/{id}/history",
        "/v1/tasks/{id}/watchers",
        "/v1/tasks/{id}/progress",
        "/v1/users",
        "/v1/api-keys",
        "/v1/audit",
        "/v1/webhooks",
        "/v1/imports",
      ]),
    );
  });

  it("keeps answering callers that send no limit, with the first page of 100", async () => {
    const agencies = await admin.request("GET", "/v1/agencies");
    expect(agencies.body.items).toHaveLength(100);
    expect(agencies.body.total).toBeGreaterThan(100);
    const rest = await admin.request("GET", `/v1/agencies?cursor=${agencies.body.nextCursor}`);
    expect(rest.body.items.length + 100).toBe(agencies.body.total);
    expect(rest.body.nextCursor).toBeNull();
  });

  it("refuses a cursor it did not make, and a limit over 500, as 400 problems", async () => {
    for (const url of ["/v1/agencies?cursor=bm9wZQ", "/v1/users?cursor=%%%", "/v1/agencies?limit=501"]) {
      const res = await admin.request("GET", url);
      expect(res.status, url).toBe(400);
      expect(res.body.code).toBe("validation-failed");
    }
  });
});
