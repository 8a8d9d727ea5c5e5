import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "../client.js";
import { anonymous, signIn } from "../client.js";
import type { TestServer } from "../harness.js";
import { engines, startServer } from "../harness.js";
import type { Published } from "./flows.js";
import { publishFixture } from "./flows.js";

interface Parsed {
  readonly uid: string;
  readonly summary: string;
  readonly start: string;
  readonly isDate: boolean;
  readonly sequence: number;
}

const parse = (text: string): Parsed[] => {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toString(),
      isDate: e.startDate.isDate,
      sequence: e.sequence,
    };
  });
};

describe.each(engines)("iCalendar feeds on %s", (engine) => {
  let server: TestServer;
  let secretariat: Caller;
  let officer: Caller;
  let published: Published;
  let feedUrl = "";
  let feedId = "";
  let taskId = "";

  const fetchFeed = async (url: string) => {
    const res = await fetch(url);
    return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
  };

  beforeAll(async () => {
    server = await startServer(engine);
    secretariat = await signIn(server.url, server.deps.db.kysely, "secretariat");
    officer = await signIn(server.url, server.deps.db.kysely, "agency_officer", "brvt.so-tc");
    published = await publishFixture(secretariat);
    taskId = published.tasks.find((t) => t.leadAgencyId === "brvt.so-tc")?.id ?? "";
  });
  afterAll(() => server.dispose());

  it("gives an officer a link to their agency's calendar, and no other agency's", async () => {
    const res = await officer.request("POST", "/v1/calendar-feeds", {
      body: { kind: "agency", agencyId: "brvt.so-tc", name: "Lịch Sở Tài chính" },
    });
    expect(res.status).toBe(201);
    expect(res.body.url).toMatch(/\/v1\/agencies\/brvt\.so-tc\/calendar\.ics\?token=ddf_/);
    feedUrl = res.body.url;
    feedId = res.body.feed.id;
    const other = await officer.request("POST", "/v1/calendar-feeds", {
      body: { kind: "agency", agencyId: "brvt.so-tttt" },
    });
    expect(other.status).toBe(404);
    const missing = await officer.request("POST", "/v1/calendar-feeds", { body: { kind: "agency" } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe("body.agencyId");
  });

  it("serves deadlines and report cut-offs as all-day events a calendar library reads back", async () => {
    const feed = await fetchFeed(feedUrl);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain("text/calendar");
    const events = parse(feed.text);
    const task = events.find((e) => e.uid === `${taskId}@dondoc`);
    expect(task).toMatchObject({ start: "2024-02-20", isDate: true });
    expect(task?.summary).toContain("Bố trí kinh phí");
    expect(events.filter((e) => e.uid.endsWith("@dondoc") && e.uid.startsWith("tsk_"))).toHaveLength(1);
    expect(events.find((e) => e.uid === "cutoff-2024-03@dondoc")).toMatchObject({
      start: "2024-03-14",
      isDate: true,
    });
    expect(events.find((e) => e.uid === "report-due-2024-03@dondoc")).toMatchObject({ start: "2024-03-25" });
    expect(feed.text).toContain("DTSTART;VALUE=DATE:20240220");
  });

  it("moves the same event when the deadline is extended", async () => {
    const before = parse((await fetchFeed(feedUrl)).text).find((e) => e.uid === `${taskId}@dondoc`);
    const ext = await officer.request("POST", `/v1/tasks/${taskId}/extensions`, {
      body: { reason: "Chờ phân bổ ngân sách", requestedDueOn: "2024-04-15" },
    });
    expect(ext.status).toBe(201);
    const decided = await secretariat.request("POST", `/v1/extensions/${ext.body.id}/decision`, {
      ifMatch: '"1"',
      body: { approve: true },
    });
    expect(decided.status).toBe(200);
    const after = parse((await fetchFeed(feedUrl)).text).find((e) => e.uid === `${taskId}@dondoc`);
    expect(after?.start).toBe("2024-04-15");
    expect(after?.sequence).toBeGreaterThan(before?.sequence ?? 0);
  });

  it("answers 404 for a wrong token or another agency's path, and after revocation", async () => {
    const token = new URL(feedUrl).searchParams.get("token") ?? "";
    const wrong = await fetchFeed(feedUrl.replace(token, `${token.slice(0, -2)}xx`));
    expect(wrong.status).toBe(404);
    expect(wrong.type).toContain("application/problem+json");
    const elsewhere = await fetchFeed(feedUrl.replace("brvt.so-tc", "brvt.so-tttt"));
    expect(elsewhere.status).toBe(404);
    const noToken = await anonymous(server.url).request("GET", "/v1/agencies/brvt.so-tc/calendar.ics");
    expect(noToken.status).toBe(400);
    const revoked = await officer.request("DELETE", `/v1/calendar-feeds/${feedId}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await fetchFeed(feedUrl)).status).toBe(404);
  });

  it("gives a user their own feed, without the tasks once they are done", async () => {
    const res = await officer.request("POST", "/v1/calendar-feeds", { body: { kind: "user" } });
    expect(res.status).toBe(201);
    const events = parse((await fetchFeed(res.body.url)).text);
    expect(events.some((e) => e.uid === `${taskId}@dondoc`)).toBe(true);
    const task = await secretariat.request("GET", `/v1/tasks/${taskId}`);
    const done = await officer.request("POST", `/v1/tasks/${taskId}/complete`, {
      ifMatch: task.headers.get("etag") ?? "",
      body: {},
    });
    expect(done.status).toBe(200);
    const later = parse((await fetchFeed(res.body.url)).text);
    expect(later.some((e) => e.uid === `${taskId}@dondoc`)).toBe(false);
    const list = await officer.request("GET", "/v1/calendar-feeds");
    expect(list.body.items).toHaveLength(2);
  });
});
