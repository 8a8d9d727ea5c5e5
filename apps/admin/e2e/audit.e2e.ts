import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { hasChromium, launch, newPage, screenshot, signIn } from "./browser.js";
import { firstSeedText, publishThroughReview } from "./seed.js";
import { officerAgency, type Server, startServer } from "./server.js";

const seedText = firstSeedText;

let server: Server;
let browser: Browser;
let taskId = "";
let taskText = "";

/** The rows of the audit list. */
const entries = (page: Page) => page.getByTestId("audit-entry");

describe.skipIf(!hasChromium)("the audit screen and the named handler in Chromium", () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows, by name, that the clerk published the notice, and keeps it when filtered by the notice", async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, server.users.secretariat);
    await publishThroughReview(page, seedText);
    const noticeId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    expect(noticeId).toMatch(/^ntc_/);

    await page.getByRole("link", { name: "Nhật ký", exact: true }).click();
    await page.getByRole("heading", { name: "Nhật ký thay đổi" }).waitFor();
    const published = entries(page).filter({ hasText: "đã công bố thông báo 12/TB-UBND" });
    await published.first().waitFor();
    await expect(published.first().textContent()).resolves.toContain("Nguyễn Thị Lan");
    await expect(page.locator("main").textContent()).resolves.not.toMatch(/usr_|key_/);
    await screenshot(page, "audit-01-log");

    const [notice] = await page.getByRole("combobox", { name: "Thông báo" }).all();
    await notice?.click();
    await page.locator(`[role="option"][value="${noticeId}"]`).click();
    await page.waitForURL(new RegExp(`noticeId=${noticeId}`));
    await published.first().waitFor();
    const texts = await entries(page).allTextContents();
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.some((t) => t.includes("đã giao nhiệm vụ"))).toBe(true);
    await page.context().close();
  });

  it("gives a task to the lead agency's officer, and its audit shows the field before → after", async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, server.users.secretariat);
    const found = await page.evaluate(async (agencyId) => {
      const res = await fetch(`/v1/tasks?agencyId=${agencyId}&lifecycle=open&limit=1`);
      return ((await res.json()) as { items: { id: string; action: string }[] }).items[0];
    }, officerAgency);
    expect(found).toBeDefined();
    taskId = found?.id ?? "";
    taskText = found?.action ?? "";
    await page.goto(`${server.url}/tasks/${taskId}`);
    await page.getByTestId("task-handler").filter({ hasText: "Chưa giao cho chuyên viên" }).waitFor();
    const [picker] = await page.getByRole("combobox", { name: "Giao cho chuyên viên" }).all();
    await picker?.click();
    await page.getByRole("option", { name: "Trần Văn Bình" }).click();
    await page.getByRole("button", { name: "Giao", exact: true }).click();
    await page.getByTestId("task-handler").filter({ hasText: "Trần Văn Bình" }).waitFor();

    await page.goto(`${server.url}/audit?taskId=${taskId}`);
    const given = entries(page).filter({ hasText: "cho chuyên viên Trần Văn Bình" });
    await given.first().waitFor();
    await expect(given.first().textContent()).resolves.toContain("Nguyễn Thị Lan");
    await given.first().getByText("Chuyên viên xử lý: (trống) → Trần Văn Bình").waitFor();
    await screenshot(page, "audit-02-task-filtered");
    await page.context().close();
  });

  it("lists the task under the officer's “Việc của tôi”", async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, server.users.officer);
    await page.getByRole("link", { name: "Việc của tôi" }).click();
    await page.waitForURL(/handlerId=me/);
    const links = page.locator(`a[href="/tasks/${taskId}"]`);
    await links.first().waitFor();
    expect(taskText.length).toBeGreaterThan(0);
    await screenshot(page, "audit-03-my-tasks");
    await page.context().close();
  });
});
