/**
 * A recurring duty (“định kỳ hằng tháng, hằng quý… báo cáo”) of the second seed notice shows its
 * next report — label, cut-off and due date — as the domain's `Recurrence.next` gives it for the
 * server's day, instead of just “no deadline”; other tasks have none.
 */
import { readFileSync } from "node:fs";
import { DeadlineRule, PolicyPack, Recurrence, WorkingCalendar } from "@dondoc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedsFolder } from "../src/services/bootstrap.js";
import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

const text = readFileSync(`${seedsFolder()}/notice-TB-UBND-2024-vungtau.txt`, "utf8");

interface TaskItem {
  id: string;
  deadline: { kind: string } | null;
  nextOccurrence: { label: string; cutOff: string; dueOn: string } | null;
}

describe.each(engines)("recurring tasks on %s", (engine) => {
  let server: TestServer;
  let secretariat: Caller;

  beforeAll(async () => {
    server = await startServer(engine, new Date("2024-02-20T03:00:00Z"));
    secretariat = await signIn(server.url, server.deps.db.kysely, "secretariat");
  });
  afterAll(() => server.dispose());

  it("shows the next report of a recurring duty, from the server's day, as the domain's recurrence gives it", async () => {
    const created = await secretariat.request("POST", "/v1/notices", { body: { text } });
    expect(created.status).toBe(201);
    const published = await secretariat.request("POST", `/v1/notices/${created.body.id}/publish`, {
      ifMatch: created.headers.get("etag"),
    });
    expect(published.status).toBe(200);
    const list = await secretariat.request("GET", `/v1/tasks?noticeId=${created.body.id}&limit=200`);
    const items = list.body.items as TaskItem[];
    const recurring = items.filter((t) => t.deadline?.kind === "recurring");
    expect(recurring.length).toBeGreaterThan(0);
    for (const item of items.filter((t) => t.deadline?.kind !== "recurring"))
      expect(item.nextOccurrence).toBeNull();
    const rows = await server.deps.db.kysely
      .selectFrom("tasks")
      .select(["id", "deadline"])
      .where(
        "id",
        "in",
        recurring.map((t) => t.id),
      )
      .execute();
    for (const row of rows) {
      const rule = DeadlineRule.Recurring.parse((row.deadline as { rule: unknown }).rule);
      const expected = Recurrence.next(rule, "2024-02-20", WorkingCalendar.vietnam(), PolicyPack.national);
      const shown = recurring.find((t) => t.id === row.id)?.nextOccurrence;
      expect(shown).toMatchObject({
        label: expected?.label,
        cutOff: expected?.cutOff,
        dueOn: expected?.dueOn,
      });
      expect((shown?.dueOn ?? "") >= "2024-02-20").toBe(true);
    }
    const detail = await secretariat.request("GET", `/v1/tasks/${recurring[0]?.id}`);
    expect(detail.body.nextOccurrence).toEqual(recurring[0]?.nextOccurrence);
  });
});
