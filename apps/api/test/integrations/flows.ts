/** API flows the integration tests share: publish the fixture notice (20 open tasks). */
import { expect } from "vitest";

import type { Caller } from "../client.js";
import { parsedNotice } from "../fixtures.js";

export interface Published {
  readonly noticeId: string;
  readonly tasks: ReadonlyArray<{ id: string; leadAgencyId: string; dueOn: string | null; version: number }>;
}

export const publishFixture = async (secretariat: Caller, subject?: string): Promise<Published> => {
  const created = await secretariat.request("POST", "/v1/notices", {
    body: { parsed: parsedNotice(subject) },
  });
  expect(created.status).toBe(201);
  const unknown = created.body.directives[3].tasks[0];
  const patched = await secretariat.request("PATCH", `/v1/tasks/${unknown.id}`, {
    ifMatch: `"${unknown.version}"`,
    body: { leadAgencyId: "brvt.so-khcn" },
  });
  expect(patched.status).toBe(200);
  const notice = await secretariat.request("GET", `/v1/notices/${created.body.id}`);
  const published = await secretariat.request("POST", `/v1/notices/${created.body.id}/publish`, {
    ifMatch: notice.headers.get("etag") ?? "",
  });
  expect(published.status).toBe(200);
  return {
    noticeId: created.body.id,
    tasks: published.body.directives.flatMap((d: { tasks: Published["tasks"] }) => d.tasks),
  };
};
