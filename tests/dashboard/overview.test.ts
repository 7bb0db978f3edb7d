// The dashboard's home (the overview), the live feed opening on its latest
// attempts, and two layout checks: the History table's URL column at 1280 px
// and the sidebar on a long page. Real Switchyard, worker and receiver.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDestination, publish, subscribe } from "../utils/fixtures.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { chromiumPresent, expectPagesFit, openBrowser, type Browser } from "./browser.ts";

describe.runIf(chromiumPresent)("the overview and the live feed's history, in the dashboard", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  let browser: Browser;
  let ok: Awaited<ReturnType<typeof subscribe>>;
  let gone: Awaited<ReturnType<typeof subscribe>>;
  const url = (path: string) => `${t.app.url}${path}`;
  const attempts = () => t.app.runtime.prisma.attempt.count();

  beforeAll(async () => {
    t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" }, startWorker: true });
    // 410 Gone disables its destination at once: no retries to make the counts move under the test.
    receiver = await startTestReceiver((request) => ({ status: request.rawUrl.startsWith("/gone") ? 410 : 200 }));
    // A long URL, as real receivers have: the History table must not squeeze it to a letter a line.
    ok = await subscribe(t, {
      url: `${receiver.origin}/ok/webhooks/switchyard/orders-and-invoices/eu-west-1/production/receiver`,
      destination: { name: "Orders EU" },
    });
    gone = await subscribe(t, { url: `${receiver.origin}/gone`, destination: { name: "Retired CRM" } });
    const paused = await createDestination(t, { url: `${receiver.origin}/paused`, name: "Paused warehouse" });
    await t.app.runtime.prisma.destination.update({ where: { id: paused }, data: { state: "PAUSED" } });
    for (let i = 0; i < 60; i++) await publish(t, ok.eventType, { order: i });
    await publish(t, gone.eventType, { customer: 1 });
    for (let waited = 0; (await attempts()) < 61; waited += 100) {
      if (waited > 20_000) throw new Error(`only ${await attempts()} of 61 attempts made`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    browser = await openBrowser();
    await browser.page.goto(url("/"));
    await browser.page.getByLabel("Access token").fill(t.adminToken);
    await browser.page.getByRole("button", { name: "Sign in" }).click();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await receiver?.close();
  });

  it("opens on the overview: numbers, charts, the destinations that need attention, updated by itself", async () => {
    const { page } = browser;
    await page.getByRole("heading", { name: "Overview", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/overview");
    const summary = page.locator(".chart-summary");
    await summary.getByText("61 delivery attempts, 98.4% succeeded").waitFor();
    const now = page.getByRole("region", { name: "Now" });
    expect(await now.textContent()).toMatch(/Success rate98\.4%/);
    expect(await now.textContent()).toMatch(/Backlog0due now/);
    expect(await now.textContent()).toMatch(/Lagnone/);
    expect(await page.locator(".chart canvas").count()).toBeGreaterThanOrEqual(3);

    const attention = page.getByRole("table", { name: "Destinations that need attention, worst first" });
    const rows = attention.getByRole("row");
    await expect.poll(() => rows.count()).toBe(3); // the heading row and two destinations
    expect(await rows.nth(1).textContent()).toMatch(/Retired CRM.*Disabled.*Failing/);
    expect(await rows.nth(2).textContent()).toMatch(/Paused warehouse.*Paused.*0.*Never/);
    expect(await attention.textContent()).not.toContain("Orders EU");
    await browser.screenshot("overview-home", { fullPage: true });

    // New deliveries show without a reload.
    for (let i = 0; i < 4; i++) await publish(t, ok.eventType, { later: i });
    await expect.poll(attempts, { timeout: 10_000 }).toBe(65);
    await summary.getByText("65 delivery attempts").waitFor({ timeout: 10_000 });

    await page.getByLabel("Time range").selectOption("lastDay");
    await summary.getByText("65 delivery attempts").waitFor();
    await browser.screenshot("overview-last-day", { fullPage: true });

    await attention.getByRole("link", { name: "Retired CRM" }).click();
    await page.getByRole("heading", { name: "Retired CRM", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/destinations/${gone.destinationId}`);
  });

  it("fits a 1280 px and a 390 px screen", async () => {
    await expectPagesFit(browser, url, [["overview", "/overview", "Destinations that need attention"]], "overview");
  });

  it("opens the live feed on the latest attempts, then adds new ones, each once", async () => {
    const { page } = browser;
    await page.goto(url("/live"));
    const details = page.locator(".feed tbody tr .row-actions a");
    // Nothing new is published: these are history, there at once.
    await expect.poll(() => details.count(), { timeout: 5000 }).toBe(50);
    const latest = await t.app.runtime.prisma.attempt.findMany({ orderBy: [{ sentAt: "desc" }, { id: "desc" }], take: 50 });
    const shown = async () => (await details.evaluateAll((links) => links.map((a) => a.getAttribute("href")))).map((h) => h!.slice(9));
    expect((await shown()).sort()).toEqual(latest.map((a) => a.id).sort());
    // Newest first: by when each was recorded (its answer came), which is how the feed orders them.
    const recordedAt = (a: (typeof latest)[number]) => a.sentAt.getTime() + a.durationMs;
    const lastRecorded = Math.max(...latest.map(recordedAt));
    expect(latest.filter((a) => recordedAt(a) === lastRecorded).map((a) => a.id)).toContain((await shown())[0]);
    await browser.screenshot("overview-live-feed-history");

    await expect.poll(() => t.app.runtime.live.stats().subscriptions, { timeout: 5000 }).toBe(1);
    await publish(t, ok.eventType, { live: true });
    await expect.poll(attempts, { timeout: 10_000 }).toBe(66);
    const newest = await t.app.runtime.prisma.attempt.findFirstOrThrow({ orderBy: [{ sentAt: "desc" }, { id: "desc" }] });
    await expect.poll(async () => (await shown())[0], { timeout: 5000 }).toBe(newest.id);
    const ids = await shown();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(51);
  });

  it("keeps the History table's URLs readable at 1280 px, and the sidebar down to the end of a long page", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url("/history"));
    await page.getByText("Showing").waitFor();
    await page.waitForLoadState("networkidle");
    await browser.screenshot("overview-history-wide");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const cells = page.locator("td.cell-url");
    await expect.poll(() => cells.count()).toBeGreaterThan(20);
    const shapes = await cells.evaluateAll((tds) =>
      tds.map((td) => {
        // The lines the URL's text takes: one box per line.
        const range = document.createRange();
        range.selectNodeContents(td);
        const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
        return { width: td.getBoundingClientRect().width, lines };
      }),
    );
    for (const shape of shapes) {
      // One character a line was ~10 px wide and dozens of lines tall; this 95-character URL takes five or six lines of an 11.5rem column.
      expect(shape.width).toBeGreaterThanOrEqual(180);
      expect(shape.lines).toBeLessThanOrEqual(6);
    }

    const reach = await page.evaluate(() => {
      const sidebar = document.querySelector(".sidebar")!;
      const dark = getComputedStyle(sidebar).backgroundColor;
      // What paints the sidebar's colour down the left edge of the whole page (as a full-page screenshot shows it).
      let bottom = 0;
      for (const element of [sidebar, ...Array.from(document.querySelectorAll(".shell > *"))]) {
        if (getComputedStyle(element).backgroundColor !== dark) continue;
        const box = element.getBoundingClientRect();
        if (box.left <= 0 && box.top + window.scrollY <= 0) bottom = Math.max(bottom, box.bottom + window.scrollY);
      }
      return { bottom, pageHeight: document.documentElement.scrollHeight, viewport: window.innerHeight };
    });
    // A long page, and the sidebar's column all the way down it.
    expect(reach.pageHeight).toBeGreaterThan(reach.viewport * 2);
    expect(reach.bottom).toBeGreaterThanOrEqual(reach.pageHeight - 1);
    await browser.screenshot("overview-history-long", { fullPage: true });
    expect(browser.problems).toEqual([]);
  });
});
