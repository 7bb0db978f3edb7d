// Sources in a real browser against a real Switchyard: create one with an
// incoming credential made in place, copy its ingest URL, post a Stripe-signed
// request and a tampered one to it over HTTP, and read both in the request log
// (accepted with its event, refused with the reason); rotate the key; the pages
// fit 1280 and 390 px. Screenshots in tests/screenshots/sources-*.png.
import Stripe from "stripe";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEventType } from "../utils/fixtures.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { chromiumPresent, expectPagesFit, openBrowser, type Browser } from "./browser.ts";

const signingKey = "whsec_dashboard_sources_key_0001";
const stripe = new Stripe("sk_test_not_used");

describe.runIf(chromiumPresent)("sources in the dashboard", () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let ingestUrl = "";
  const url = (path: string) => `${t.app.url}${path}`;

  beforeAll(async () => {
    t = await startTestApp();
    await createEventType(t, "stripe.invoice.paid");
    browser = await openBrowser();
    page = browser.page;
    page.setDefaultTimeout(8000);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === "fail")
      await browser.screenshot(`sources-failed-${task.name.replace(/\W+/g, "-").slice(0, 60)}`, { fullPage: true });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("creates a source with a new incoming credential, shows the API's errors, and opens its page with the ingest URL", async () => {
    await page.goto(url("/"));
    await page.getByLabel("Access token").fill(t.adminToken);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources", exact: true }).click();
    await page.getByText("No sources yet.").waitFor();
    await page.getByRole("button", { name: "Create source" }).click();
    const dialog = page.getByRole("dialog", { name: "Create a source" });
    await dialog.getByRole("button", { name: "Create source" }).click();
    await dialog.getByText("Name is required.").waitFor();

    await dialog.getByLabel("Name", { exact: true }).fill("Stripe");
    await dialog.getByRole("button", { name: "New credential…" }).click();
    const credential = page.getByRole("dialog", { name: /credential/i }).last();
    await credential.getByLabel("Type").selectOption("STRIPE_SIGNATURE");
    await credential.getByLabel("Name", { exact: true }).fill("Stripe endpoint secret");
    await credential.getByLabel("Signing key").fill(signingKey);
    await credential.getByRole("button", { name: /^Create/ }).click();
    await expect.poll(() => dialog.getByLabel("Incoming credential").inputValue()).toMatch(/^cred_/);

    await dialog.getByLabel("Named by a field of the payload").check();
    await dialog.getByLabel("Payload field").fill("type");
    await dialog.getByLabel("Prefix").fill("Stripe");
    await dialog.getByRole("button", { name: "Create source" }).click();
    await dialog.getByText(/each followed by a dot/).waitFor();
    await dialog.getByLabel("Prefix").fill("stripe.");
    await browser.screenshot("sources-01-create");
    await dialog.getByRole("button", { name: "Create source" }).click();

    await page.getByRole("heading", { name: "Stripe", level: 1 }).waitFor();
    ingestUrl = (await page.locator(".copy-value code").textContent()) ?? "";
    expect(ingestUrl).toMatch(new RegExp(`^${t.app.url}/ingest/ik_[A-Za-z0-9_-]{32}$`));
    await page.getByRole("button", { name: "Copy URL" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ingestUrl);
    await page.getByText("No requests yet.").waitFor();
  });

  it("shows accepted and refused requests in the log, with the reason and the event", async () => {
    const body = JSON.stringify({ id: "evt_dash_1", type: "invoice.paid", data: {} });
    const signature = stripe.webhooks.generateTestHeaderString({ payload: body, secret: signingKey });
    const send = (payload: string) =>
      fetch(ingestUrl, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body: payload });
    expect((await send(body)).status).toBe(200);
    expect((await send(body.replace("evt_dash_1", "evt_dash_2"))).status).toBe(401);
    // The log follows the incomingRequests subscription: no reload.
    const rows = page.getByRole("table", { name: "Requests" }).getByRole("row");
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    await page.getByText("Bad signature").waitFor();
    await page.getByRole("link", { name: "stripe.invoice.paid" }).waitFor();
    expect(await page.getByText(/No v1 signature of the Stripe-Signature header matches/).count()).toBe(1);
    await browser.screenshot("sources-02-requests", { fullPage: true });
  });

  it("rotates the key: a new URL, and the old one is refused", async () => {
    await page.getByRole("button", { name: "Rotate key" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Rotate key" }).click();
    await expect.poll(() => page.locator(".copy-value code").textContent()).not.toBe(ingestUrl);
    expect((await fetch(ingestUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(404);
  });

  it("lists the source, and every page fits 1280 and 390 px", async () => {
    await page.goto(url("/sources"));
    await page.getByRole("table").getByRole("link", { name: "Stripe" }).waitFor();
    expect(await page.getByRole("table").getByText("stripe.{type}").count()).toBe(1);
    const id = await page.getByRole("table").getByRole("link", { name: "Stripe" }).getAttribute("href");
    await expectPagesFit(
      browser,
      url,
      [
        ["sources", "/sources", "Copy URL"],
        ["source", id!, "Bad signature"],
      ],
      "sources",
    );
  });

  it("deletes a source after a confirmation: back on the list, its URL refused", async () => {
    await page.goto(url("/sources"));
    await page.getByRole("table").getByRole("link", { name: "Stripe" }).click();
    const ingest = await page.locator(".copy-value code").textContent();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog").getByText("Its ingest URL stops working at once").waitFor();
    await page.getByRole("dialog").getByRole("button", { name: "Yes, delete" }).click();
    await page.getByRole("heading", { name: "Sources", level: 1 }).waitFor();
    await expect.poll(() => page.getByRole("table").getByRole("link", { name: "Stripe" }).count()).toBe(0);
    expect((await fetch(ingest!, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(404);
  });
});
