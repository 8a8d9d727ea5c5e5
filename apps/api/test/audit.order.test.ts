/**
 * The audit list pages newest first by the real key with a stable cursor, on both engines: with
 * more than ten entries, pages of three return every entry exactly once, in strictly descending
 * order (the list used to sort the text of the id: 9, 8, …, 5, 44, 43).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "./client.js";
import { signIn } from "./client.js";
import type { TestServer } from "./harness.js";
import { engines, startServer } from "./harness.js";

describe.each(engines)("the audit list on %s", (engine) => {
  let server: TestServer;
  let admin: Caller;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await signIn(server.url, server.deps.db.kysely, "admin");
    for (let i = 0; i < 12; i++)
      await admin.request("POST", "/v1/agencies", {
        body: { id: `test.audit-${i}`, name: `Cơ quan thử ${i}`, kind: "department" },
      });
  });
  afterAll(() => server.dispose());

  it("pages every entry once, newest first, by its numeric key", async () => {
    const total = await server.deps.db.kysely
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(total.n)).toBeGreaterThan(10);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await admin.request(
        "GET",
        `/v1/audit?limit=3${cursor === null ? "" : `&cursor=${cursor}`}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((e: { id: string }) => Number(e.id)));
      cursor = page.body.nextCursor;
    } while (cursor !== null && seen.length <= 1000);
    expect(seen).toHaveLength(Number(total.n));
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });
});
