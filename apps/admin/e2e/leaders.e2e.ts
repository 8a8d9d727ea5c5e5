import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { artifacts, hasChromium, launch, newPage, screenshot, signIn } from "./browser.js";
import { firstSeedText, publishThroughReview } from "./seed.js";
import { type Server, startServer } from "./server.js";

const seedText = firstSeedText;

/** A day two months from now, `dd/MM/yyyy` as the date fields take it. */
const inTwoMonths = (() => {
  const d = new Date(Date.now() + 61 * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
})();

let server: Server;
let browser: Browser;
let noticePath = "";

describe.skipIf(!hasChromium)("leaders' views in Chromium", () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("publishes the first seed, and an officer asks for more time after its due date", async () => {
    // The first seed, imported and published as in the main flow.
    const page = await newPage(browser);
    await signIn(page, server.url, server.users.secretariat);
    await publishThroughReview(page, seedText);
    noticePath = new URL(page.url()).pathname;
    await page.context().close();
    // The officer asks for more time, years after the seed's deadline.
    const officer = await newPage(browser);
    await signIn(officer, server.url, server.users.officer);
    await officer.goto(`${server.url}/tasks?q=hoan thien bao cao danh gia`);
    await officer
      .getByRole("link", { name: /hoàn thiện báo cáo đánh giá/ })
      .first()
      .click();
    await officer.getByLabel("Thời hạn đề nghị mới").fill(inTwoMonths);
    await officer.getByLabel("Lý do").fill("Chờ ý kiến góp ý của các đơn vị chủ đầu tư.");
    await officer.getByRole("button", { name: "Gửi đề nghị gia hạn" }).click();
    await officer.getByText(/Đang chờ xem xét đề nghị gia hạn/).waitFor();
    await officer.context().close();
  });

  it("filters the tasks list by days overdue, kept in the URL", async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, server.users.secretariat);
    await page.goto(`${server.url}/tasks`);
    await page.getByLabel("Số ngày quá hạn", { exact: true }).first().click();
    await page.getByRole("option", { name: "Quá hạn trên 90 ngày" }).click();
    await page.waitForURL(/latenessBand=over-90/);
    const table = page.getByRole("table");
    await table
      .getByRole("link", { name: /hoàn thiện báo cáo đánh giá/ })
      .first()
      .waitFor();
    // Every row says how many days overdue, as the API counts them.
    const badges = await table.getByText(/^Quá hạn · \d+ ngày \(\d+ ngày làm việc\)$/).all();
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.length).toBe(await table.locator("tbody tr").count());
    await screenshot(page, "leaders-01-band-over-90");
    // Nothing of the seed is overdue by a week or less.
    await page.goto(`${server.url}/tasks?latenessBand=1-7`);
    await page.getByText("Không có nhiệm vụ nào khớp bộ lọc.").waitFor();
    await expect(page.getByLabel("Số ngày quá hạn", { exact: true }).first().inputValue()).resolves.toBe(
      "Quá hạn 1–7 ngày",
    );
    await page.context().close();
  });

  it("shows the board with a column per timeliness and its count, and by agency", async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, server.users.secretariat);
    await page.goto(`${server.url}/tasks`);
    await page.getByRole("radiogroup", { name: "Cách hiển thị" }).getByText("Bảng theo cột").click();
    await page.waitForURL(/view=board/);
    const overdue = page.getByRole("region", { name: "Quá hạn", exact: true });
    const badge = overdue.getByLabel(/^Quá hạn: \d+ nhiệm vụ$/);
    await badge.waitFor();
    const count = Number(await badge.textContent());
    expect(count).toBeGreaterThan(0);
    await overdue.getByRole("listitem").first().waitFor();
    const cards = await overdue.getByRole("listitem").count();
    expect(cards).toBe(Math.min(count, 8));
    await overdue
      .getByText(/^Hạn \d{2}\/\d{2}\/\d{4}$/)
      .first()
      .waitFor();
    await page
      .getByRole("region", { name: "Sắp đến hạn", exact: true })
      .getByLabel(/^Sắp đến hạn: 0 nhiệm vụ$/)
      .waitFor();
    await screenshot(page, "leaders-02-board");
    await page.getByRole("radiogroup", { name: "Xếp cột theo" }).getByText("Cơ quan chủ trì").click();
    await page.waitForURL(/by=agency/);
    await page
      .getByRole("region", { name: "Sở Thông tin và Truyền thông" })
      .getByRole("listitem")
      .first()
      .waitFor();
    await screenshot(page, "leaders-03-board-by-agency");
    await page.context().close();
  });

  it("draws the notice's tasks on a timeline, with a table alternative", async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, server.users.secretariat);
    await page.goto(`${server.url}${noticePath}`);
    const timeline = page.getByRole("region", { name: "Dòng thời gian các nhiệm vụ" });
    await timeline.getByTestId("timeline-today").waitFor();
    const rows = await timeline.getByTestId("timeline-row").count();
    expect(rows).toBeGreaterThan(1);
    const labels = await timeline
      .getByTestId("timeline-row")
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    expect(labels.some((l) => /hạn 31\/01\/2023, Quá hạn$/.test(l))).toBe(true);
    await timeline.getByRole("button", { name: "Xem dạng bảng" }).click();
    expect(await timeline.getByRole("table").locator("tbody tr").count()).toBe(rows);
    await screenshot(page, "leaders-04-notice-timeline");
    await timeline.screenshot({ path: `${artifacts}leaders-04b-timeline.png` });
    await page.context().close();
  });

  it("flags the request made after the due date in the decision dialog and on the dashboard", async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, server.users.secretariat);
    const card = page.getByRole("region", { name: "Đề nghị gia hạn chờ quyết định" });
    await card.getByRole("link", { name: /hoàn thiện báo cáo đánh giá/ }).waitFor();
    await card.getByText("Cơ quan chủ trì: Sở Thông tin và Truyền thông").waitFor();
    await card.getByText(/^Quá hạn \d+ ngày \(hạn 31\/01\/2023\)$/).waitFor();
    await card.getByText("Yêu cầu sau hạn").waitFor();
    await card.getByRole("link", { name: /hoàn thiện báo cáo đánh giá/ }).click();
    const decision = page.getByRole("region", { name: "Đề nghị gia hạn chờ quyết định" });
    const flag = decision.getByRole("alert");
    await flag
      .getByText(/Yêu cầu sau hạn/)
      .first()
      .waitFor();
    await flag.getByText(/sau thời hạn 31\/01\/2023\./).waitFor();
    await screenshot(page, "leaders-05-decision-late");
    await decision.screenshot({ path: `${artifacts}leaders-05b-decision.png` });
    await page.context().close();
  });
});
