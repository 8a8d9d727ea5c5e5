/**
 * Notices from their text: the parser runs with this installation's directory, calendar and policy;
 * the seed notices publish with every collective assignee fanned out; the calendar and the policy
 * an administrator saves change how deadlines are judged at once.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedsFolder } from "../src/services/bootstrap.js";
import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

const seed = (name: string) => readFileSync(`${seedsFolder()}/${name}`, "utf8");

describe.each(engines)("notices from text on %s", (engine) => {
  let server: TestServer;
  let secretariat: Caller;
  let admin: Caller;

  beforeAll(async () => {
    server = await startServer(engine, new Date("2023-01-20T03:00:00Z"));
    secretariat = await signIn(server.url, server.deps.db.kysely, "secretariat");
    admin = await signIn(server.url, server.deps.db.kysely, "admin");
  });
  afterAll(() => server.dispose());

  it("parses a notice without storing it", async () => {
    const res = await secretariat.request("POST", "/v1/notices/parse", {
      body: { text: seed("notice-12-TB-UBND-2023-brvt.txt") },
    });
    expect(res.status).toBe(200);
    expect(res.body.notice.number).toBe("12");
    expect(res.body.notice.symbol).toBe("TB-UBND");
    expect(res.body.directives.length).toBeGreaterThan(3);
    const list = await secretariat.request("GET", "/v1/notices");
    expect(list.body.items).toEqual([]);
  });

  it("stores the first seed notice from its text and publishes it with resolved agencies", async () => {
    const created = await secretariat.request("POST", "/v1/notices", {
      body: { text: seed("notice-12-TB-UBND-2023-brvt.txt") },
    });
    expect(created.status).toBe(201);
    expect(created.body.issuedOn).toBe("2023-01-18");
    const published = await secretariat.request("POST", `/v1/notices/${created.body.id}/publish`, {
      ifMatch: created.headers.get("etag"),
    });
    expect(published.status).toBe(200);
    const tasks = published.body.directives.flatMap(
      (d: { tasks: { leadAgencyId: string | null }[] }) => d.tasks,
    );
    expect(tasks.length).toBeGreaterThan(5);
    expect(tasks.every((t: { leadAgencyId: string | null }) => t.leadAgencyId !== null)).toBe(true);
    const found = await secretariat.request("GET", "/v1/notices?q=tb-ubnd");
    expect(found.body.items.map((n: { id: string }) => n.id)).toEqual([created.body.id]);
  });

  it("parses an uploaded text file the same way, and refuses a body that is neither JSON nor a form", async () => {
    const form = new FormData();
    form.set(
      "file",
      new File([seed("notice-12-TB-UBND-2023-brvt.txt")], "tb-12.txt", { type: "text/plain" }),
    );
    const res = await secretariat.request("POST", "/v1/notices/parse", { body: form });
    expect(res.status).toBe(200);
    expect(res.body.notice.number).toBe("12");
    const empty = await secretariat.request("POST", "/v1/notices/parse", { body: new FormData() });
    expect(empty.status).toBe(400);
    const plain = await secretariat.request("POST", "/v1/notices/parse", {
      body: "xin chào",
      headers: { "content-type": "text/plain" },
    });
    expect(plain.status).toBe(415);
  });

  it("answers 400 when both or neither of text and parsed are sent", async () => {
    const none = await secretariat.request("POST", "/v1/notices", { body: {} });
    expect(none.status).toBe(400);
    expect(none.body.errors[0].path).toBe("json.text");
  });

  it("judges due-soon with the calendar the administrator stored", async () => {
    const year = await admin.request("GET", "/v1/calendar/2023");
    expect(year.status).toBe(200);
    expect(year.body.days.some((d: { name: string }) => /Tết/.test(d.name))).toBe(true);
    const stale = await admin.request("PUT", "/v1/calendar/2031", { ifMatch: '"3"', body: { daysOff: [] } });
    expect(stale.status).toBe(412);
    const bad = await admin.request("PUT", "/v1/calendar/2031", {
      ifMatch: '"0"',
      body: { daysOff: [{ date: "2030-12-31", name: "Sai năm" }] },
    });
    expect(bad.status).toBe(400);
    const saved = await admin.request("PUT", "/v1/calendar/2031", {
      ifMatch: '"0"',
      body: { source: "Thông báo thử", daysOff: [{ date: "2031-01-02", name: "Nghỉ bù", kind: "day-off" }] },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.stored).toBe(true);
    expect(saved.body.days).toEqual([{ date: "2031-01-02", kind: "day-off", name: "Nghỉ bù" }]);
    expect(saved.headers.get("etag")).toBe('"1"');
  });

  it("applies a saved policy pack at once and refuses an invalid one", async () => {
    const current = await admin.request("GET", "/v1/policy");
    expect(current.body.pack.id).toBe("national");
    const invalid = await admin.request("PUT", "/v1/policy", {
      ifMatch: '"0"',
      body: { pack: { ...current.body.pack, dueSoonWorkingDays: -1 } },
    });
    expect(invalid.status).toBe(400);
    const saved = await admin.request("PUT", "/v1/policy", {
      ifMatch: '"0"',
      body: { pack: { ...current.body.pack, id: "brvt", name: "Quy chế tỉnh", dueSoonWorkingDays: 10 } },
    });
    expect(saved.status).toBe(200);
    expect((await admin.request("GET", "/v1/policy")).body.pack.dueSoonWorkingDays).toBe(10);
    const officer = await signIn(server.url, server.deps.db.kysely, "agency_officer", "brvt.so-tc");
    expect((await officer.request("PUT", "/v1/policy", { ifMatch: '"1"', body: { pack: {} } })).status).toBe(
      403,
    );
  });
});
