/**
 * Debian's Chromium driven by playwright-core (no browser download). Missing Chromium fails the
 * run in CI (`CI=true`) and skips locally with a message.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { onTestFailed } from "vitest";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const isCi = process.env.CI === "true";
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium && isCi) {
  throw new Error(
    `Chromium not found at ${chromiumPath}: CI must install it (scripts/ci-system-deps.sh, apt-get install chromium)`,
  );
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export const artifacts = new URL("../test-artifacts/", import.meta.url).pathname;

/** Saves a full-page screenshot of the current screen as `test-artifacts/NAME.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

/**
 * A page in a fresh context (Vietnamese locale, Asia/Ho_Chi_Minh) that fails the test on an
 * uncaught page error, logs 5xx responses and console errors, and screenshots a failing test.
 */
export async function newPage(browser: Browser, width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  onTestFailed(async ({ task }) => {
    await screenshot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, "-")}`);
  });
  page.on("pageerror", (error) => {
    throw error;
  });
  page.on("response", (response) => {
    if (response.status() >= 500) console.error(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") console.error(`console: ${message.text()}`);
  });
  return page;
}

/** Signs in through the sign-in screen and waits for the main navigation. */
export async function signIn(
  page: Page,
  baseUrl: string,
  user: { readonly username: string; readonly password: string },
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Tên đăng nhập hoặc thư điện tử").fill(user.username);
  await page.getByLabel("Mật khẩu").fill(user.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByRole("navigation", { name: "Điều hướng chính" }).waitFor();
}
