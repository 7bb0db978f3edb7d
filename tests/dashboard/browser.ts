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

/** A page to open, and text that shows it has loaded. */
export type PageToFit = [name: string, path: string, ready: string];

/**
 * Opens each page at 1280 px and at a phone's 390 px (the widths the README
 * promises) and fails when one is wider than the screen; `prepare` runs on a
 * loaded page first (open what a click opens), and a screenshot of each is kept.
 */
export async function expectPagesFit(
  browser: Browser,
  url: (path: string) => string,
  pages: PageToFit[],
  prefix: string,
  prepare: (name: string) => Promise<void> = async () => {},
): Promise<void> {
  const { page } = browser;
  try {
    for (const [width, height, label] of [
      [1280, 800, "wide"],
      [390, 844, "narrow"],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const [name, path, ready] of pages) {
        await page.goto(url(path));
        await page.getByText(ready).filter({ visible: true }).first().waitFor();
        // Everything the page loads is in (selects get as wide as their options).
        await page.waitForLoadState("networkidle");
        await prepare(name);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) throw new Error(`${path} is ${overflow} px wider than ${width} px`);
        await browser.screenshot(`${prefix}-${label}-${name}`, { fullPage: true });
      }
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
}
