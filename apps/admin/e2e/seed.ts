/**
 * Data for the end-to-end checks, set up through the API: the first seed notice published as read
 * (its first directive fans out to many agencies: a long task list; a deadline the parser could
 * not resolve is confirmed as none), and the officer's own task of it.
 */
import { readFileSync } from "node:fs";

import { officerAgency, type Server, session } from "./server.js";

export const seedText = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

interface NoticeBody {
  readonly id: string;
  readonly version: number;
  readonly directives: readonly { readonly tasks: readonly { readonly id: string }[] }[];
}

export interface Seeded {
  readonly noticeId: string;
  /** A task of the first seed led by the officer's agency. */
  readonly officerTaskId: string;
}

/** Publishes the first seed as the secretariat clerk. */
export async function publishFirstSeed(server: Server): Promise<Seeded> {
  const clerk = await session(server.url, server.users.secretariat);
  const created = (await clerk("POST", "/v1/notices", {
    text: seedText("notice-12-TB-UBND-2023-brvt.txt"),
  })) as unknown as NoticeBody;
  const published = (await clerk(
    "POST",
    `/v1/notices/${created.id}/publish`,
    { noDeadline: created.directives.flatMap((d) => d.tasks.map((t) => t.id)) },
    { "if-match": `"${created.version}"` },
  )) as unknown as NoticeBody;
  const tasks = (await clerk("GET", `/v1/tasks?noticeId=${published.id}&limit=100&sort=dueOn`)) as {
    items: { id: string; leadAgencyId: string | null; action: string }[];
  };
  const own = tasks.items.find(
    (t) => t.leadAgencyId === officerAgency && t.action.includes("hoàn thiện báo cáo đánh giá"),
  );
  if (!own) throw new Error("the first seed has no task for the officer's agency");
  return { noticeId: published.id, officerTaskId: own.id };
}
