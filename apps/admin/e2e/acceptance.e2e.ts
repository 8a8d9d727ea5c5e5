import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";

import { hasChromium, launch, newPage, screenshot, signIn } from "./browser.js";
import { firstSeedText, publishThroughReview } from "./seed.js";
import { type Server, startServer } from "./server.js";

const seedText = firstSeedText;
const reason = "Thiếu văn bản ban hành báo cáo kèm theo; đề nghị bổ sung.";

let server: Server;
let browser: Browser;

/** Opens the officer's task of the first seed (“hoàn thiện báo cáo đánh giá”). */
async function openTask(page: Page) {
  await page.goto(`${server.url}/tasks?q=hoan thien bao cao danh gia`);
  await page
    .getByRole("link", { name: /hoàn thiện báo cáo đánh giá/ })
    .first()
    .click();
  await page.getByRole("heading", { level: 1 }).waitFor();
}

/** The officer reports the task done (today), with a note and, when given, a file, and confirms. */
async function reportDone(page: Page, note: string, file?: string) {
  const form = page.getByRole("form", { name: "Báo cáo hoàn thành" });
  await form.getByLabel("Kết quả, ghi chú").fill(note);
  if (file !== undefined)
    await form.locator('input[type="file"]').setInputFiles({
      name: file,
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
    });
  await form.getByRole("button", { name: "Báo cáo hoàn thành…" }).click();
  const dialog = page.getByRole("dialog", { name: "Xác nhận báo cáo hoàn thành" });
  await dialog.getByText(/Báo cáo nhiệm vụ đã hoàn thành ngày \d{2}\/\d{2}\/\d{4}\?/).waitFor();
  await dialog.getByRole("button", { name: "Xác nhận hoàn thành" }).click();
  await page.getByText("Đã gửi báo cáo hoàn thành, chờ văn phòng xác nhận.").waitFor();
  await page.getByText("Chờ xác nhận hoàn thành").first().waitFor();
}

describe.skipIf(!hasChromium)("the office's acceptance of completion in Chromium", () => {
  beforeAll(async () => {
    server = await startServer({ requiresAcceptance: true });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lets the secretariat publish the first seed", async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, server.users.secretariat);
    await publishThroughReview(page, seedText);
    await page.context().close();
  });

  it("officer submits → clerk returns with a reason → officer reads it and resubmits → clerk accepts", async () => {
    const officer = await newPage(browser);
    await signIn(officer, server.url, server.users.officer);
    await openTask(officer);
    // The seed's 2023 deadline is long past: the note is the reason the policy asks for.
    await reportDone(
      officer,
      "Đã hoàn thiện và trình báo cáo đánh giá (chậm do sáp nhập đơn vị).",
      "bao-cao.pdf",
    );
    await screenshot(officer, "acceptance-01-officer-submitted");

    const clerk = await newPage(browser);
    await signIn(clerk, server.url, server.users.secretariat);
    // The inbox filters the reports waiting for acceptance.
    await clerk.goto(`${server.url}/tasks?lifecycle=submitted`);
    await clerk
      .getByRole("link", { name: /hoàn thiện báo cáo đánh giá/ })
      .first()
      .click();
    await clerk.getByText("Chờ xác nhận hoàn thành").first().waitFor();
    await clerk.getByRole("link", { name: "bao-cao.pdf" }).waitFor();
    await clerk.getByRole("button", { name: "Trả lại…" }).click();
    const dialog = clerk.getByRole("dialog", { name: "Trả lại báo cáo hoàn thành" });
    await dialog.getByLabel("Lý do trả lại").fill(reason);
    await dialog.getByRole("button", { name: "Trả lại báo cáo" }).click();
    await clerk.getByText("Đã trả lại báo cáo hoàn thành.").waitFor();
    await screenshot(clerk, "acceptance-02-clerk-returned");

    await officer.reload();
    const returned = officer.getByRole("alert").filter({ hasText: "Báo cáo hoàn thành bị trả lại" });
    await returned.getByText(reason).waitFor();
    await screenshot(officer, "acceptance-03-officer-reads-reason");
    await reportDone(officer, "Đã bổ sung văn bản ban hành báo cáo (chậm do sáp nhập đơn vị).");

    await clerk.reload();
    await clerk.getByText("Chờ xác nhận hoàn thành").first().waitFor();
    await clerk.getByRole("button", { name: "Xác nhận hoàn thành" }).click();
    // The task itself says so (the confirmation toast closes by itself, and may be gone on a slow run).
    await clerk.getByText("Đã hoàn thành", { exact: true }).first().waitFor({ timeout: 30_000 });
    await screenshot(clerk, "acceptance-04-clerk-accepted");
    await officer.context().close();
    await clerk.context().close();
  });
});
