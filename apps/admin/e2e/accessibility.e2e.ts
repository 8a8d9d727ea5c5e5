/**
 * End-to-end accessibility and language: every screen of the built SPA, signed in as the
 * secretariat clerk, an agency officer, a leader and the administrator, checked with axe-core
 * (0 critical and 0 serious violations; each one found is printed with its rule, target and
 * summary) and for visible raw keys or internal ids. Review and publish work with the keyboard
 * alone (Tab, Space, Enter). The data: the first seed notice published (its first directive fans
 * out to many agencies: a long task list), a progress report and an extension request by the
 * officer (a task with history), and the second seed kept as a draft.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { rawTextProblems, seriousViolations } from "./audit-page.js";
import { hasChromium, launch, newPage, signIn } from "./browser.js";
import { publishFirstSeed, seedText } from "./seed.js";
import { type Account, createUser, officerAgency, type Server, session, startServer } from "./server.js";

const firstSeed = seedText("notice-12-TB-UBND-2023-brvt.txt");
const secondSeed = seedText("notice-TB-UBND-2024-vungtau.txt");

let server: Server;
let browser: Browser;
let leader: Account;
let noticeId = "";
let draftId = "";
/** The officer's task with a progress report and a pending extension request. */
let historyTaskId = "";
/** Usernames and agency ids are data that looks like `word.word`: not raw keys. */
const dataValues = ["lan.vp", "binh.stttt", "hoa.ld", "brvt.ubnd", officerAgency];

/** A day two months from now as `YYYY-MM-DD`. */
const inTwoMonths = new Date(Date.now() + 61 * 86_400_000).toISOString().slice(0, 10);

async function seedData(): Promise<void> {
  const seeded = await publishFirstSeed(server);
  noticeId = seeded.noticeId;
  historyTaskId = seeded.officerTaskId;
  const clerk = await session(server.url, server.users.secretariat);
  draftId = ((await clerk("POST", "/v1/notices", { text: secondSeed })) as { id: string }).id;
  const officer = await session(server.url, server.users.officer);
  await officer("POST", `/v1/tasks/${historyTaskId}/progress`, {
    body: "Đã xây dựng dự thảo báo cáo.",
    percent: 40,
  });
  await officer("POST", `/v1/tasks/${historyTaskId}/extensions`, {
    reason: "Chờ ý kiến góp ý của các đơn vị.",
    requestedDueOn: inTwoMonths,
  });
}

/** Runs both checks on the screen as it is now and returns what they found, per screen. */
async function check(page: Page, screen: string, found: Map<string, string[]>): Promise<void> {
  await page.waitForLoadState("networkidle");
  const problems = [
    ...(await seriousViolations(page, screen)),
    ...(await rawTextProblems(page, dataValues)).map((p) => `raw text “${p}”`),
  ];
  if (problems.length > 0) found.set(screen, problems);
}

/** Opens a path and waits for its heading. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}

/** Each tab of the screen in turn. */
async function eachTab(page: Page, screen: string, found: Map<string, string[]>): Promise<void> {
  const tabs = await page.getByRole("tab").all();
  for (const tab of tabs) {
    const name = (await tab.textContent())?.trim() ?? "";
    await tab.click();
    await check(page, `${screen} › ${name}`, found);
  }
}

describe.skipIf(!hasChromium)("accessibility and language of every screen", () => {
  beforeAll(async () => {
    server = await startServer();
    const asAdmin = await session(server.url, server.users.admin);
    leader = await createUser(server.url, asAdmin, {
      username: "hoa.ld",
      displayName: "Lê Thị Hoa",
      role: "leader",
      agencyId: "brvt.ubnd",
    });
    await seedData();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("has no critical or serious violation on the sign-in screen", async () => {
    const page = await newPage(browser);
    const found = new Map<string, string[]>();
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await check(page, "sign-in", found);
    expect(Object.fromEntries(found)).toEqual({});
    await page.context().close();
  });

  it("has none on any screen of the secretariat clerk", async () => {
    const page = await newPage(browser);
    const found = new Map<string, string[]>();
    await signIn(page, server.url, server.users.secretariat);
    await open(page, "/");
    await check(page, "dashboard", found);
    await page.getByRole("button", { name: /tin báo/i }).click();
    await page.getByRole("dialog").waitFor();
    await check(page, "dashboard › tin báo", found);
    await page.keyboard.press("Escape");
    await open(page, "/tasks");
    await page
      .getByRole("link", { name: /hoàn thiện báo cáo đánh giá/ })
      .first()
      .waitFor();
    await check(page, "tasks", found);
    await open(page, `/tasks/${historyTaskId}`);
    await eachTab(page, "task", found);
    await open(page, "/notices");
    await check(page, "notices", found);
    await open(page, `/notices/${noticeId}`);
    await check(page, "notice", found);
    await open(page, `/notices/${draftId}`);
    await check(page, "notice draft", found);
    await open(page, "/import");
    await check(page, "import", found);
    await page.getByLabel("Dán nội dung thông báo").fill(firstSeed);
    await page.getByRole("button", { name: "Đọc văn bản" }).click();
    await page.getByText("Thông tin văn bản").waitFor();
    await check(page, "import › review", found);
    await open(page, "/agencies");
    await eachTab(page, "agencies", found);
    await open(page, "/calendar");
    await check(page, "calendar", found);
    await open(page, "/reports");
    await check(page, "reports", found);
    await open(page, "/integrations");
    await eachTab(page, "integrations", found);
    await open(page, "/account/password");
    await check(page, "password", found);
    expect(Object.fromEntries(found)).toEqual({});
    await page.context().close();
  });

  it("has none on any screen of an agency officer", async () => {
    const page = await newPage(browser);
    const found = new Map<string, string[]>();
    await signIn(page, server.url, server.users.officer);
    await open(page, "/tasks");
    await check(page, "officer tasks", found);
    await open(page, `/tasks/${historyTaskId}`);
    await eachTab(page, "officer task", found);
    await open(page, `/notices/${noticeId}`);
    await check(page, "officer notice", found);
    for (const path of ["/agencies", "/calendar", "/integrations", "/account/password"]) {
      await open(page, path);
      await check(page, `officer ${path}`, found);
    }
    expect(Object.fromEntries(found)).toEqual({});
    await page.context().close();
  });

  it("has none on any screen of a leader and of the administrator", async () => {
    const found = new Map<string, string[]>();
    const page = await newPage(browser);
    await signIn(page, server.url, leader);
    for (const path of [
      "/",
      "/tasks",
      `/tasks/${historyTaskId}`,
      "/notices",
      `/notices/${noticeId}`,
      "/reports",
    ]) {
      await open(page, path);
      await check(page, `leader ${path}`, found);
    }
    await page.context().close();
    const admin = await newPage(browser);
    await signIn(admin, server.url, server.users.admin);
    await open(admin, "/settings");
    await eachTab(admin, "settings", found);
    expect(Object.fromEntries(found)).toEqual({});
    await admin.context().close();
  });

  it("reviews and publishes a notice with the keyboard alone", async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, server.users.secretariat);
    await open(page, `/notices/${draftId}`);
    /** Tabs forward until the focused element matches, then returns it. */
    const tabTo = async (matches: (el: { role: string; name: string }) => boolean, limit = 400) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press("Tab");
        const el = await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          return {
            role: a?.getAttribute("role") ?? a?.tagName.toLowerCase() ?? "",
            type: (a as HTMLInputElement | null)?.type ?? "",
            name:
              a?.getAttribute("aria-label") ??
              ((a as HTMLInputElement | null)?.labels?.[0]?.textContent || a?.textContent) ??
              "",
            checked: (a as HTMLInputElement | null)?.checked ?? false,
          };
        });
        if (matches(el)) return el;
      }
      throw new Error("not reached with Tab");
    };
    // Every warning of the parser ticked as dealt with, by Space on its checkbox.
    const warnings = await page.getByRole("checkbox", { name: "Đã xử lý", checked: false }).count();
    await page.locator("body").focus();
    for (let i = 0; i < warnings; i++) {
      await tabTo((el) => el.name.includes("Đã xử lý") && !(el as { checked?: boolean }).checked);
      await page.keyboard.press("Space");
    }
    await tabTo((el) => el.name.includes("Phát hành thông báo"));
    await page.keyboard.press("Enter");
    // A task whose deadline did not resolve: the dialog asks, and the keyboard answers.
    const dialog = page.getByRole("dialog");
    const outcome = await Promise.race([
      page
        .getByText("Đã phát hành thông báo", { exact: false })
        .waitFor()
        .then(() => "published"),
      dialog.waitFor().then(() => "dialog"),
    ]);
    if (outcome === "dialog") {
      const boxes = await dialog.getByRole("checkbox", { checked: false }).count();
      for (let i = 0; i < boxes; i++) {
        await tabTo(
          (el) => el.name.startsWith("Không có thời hạn") && !(el as { checked?: boolean }).checked,
        );
        await page.keyboard.press("Space");
      }
      await tabTo((el) => el.name.includes("Phát hành thông báo"));
      await page.keyboard.press("Enter");
      await page.getByText("Đã phát hành thông báo", { exact: false }).waitFor();
    }
    await page.context().close();
  });
});
