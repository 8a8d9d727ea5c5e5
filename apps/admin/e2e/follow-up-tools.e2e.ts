import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";

import { hasChromium, launch, newPage, screenshot, signIn } from "./browser.js";
import { firstSeedText, publishThroughReview } from "./seed.js";
import { officerAgency, type Server, startServer } from "./server.js";

const seedText = firstSeedText;

let server: Server;
let browser: Browser;

/**
 * Opens the bell until the tin báo `title` is listed: the worker makes tin báo from committed
 * events in the background, so the list is read again on each opening (no timed assertion).
 */
async function openTinBao(page: Page, title: RegExp): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    await page
      .getByRole("button", { name: /^\d+ tin báo chưa đọc$/ })
      .first()
      .click();
    const item = page.getByText(title).first();
    try {
      await item.waitFor({ timeout: 3_000 });
      await item.click();
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await page.keyboard.press("Escape");
      await page.reload();
      await page.getByRole("navigation", { name: "Điều hướng chính" }).waitFor();
    }
  }
}

describe.skipIf(!hasChromium)("follow-up tools in Chromium: đôn đốc and trao đổi", () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the clerk publishes the first seed, whose 2023 deadlines are long past", async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, server.users.secretariat);
    await publishThroughReview(page, seedText);
    await page.context().close();
  });

  it("the clerk reminds an overdue task, the count shows, the officer sees the tin báo", async () => {
    const clerk = await newPage(browser);
    await signIn(clerk, server.url, server.users.secretariat);
    await clerk.goto(`${server.url}/tasks?agencyId=${officerAgency}&timeliness=overdue`);
    const remind = clerk.getByRole("button", { name: /^Đôn đốc nhiệm vụ: / }).first();
    await remind.waitFor();
    const label = (await remind.getAttribute("aria-label")) ?? "";
    const action = label.replace(/^Đôn đốc nhiệm vụ: /, "");
    await remind.click();
    const dialog = clerk.getByRole("dialog", { name: "Đôn đốc nhiệm vụ" });
    await dialog.getByLabel("Lời nhắn").fill("Đề nghị Sở báo cáo kết quả trong tuần này");
    await dialog.getByText("Lời nhắn sẽ gửi: “Đề nghị Sở báo cáo kết quả trong tuần này”").waitFor();
    await screenshot(clerk, "20-remind-dialog");
    await dialog.getByRole("button", { name: "Gửi đôn đốc" }).click();
    await clerk.getByText("Đã đôn đốc 1 nhiệm vụ.").waitFor();
    await clerk
      .getByText(/Đã đôn đốc 1 lần, lần cuối ngày \d{2}\/\d{2}\/\d{4}/)
      .first()
      .waitFor();
    await clerk
      .getByRole("link", { name: action.slice(0, 40) })
      .first()
      .click();
    await clerk
      .getByTestId("reminder-count")
      .getByText(/Đã đôn đốc 1 lần/)
      .waitFor();
    await clerk.getByRole("tab", { name: "Trao đổi, đôn đốc" }).click();
    await clerk.getByText("Đề nghị Sở báo cáo kết quả trong tuần này").waitFor();
    await screenshot(clerk, "21-task-reminded");
    await clerk.context().close();

    const officer = await newPage(browser);
    await signIn(officer, server.url, server.users.officer);
    await openTinBao(officer, /^Đôn đốc: .*Đề nghị Sở báo cáo kết quả trong tuần này/);
    await officer
      .getByTestId("reminder-count")
      .getByText(/Đã đôn đốc 1 lần/)
      .waitFor();
    await screenshot(officer, "22-officer-reminded");
    await officer.context().close();
  });

  it("the clerk comments mentioning the officer, who sees it and replies", async () => {
    const clerk = await newPage(browser);
    await signIn(clerk, server.url, server.users.secretariat);
    await clerk.goto(`${server.url}/tasks?agencyId=${officerAgency}`);
    await clerk
      .getByRole("link", { name: /hoàn thiện báo cáo đánh giá/ })
      .first()
      .click();
    await clerk.getByRole("tab", { name: "Trao đổi, đôn đốc" }).click();
    const box = clerk.getByLabel("Trao đổi", { exact: true });
    await box.fill("@bin");
    await clerk.getByRole("option", { name: /Trần Văn Bình \(@binh\.stttt\)/ }).click();
    await box.press("End");
    await box.pressSequentially("đề nghị bổ sung số liệu quý I");
    await clerk.getByRole("button", { name: "Gửi trao đổi" }).click();
    await clerk
      .getByTestId("discussion-comment")
      .getByText("@binh.stttt đề nghị bổ sung số liệu quý I")
      .waitFor();
    await screenshot(clerk, "23-clerk-comment");
    await clerk.context().close();

    const officer = await newPage(browser);
    await signIn(officer, server.url, server.users.officer);
    await openTinBao(officer, /^Trao đổi mới: .*bổ sung số liệu quý I/);
    await officer.getByRole("tab", { name: "Trao đổi, đôn đốc" }).click();
    await officer
      .getByTestId("discussion-comment")
      .getByText("@binh.stttt đề nghị bổ sung số liệu quý I")
      .waitFor();
    await officer.getByLabel("Trao đổi", { exact: true }).fill("Sở đã gửi số liệu quý I, xin gửi kèm.");
    await officer
      .locator('input[type="file"]')
      .last()
      .setInputFiles({
        name: "so-lieu-quy-1.txt",
        mimeType: "text/plain",
        buffer: Buffer.from("Quý I: 1.250 triệu đồng"),
      });
    await officer.getByRole("button", { name: "Gửi trao đổi" }).click();
    await officer.getByText("Sở đã gửi số liệu quý I, xin gửi kèm.").waitFor();
    await officer.getByRole("link", { name: "so-lieu-quy-1.txt" }).waitFor();
    await screenshot(officer, "24-officer-reply");
    await officer.context().close();
  });
});
