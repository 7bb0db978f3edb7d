// A destination whose circuit is open, in the dashboard: the page says so,
// with the cooldown and when the next probe goes out, and an operator closes
// the circuit from there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDestination } from "../utils/fixtures.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { chromiumPresent, openBrowser, type Browser } from "./browser.ts";

describe.runIf(chromiumPresent)("a destination's circuit breaker, in the dashboard", () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("shows the open circuit, its cooldown and next probe, and closes it", async () => {
    const id = await createDestination(t, { name: "Flaky receiver", url: "http://127.0.0.1:9/flaky" });
    const now = Date.now();
    // As the worker leaves it after a failed probe: opened twice in a row, so two minutes this time.
    await t.app.runtime.prisma.destination.update({
      where: { id },
      data: {
        consecutiveFailures: 11,
        failingSince: new Date(now - 5 * 60_000),
        lastFailureAt: new Date(now),
        circuitOpenings: 2,
        circuitOpenedAt: new Date(now),
        circuitOpenUntil: new Date(now + 120_000),
      },
    });

    const { page } = browser;
    await page.goto(`${t.app.url}/`);
    await page.getByLabel("Access token").fill(t.adminToken);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    await page.goto(`${t.app.url}/destinations/${id}`);
    const callout = page.getByRole("status", { name: "Circuit breaker" });
    await callout.getByText("Circuit open.").waitFor();
    await callout.getByText(/After 11 failures in a row/).waitFor();
    await callout.getByText(/nothing is sent to it for 2 minutes/).waitFor();
    await callout.getByText(/Next probe in 2 minutes/).waitFor();
    await browser.screenshot("destination-circuit-open", { fullPage: true });

    await callout.getByRole("button", { name: "Close circuit now" }).click();
    await callout.waitFor({ state: "detached" });
    const row = await t.app.runtime.prisma.destination.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ consecutiveFailures: 0, circuitOpenUntil: null, circuitOpenings: 0 });
    expect(browser.problems).toEqual([]);
  });
});
