/**
 * Debian's Chromium driven by playwright-core (no browser download). Missing Chromium fails the
 * run in CI (`CI=true`) and skips locally with a message.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

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
