/**
 * End-to-end on a phone: a 390 × 844 touch screen (Chromium's mobile emulation). An agency officer
 * reports progress — the percent field then shows the task's new percent — and asks for more
 * time; nothing scrolls sideways; the controls a finger taps (menu, language switch, percent
 * steppers, list checkboxes) are at least 44 × 44 px; status badges are at least 12 px; the
 * officer's view of a notice links only to tasks the officer may open.
 */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { hasChromium, launch, signIn } from "./browser.js";
import { publishFirstSeed, type Seeded } from "./seed.js";
import { type Server, startServer } from "./server.js";

let server: Server;
let browser: Browser;
let seeded: Seeded;

/** A day two months from now, `dd/MM/yyyy` as the date fields take it. */
const inTwoMonths = (() => {
  const d = new Date(Date.now() + 61 * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
})();

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (error) => {
    throw error;
  });
  return { context, page };
}

/** The size of what a finger hits: the element's box. */
async function size(target: Locator): Promise<{ width: number; height: number }> {
  const box = await target.boundingBox();
  if (!box) throw new Error("not on screen");
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

describe.skipIf(!hasChromium)("dondoc admin on a phone", () => {
  beforeAll(async () => {
    server = await startServer();
    seeded = await publishFirstSeed(server);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lets an officer report progress and ask for more time with a finger, nothing scrolling sideways", async () => {
    const { context, page } = await phone();
    await signIn(page, server.url, server.users.officer);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    const burger = page.getByRole("button", { name: "Mở menu" });
    for (const control of [
      burger,
      page.getByRole("button", { name: /tin báo/ }),
      page.locator(".mantine-SegmentedControl-label", { hasText: /^VI$/ }),
      page.locator(".mantine-SegmentedControl-label", { hasText: /^EN$/ }),
    ]) {
      const { width, height } = await size(control);
      expect(Math.min(width, height), (await control.textContent()) ?? "").toBeGreaterThanOrEqual(44);
    }
    // Status badges readable on a phone: 12 px and more.
    const badge = page.locator(".mantine-Badge-label").first();
    const fontSize = await badge.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(12);

    await page.goto(`${server.url}/tasks/${seeded.officerTaskId}`);
    const form = page.getByRole("form", { name: "Báo cáo tiến độ" });
    await form.waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await form
      .getByLabel("Kết quả thực hiện")
      .fill("Đã hoàn thành dự thảo báo cáo, đang lấy ý kiến các đơn vị.");
    const percent = form.getByLabel("Mức độ hoàn thành");
    const less = form.getByRole("button", { name: "Giảm 5%" });
    const more = form.getByRole("button", { name: "Tăng 5%" });
    for (const stepper of [less, more]) {
      const { width, height } = await size(stepper);
      expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
    }
    await percent.fill("35");
    // Taps on the steppers: 35 → 45 → 40.
    await more.tap();
    await more.tap();
    await less.tap();
    await expect(percent.inputValue()).resolves.toBe("40%");
    await form.getByRole("button", { name: "Gửi báo cáo" }).tap();
    await page.getByText("Đã gửi báo cáo tiến độ.").waitFor();
    // The form is cleared for the next report, and shows where the task now stands.
    await expect.poll(() => percent.inputValue()).toBe("40%");
    await page.reload();
    await expect
      .poll(() =>
        page.getByRole("form", { name: "Báo cáo tiến độ" }).getByLabel("Mức độ hoàn thành").inputValue(),
      )
      .toBe("40%");

    const extension = page.getByRole("form", { name: "Đề nghị gia hạn" });
    await extension.getByLabel("Thời hạn đề nghị mới").fill(inTwoMonths);
    await extension.getByLabel("Lý do").fill("Chờ ý kiến góp ý của các đơn vị chủ đầu tư.");
    await extension.getByRole("button", { name: "Gửi đề nghị gia hạn" }).tap();
    await page.getByText(/Đang chờ xem xét đề nghị gia hạn/).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await context.close();
  });

  it("shows an officer a notice's tasks of other agencies as text, never as a link it may not open", async () => {
    const { context, page } = await phone();
    await signIn(page, server.url, server.users.officer);
    await page.goto(`${server.url}/notices/${seeded.noticeId}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const hrefs = await page
      .locator('a[href^="/tasks/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const response = await page.request.get(`${server.url}/v1${href}`);
      expect(response.status(), href).toBe(200);
    }
    expect(await scrollsSideways(page)).toBe(false);
    await context.close();
  });

  it("gives the clerk's list checkboxes a 44 px target on a phone", async () => {
    const { context, page } = await phone();
    await signIn(page, server.url, server.users.secretariat);
    await page.goto(`${server.url}/tasks`);
    const box = page.getByRole("checkbox", { name: /^Chọn / }).first();
    await box.waitFor();
    const { width, height } = await size(box);
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
    await box.tap();
    await expect(box.isChecked()).resolves.toBe(true);
    expect(await scrollsSideways(page)).toBe(false);
    await context.close();
  });
});
