/**
 * Data for the end-to-end checks, set up through the API: the first seed notice published as read
 * (its first directive fans out to many agencies: a long task list; a deadline the parser could
 * not resolve is confirmed as none), and the officer's own task of it.
 */
import { readFileSync } from "node:fs";

import type { Page } from "playwright-core";

import { officerAgency, type Server, session } from "./server.js";

/** A seed notice's text, from the server's own demo data (`apps/api/seeds`): one copy in the repo. */
export const seedText = (name: string): string =>
  readFileSync(new URL(`../../api/seeds/${name}`, import.meta.url), "utf8");

/** The first seed notice, 12/TB-UBND (Bà Rịa - Vũng Tàu, 2023). */
export const firstSeedText = seedText("notice-12-TB-UBND-2023-brvt.txt");

/**
 * As the signed-in clerk on `page`: pastes `text` on the import screen, marks every field of the
 * review as checked and publishes; waits for the notice's page and returns its path.
 */
export async function publishThroughReview(page: Page, text: string, heading = /Thông báo 12\/TB-UBND/) {
  await page.getByRole("link", { name: "Nhập thông báo" }).click();
  await page.getByLabel("Dán nội dung thông báo").fill(text);
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  await page.getByText("Thông tin văn bản").waitFor();
  for (const box of await page.getByRole("checkbox", { name: "Đã xử lý", checked: false }).all())
    await box.check();
  await page.getByRole("button", { name: "Phát hành thông báo" }).click();
  await page.getByRole("heading", { name: heading }).waitFor();
  return new URL(page.url()).pathname;
}

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
