// Debian's Chromium driven by playwright-core (Playwright's own browser
// downloads are not reachable from these machines).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { projectRoot } from "../utils/processes.ts";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumPresent = existsSync(chromiumPath);
// Without Chromium (a fresh machine with only Node) the browser tests are skipped, and say so;
// CI sets CHROMIUM_REQUIRED so that a missing browser fails instead of hiding those tests.
if (!chromiumPresent) {
  if (process.env.CHROMIUM_REQUIRED === "true") throw new Error(`CHROMIUM_REQUIRED is set but there is no Chromium at ${chromiumPath}`);
  console.warn(`No Chromium at ${chromiumPath} (set CHROMIUM_PATH): the dashboard's browser tests are skipped.`);
}

export const screenshotDir = path.join(projectRoot, "tests/screenshots");

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions of the page, in order. */
  problems: string[];
  /** What the screen shows now (the whole page with fullPage), as tests/screenshots/<name>.png. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), "switchyard-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  mkdirSync(screenshotDir, { recursive: true });
  return {
    context,
    page,
    problems,
    screenshot: async (name, { fullPage = false } = {}) => {
      await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
