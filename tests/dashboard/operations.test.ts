// The operator's dashboard in a real browser against a real Switchyard with
// its delivery worker running and a real receiver on loopback: sign in,
// create a credential, a destination and a webhook, publish an event through
// the API, watch it arrive in the live feed without a reload, open its
// details, re-send it from the history and see the second attempt. Along the
// way: validation issues next to fields, copy buttons, send test, refused
// deletes, charts, a viewer's read-only pages, and a screenshot of every page
// at 1280 px and at 390 px (tests/screenshots/ops-*.png).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { graphql } from "../gql/index.ts";
import { createEventType, publish } from "../utils/fixtures.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { Webhook } from "standardwebhooks";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { chromiumPresent, expectPagesFit, openBrowser, type Browser, type PageToFit } from "./browser.ts";

const MakeToken = graphql(`
  mutation OpsMakeToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
      ... on CreateAccessTokenPayload {
        secret
      }
    }
  }
`);

const EVENT_TYPE = "invoice.paid";
const EXAMPLE = { invoiceId: "inv_example", amount: 1200, currency: "EUR" };

describe.runIf(chromiumPresent)("operating Switchyard from the dashboard", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  let browser: Browser;
  let page: Page;
  let destinationId: string;
  let eventId: string;

  const url = (path: string) => `${t.app.url}${path}`;
  const nav = (name: string) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true });
  const liveSubscriptions = () => t.app.runtime.live.stats().subscriptions;

  beforeAll(async () => {
    receiver = await startTestReceiver(() => ({ status: 200, headers: { "content-type": "application/json" }, body: '{"received":true}' }));
    t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" }, startWorker: true });
    await createEventType(t, EVENT_TYPE, { example: EXAMPLE });
    await createEventType(t, "customer.created");
    browser = await openBrowser();
    page = browser.page;
    // A step that cannot happen fails in seconds, not at the test's timeout.
    page.setDefaultTimeout(8000);
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: t.app.url! });
  });

  // What the page showed when a step failed.
  afterEach(async ({ task }) => {
    if (task.result?.state === "fail")
      await browser.screenshot(`ops-failed-${task.name.replace(/\W+/g, "-").slice(0, 60)}`, { fullPage: true });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await receiver?.close();
  });

  it("signs in and lands on the overview, then the empty destinations page", async () => {
    await page.goto(url("/"));
    await page.getByLabel("Access token").fill(t.adminToken);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Overview", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/overview");
    await page.getByText("Nothing was sent in this time.").waitFor();
    await browser.screenshot("ops-00-overview-empty");
    await nav("Destinations").click();
    await page.getByText("No destinations yet.").waitFor();
    expect(await page.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents()).toEqual([
      "Overview",
      "Destinations",
      "Webhooks",
      "Programs",
      "Notification rules",
      "Live feed",
      "History",
      "Sources",
      "Event types",
      "Credentials",
      "Access tokens",
      "Audit log",
      "Using the API",
    ]);
    await browser.screenshot("ops-01-destinations-empty");
  });

  it("creates a credential from its type's fields, with the API's issues next to the fields", async () => {
    await nav("Credentials").click();
    await page.getByRole("button", { name: "Create credential" }).click();
    const dialog = page.getByRole("dialog", { name: "Create a credential" });
    expect(await dialog.getByLabel("Type").inputValue()).toBe("M3TER_SIGNED_REQUEST");
    await dialog.getByLabel("API key").waitFor();
    // Another type brings its own fields.
    await dialog.getByLabel("Type").selectOption("API_KEY");
    await dialog.getByLabel("Placement").waitFor();
    await dialog.getByLabel("Type").selectOption("M3TER_SIGNED_REQUEST");

    await dialog.getByRole("button", { name: "Create credential" }).click();
    await dialog.getByText("Name is required.").waitFor();
    expect(await dialog.getByLabel("Name").getAttribute("aria-invalid")).toBe("true");
    // The type's own fields are checked once the name is there.
    await dialog.getByLabel("Name").fill("Billing signer");
    await dialog.getByLabel("API key").fill("key_billing_1");
    await dialog.getByRole("button", { name: "Create credential" }).click();
    const apiSecret = dialog.getByLabel("API secret");
    await dialog.locator('input[name="apiSecret"][aria-invalid="true"]').waitFor();
    expect(await apiSecret.getAttribute("type")).toBe("password");
    await browser.screenshot("ops-02-credential-validation");

    await apiSecret.fill("a-very-secret-api-secret");
    await dialog.getByRole("button", { name: "Create credential" }).click();
    await dialog.waitFor({ state: "detached" });
    const row = page.getByRole("row", { name: /Billing signer/ });
    expect(await row.textContent()).toMatch(/m3ter signed request.*Webhook destination.*key_billing_1.*just now.*cred_/);
    expect(await page.content()).not.toContain("a-very-secret-api-secret");
    // Sortable by type too (seed 003: any column heading).
    await page.getByRole("button", { name: "Type" }).click();
    await page.locator('th[aria-sort="ascending"]', { hasText: "Type" }).waitFor();
    await row.waitFor();
    await browser.screenshot("ops-03-credentials");
  });

  it("creates a destination: the code follows the name, the credential is chosen", async () => {
    await nav("Destinations").click();
    await page.getByRole("link", { name: "Create destination" }).click();
    await page.getByRole("heading", { name: "Create destination" }).waitFor();
    await page.getByLabel("Name").pressSequentially("Billing Receiver");
    expect(await page.getByLabel("Code").inputValue()).toBe("billing_receiver");
    await page.getByLabel("URL").fill("not a url");
    await page.getByRole("button", { name: "Create destination" }).click();
    await page.locator(".field-errors").first().waitFor();
    expect(await page.getByLabel("URL").getAttribute("aria-invalid")).toBe("true");
    await browser.screenshot("ops-04-destination-form-validation", { fullPage: true });

    await page.getByLabel("Code").fill("billing");
    await page.getByLabel("Name").fill("Billing Receiver EU");
    expect(await page.getByLabel("Code").inputValue()).toBe("billing"); // edited by hand: it stays
    await page.getByLabel("URL").fill(`${receiver.origin}/hooks`);
    await page.getByLabel("Description").fill("Invoices for the EU ledger");
    await page.getByLabel("Credential", { exact: true }).selectOption({ label: "Billing signer (m3ter signed request)" });
    await page.getByRole("button", { name: "Create destination" }).click();

    await page.getByRole("heading", { name: /Billing Receiver EU/ }).waitFor();
    destinationId = new URL(page.url()).pathname.split("/").at(-1)!;
    expect(destinationId).toMatch(/^dst_/);
    const details = page.getByRole("region", { name: "Destination details" });
    expect(await details.textContent()).toContain("key_billing_1");
    await details.getByRole("button", { name: "Copy URL" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${receiver.origin}/hooks`);
    await details.getByRole("button", { name: "Copy destination id" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(destinationId);
    await details.getByRole("button", { name: "Copy API key" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("key_billing_1");
  });

  it("sends a test event and shows the result", async () => {
    await page.getByRole("button", { name: "Send test event" }).click();
    await page.getByText("Test event delivered").waitFor();
    expect(await page.locator(".send-test-result").textContent()).toMatch(/200 in \d+ ms/);
    const [request] = await receiver.waitFor(1);
    expect(JSON.parse(request.body)).toMatchObject({ type: "switchyard.test" });
    expect(request.headers["x-m3ter-apikey"] ?? request.headers["x-api-key"] ?? JSON.stringify(request.headers)).toContain("key_billing_1");
    await browser.screenshot("ops-05-destination-detail", { fullPage: true });
  });

  it("adds a webhook with event types as checkboxes, their example behind “?”", async () => {
    await nav("Webhooks").click();
    await page.getByText("No webhooks yet.").waitFor();
    await page.getByRole("link", { name: "Add a webhook" }).click();
    await page.getByRole("heading", { name: "Add a webhook" }).waitFor();
    await page.getByRole("button", { name: "Add webhook" }).click();
    await page.getByText("Name is required.").waitFor();

    await page.getByLabel("Name").fill("Invoices to billing");
    await page.getByRole("radio", { name: "An existing destination" }).check();
    await page.getByLabel("Destination", { exact: true }).selectOption({ label: "Billing Receiver EU" });
    const invoicePaid = page.getByRole("checkbox", { name: EVENT_TYPE });
    expect(await page.locator(".event-type", { has: invoicePaid }).textContent()).toContain(`${EVENT_TYPE} happened`);
    await page.getByRole("button", { name: `About ${EVENT_TYPE}` }).click();
    await page.getByText('"invoiceId": "inv_example"').waitFor();
    await invoicePaid.check();
    await page.getByLabel("Retry schedule (seconds before each retry)").fill("5, 60, 600");
    await browser.screenshot("ops-06-webhook-form", { fullPage: true });
    await page.getByRole("button", { name: "Add webhook" }).click();

    const row = page.getByRole("row", { name: /Invoices to billing/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(new RegExp(`/hooks.*${EVENT_TYPE}.*Never.*Active`));
    // The state toggles in place.
    await row.getByRole("switch").click();
    await row.getByText("Inactive").waitFor();
    await row.getByRole("switch").click();
    await row.getByText("Active", { exact: true }).waitFor();
    // Sortable by state too.
    await page.getByRole("button", { name: "State" }).first().click();
    await page.locator('th[aria-sort="ascending"]', { hasText: "State" }).first().waitFor();
    await row.waitFor();
    await page.getByRole("button", { name: "URL" }).first().click();
    await page.locator('th[aria-sort="ascending"]', { hasText: "URL" }).first().waitFor();
    await row.waitFor();
    await browser.screenshot("ops-07-webhooks");
  });

  it("opens the live feed on the attempts made before, then shows a published event arriving, without a reload", async () => {
    await nav("Live feed").click();
    // The test event sent earlier is there at once, from history.
    await page.getByRole("row", { name: /switchyard\.test/ }).waitFor();
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await expect.poll(liveSubscriptions, { timeout: 5000 }).toBe(1);
    await t.app.runtime.live.settled();

    const published = await publish(t, EVENT_TYPE, { invoiceId: "inv_1", amount: 4200 });
    eventId = published.event.id;
    const row = page.getByRole("row", { name: new RegExp(EVENT_TYPE) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/200.*\d+ ms.*Billing Receiver EU.*invoice\.paid.*#1/);
    expect(await row.getAttribute("class")).toContain("feed-ok");
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await browser.screenshot("ops-08-live-feed");
  });

  it("pauses and resumes the feed", async () => {
    await page.getByRole("button", { name: "Pause" }).click();
    await publish(t, "customer.created", { customerId: "cus_1" }); // no webhook: nothing is sent
    await publish(t, EVENT_TYPE, { invoiceId: "inv_2", amount: 10 });
    await page.getByText("Paused: 1 new").waitFor();
    expect(await page.getByRole("row", { name: new RegExp(EVENT_TYPE) }).count()).toBe(1);
    await browser.screenshot("ops-09-live-feed-paused");
    await page.getByRole("button", { name: "Resume" }).click();
    await expect.poll(() => page.getByRole("row", { name: new RegExp(EVENT_TYPE) }).count()).toBe(2);
  });

  it("opens an attempt's details: request and response headers and bodies", async () => {
    // The oldest row of the feed is the first event's attempt.
    await page
      .getByRole("row", { name: new RegExp(EVENT_TYPE) })
      .last()
      .getByRole("link", { name: /Details/ })
      .click();
    await page.getByRole("heading", { name: /invoice\.paid to Billing Receiver EU: attempt 1/ }).waitFor();
    expect(await page.getByRole("region", { name: "Request", exact: true }).textContent()).toContain(eventId);
    const requestHeaders = page.getByRole("region", { name: "Request headers" });
    expect(await requestHeaders.textContent()).toMatch(/webhook-id/);
    expect(await requestHeaders.textContent()).toContain('"invoiceId": "inv_1"');
    const response = page.getByRole("region", { name: "Response headers" });
    expect(await response.textContent()).toMatch(/content-type.*application\/json/);
    expect(await response.textContent()).toContain('"received": true');
    await browser.screenshot("ops-10-attempt-detail", { fullPage: true });
  });

  it("finds the event in the history by id, re-sends it, and shows the second attempt", async () => {
    await nav("History").click();
    await page.getByLabel("Event id, URL or destination").fill(eventId);
    await page.getByText("Showing 1 of 1 request").waitFor();
    await browser.screenshot("ops-11-history-search");
    const before = receiver.received.length;
    await page.getByRole("button", { name: `Re-send ${EVENT_TYPE} to Billing Receiver EU` }).click();
    await page.getByText(`Re-sent ${EVENT_TYPE}: attempt 2 succeeded (200).`).waitFor();
    expect(receiver.received.length).toBe(before + 1);
    await page.getByText("Showing 2 of 2 requests").waitFor();
    expect(await page.getByRole("row", { name: /#2 \(re-send\)/ }).count()).toBe(1);
    await page.getByRole("link", { name: "View it" }).click();
    await page.getByRole("heading", { name: /attempt 2$/ }).waitFor();
    const attempts = page.getByRole("region", { name: "Attempts of this delivery" });
    expect(await attempts.getByRole("listitem").allTextContents()).toEqual([
      expect.stringMatching(/Attempt 2.*200.*Manual/),
      expect.stringMatching(/Attempt 1.*200/),
    ]);

    // And again from the details page: the list there grows too.
    await page.getByRole("button", { name: "Re-send" }).click();
    await page.getByText(/Re-sent: attempt 3 succeeded/).waitFor();
    await expect.poll(() => attempts.getByRole("listitem").count()).toBe(3);
    await browser.screenshot("ops-12-resent", { fullPage: true });
  });

  it("sorts the history by a column and retries failed deliveries in bulk", async () => {
    await nav("History").click();
    await page.getByLabel("Event id, URL or destination").fill("");
    await page.getByRole("button", { name: "Duration" }).click();
    await page.locator('th[aria-sort="descending"]', { hasText: "Duration" }).waitFor();
    await page.getByRole("button", { name: "Retry failed since…" }).click();
    const dialog = page.getByRole("dialog", { name: "Retry failed deliveries" });
    await dialog.getByRole("button", { name: "Retry failed deliveries" }).click();
    await dialog.getByText("Choose a destination.").waitFor();
    await dialog.getByLabel("Destination").selectOption({ label: "Billing Receiver EU" });
    await dialog.getByRole("button", { name: "Retry failed deliveries" }).click();
    await dialog.getByText("No failed deliveries since then: nothing to retry.").waitFor();
    await dialog.getByRole("button", { name: "Done" }).click();
    await browser.screenshot("ops-13-history");
  });

  it("charts the destination's success rate and latency", async () => {
    await page.goto(url(`/destinations/${destinationId}`));
    const charts = page.getByRole("region", { name: "Success rate and latency" });
    await charts.getByText(/\d+ requests, 100% succeeded, in the last 24 hours\./).waitFor();
    expect(await charts.locator("canvas").count()).toBe(2);
    await charts.getByText("Show the numbers").click();
    await browser.screenshot("ops-14-destination-charts", { fullPage: true });
  });

  it("refuses to delete a destination a webhook uses, naming the webhook", async () => {
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Delete “Billing Receiver EU”?" });
    await dialog.getByRole("button", { name: "Yes, delete" }).click();
    await dialog.getByText(/cannot be deleted: a webhook sends to it/).waitFor();
    await dialog.getByRole("link", { name: "Invoices to billing" }).waitFor();
    await browser.screenshot("ops-15-delete-refused");
    await dialog.getByRole("button", { name: "Close" }).click();

    // The credential is refused the same way, naming the destination.
    await nav("Credentials").click();
    await page.getByRole("button", { name: "Delete Billing signer" }).click();
    const credentialDialog = page.getByRole("dialog", { name: "Delete “Billing signer”?" });
    await credentialDialog.getByRole("button", { name: "Delete credential" }).click();
    await credentialDialog.getByRole("link", { name: "Billing Receiver EU" }).waitFor();
    await credentialDialog.getByRole("button", { name: "Close" }).click();
  });

  it("adds a webhook as the seeds do: a name, a URL, a secret left to Switchyard and the events; the secret shown once", async () => {
    await nav("Webhooks").click();
    await page.getByRole("link", { name: "Add a webhook" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Customers to CRM");
    await page.getByLabel("Payload URL").fill(`${receiver.origin}/crm`);
    await page.getByRole("checkbox", { name: "customer.created", exact: true }).check();
    await browser.screenshot("ops-15b-webhook-with-endpoint", { fullPage: true });
    await page.getByRole("button", { name: "Add webhook" }).click();
    await page.getByText("Switchyard generated it and will never show it again").waitFor();
    const secret = await page.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole("button", { name: "Done" }).click();
    await page
      .getByRole("row", { name: /Customers to CRM/ })
      .getByRole("link", { name: "Customers to CRM", exact: true })
      .first()
      .click();
    // Editing shows the secret's reminder (its last characters), never the secret.
    await page.getByText(`(whsec_…${secret.slice(-4)})`).waitFor();
    expect(await page.content()).not.toContain(secret);

    receiver.received.length = 0;
    const published = await publish(t, "customer.created", { customerId: "cus_9" });
    await expect.poll(() => receiver.received.some((r) => r.rawUrl === "/crm"), { timeout: 10_000 }).toBe(true);
    const request = receiver.received.find((r) => r.rawUrl === "/crm")!;
    // A receiver holding only the secret shown once verifies the request with the stock library.
    expect(new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).toMatchObject({ id: published.event.id });
  });

  it("has a screenshot of every page, and fits a 1280 px and a narrow (390 px) screen", async () => {
    await nav("Event types").click();
    await page.getByRole("row", { name: new RegExp(EVENT_TYPE) }).waitFor();
    await browser.screenshot("ops-16-event-types");

    const pages: PageToFit[] = [
      ["destinations", "/destinations", "Billing Receiver EU"],
      ["destination-detail", `/destinations/${destinationId}`, "Destination details"],
      ["destination-edit", `/destinations/${destinationId}/edit`, "Custom headers"],
      ["credentials", "/credentials", "Billing signer"],
      ["webhooks", "/webhooks", "Invoices to billing"],
      ["event-types", "/event-types", EVENT_TYPE],
      ["overview", "/overview", "Destinations that need attention"],
      ["live-feed", "/live", "Billing Receiver EU"],
      ["history", "/history", "Showing"],
      ["access-tokens", "/access-tokens", "First admin token"],
    ];
    await expectPagesFit(browser, url, pages, "ops");
    // Ten pages at two widths, each waiting for the network to go quiet: more than the default on a busy machine.
  }, 60_000);

  it("shows a viewer read-only pages: no create, delete or re-send", async () => {
    const made = await t.graphql(MakeToken, { input: { name: "Watcher", role: "VIEWER" } });
    const payload = made.data?.createAccessToken;
    if (payload?.__typename !== "CreateAccessTokenPayload") throw new Error(JSON.stringify(made));
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.goto(url("/destinations"));
    await page.getByLabel("Access token").fill(payload.secret);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("row", { name: /Billing Receiver EU/ }).waitFor();
    expect(await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Access tokens" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Create destination" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Delete/ }).count()).toBe(0);
    await nav("History").click();
    await page.getByText("Showing").waitFor();
    expect(await page.getByRole("button", { name: /^Re-send/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Retry failed since…" }).count()).toBe(0);
    await nav("Webhooks").click();
    await page.getByRole("row", { name: /Invoices to billing/ }).waitFor();
    expect(await page.getByRole("switch").count()).toBe(0);
    await browser.screenshot("ops-17-viewer-webhooks");
  });

  it("logged no errors in the page", () => {
    expect(browser.problems).toEqual([]);
  });
});
