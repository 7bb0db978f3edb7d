// The request page of an attempt whose response was not text: the dashboard
// says so and shows the body's exact bytes in base64, and how many response
// headers were not stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publish, subscribe } from "../utils/fixtures.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { chromiumPresent, openBrowser, type Browser } from "./browser.ts";

describe.runIf(chromiumPresent)("an attempt whose response was not text, in the dashboard", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  let browser: Browser;

  beforeAll(async () => {
    const headers = Array.from({ length: 120 }, (_, i) => `x-h-${i}: ${i}\r\n`).join("");
    receiver = await startTestReceiver(() => ({
      raw: `HTTP/1.1 200 OK\r\n${headers}content-length: 7\r\nconnection: close\r\n\r\nabc\u0000def`,
    }));
    t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await receiver?.close();
  });

  it("labels the body as base64 of its bytes and counts the headers left out", async () => {
    const { eventType } = await subscribe(t, { url: receiver.origin });
    const published = await publish(t, eventType, {});
    await t.app.worker!.runOnce();
    const attempt = await t.app.runtime.prisma.attempt.findFirstOrThrow({ where: { eventId: published.event.id } });

    const { page } = browser;
    await page.goto(`${t.app.url}/`);
    await page.getByLabel("Access token").fill(t.adminToken);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    await page.goto(`${t.app.url}/history/${attempt.id}`);
    const response = page.getByRole("region", { name: "Response headers" });
    await response.getByText("Not text (NUL bytes, invalid UTF-8 or binary): its 7 bytes in base64.").waitFor();
    expect(await response.locator("pre").textContent()).toBe("YWJjAGRlZg==");
    // 120 sent, plus content-length and connection; 100 kept.
    await response.getByText("22 more headers were not stored.").waitFor();
    await browser.screenshot("attempt-body-base64", { fullPage: true });
    expect(browser.problems).toEqual([]);
  });
});
