// Organizations and signing-secret rotation in a real browser against a real
// Switchyard (worker running, a receiver on loopback): an admin over all
// organizations lists, creates, renames and archives them (an admin of one
// does not see the page); on a destination's page "Rotate signing secret"
// generates a new Standard Webhooks secret shown once, shows the grace
// period's end, and the receiver verifies both secrets with the stock
// library until the grace period is ended. Screenshots in
// tests/screenshots/organizations-*.png.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { Webhook } from "standardwebhooks";
import { graphql } from "../gql/index.ts";
import {
  commandLineOrganization,
  commandLineToken,
  createDestination,
  createEventType,
  createWebhook,
  publish,
} from "../utils/fixtures.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { chromiumPresent, expectPagesFit, openBrowser, type Browser } from "./browser.ts";

const SigningCredential = graphql(`
  mutation DashboardSigningCredential($input: CreateCredentialInput!) {
    createCredential(input: $input) {
      __typename
      ... on CreateCredentialPayload {
        generatedSecret
        credential {
          id
        }
      }
    }
  }
`);

describe.runIf(chromiumPresent)("organizations and signing-secret rotation in the dashboard", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  let browser: Browser;
  let page: Page;
  let wide: string;
  let destinationId: string;
  let oldSecret: string;

  const url = (path: string) => `${t.app.url}${path}`;
  const mainNav = () => page.getByRole("navigation", { name: "Main" });
  const identity = () => page.getByRole("region", { name: "Signed in as" });
  const rowHeaders = () => page.getByRole("table").getByRole("rowheader").allTextContents();

  async function signInAs(token: string) {
    const signOut = page.getByRole("button", { name: "Sign out" });
    await signOut.or(page.getByLabel("Access token")).waitFor();
    if (await signOut.count()) await signOut.click();
    await page.getByLabel("Access token").fill(token);
    await page.getByRole("button", { name: "Sign in" }).click();
    await identity().waitFor();
  }

  const verifies = (secret: string, index: number) => {
    const request = receiver.received[index];
    try {
      new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
      return true;
    } catch {
      return false;
    }
  };

  beforeAll(async () => {
    receiver = await startTestReceiver(204);
    t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" }, startWorker: true });
    const home = (await t.app.runtime.prisma.organization.findFirstOrThrow()).id;
    wide = (await commandLineToken(t, home, { name: "Platform operator", role: "ADMIN", reach: "ALL" })).secret;
    await commandLineOrganization(t, "Old Co");
    const credential = await t.graphql(SigningCredential, {
      input: { name: "Billing signing key", type: "STANDARD_WEBHOOKS", fields: {} },
    });
    const created = credential.data!.createCredential as { generatedSecret: string; credential: { id: string } };
    oldSecret = created.generatedSecret;
    await createEventType(t, "invoice.paid");
    destinationId = await createDestination(t, { name: "Billing", url: `${receiver.origin}/billing`, credentialId: created.credential.id });
    await createWebhook(t, { destinationId, eventTypes: ["invoice.paid"], name: "Invoices" });
    browser = await openBrowser();
    page = browser.page;
    page.setDefaultTimeout(8000);
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === "fail")
      await browser.screenshot(`organizations-failed-${task.name.replace(/\W+/g, "-").slice(0, 60)}`, { fullPage: true });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await receiver?.close();
  });

  it("shows the Organizations page to admins over several organizations only", async () => {
    await page.goto(url("/"));
    await signInAs(t.adminToken);
    await page.getByRole("heading", { name: "Overview", level: 1 }).waitFor();
    expect(await mainNav().getByRole("link").allTextContents()).not.toContain("Organizations");
    await page.goto(url("/organizations"));
    await page.getByText("This token acts in one organization only.").waitFor();

    await signInAs(wide);
    await mainNav().getByRole("link", { name: "Organizations", exact: true }).click();
    await page.getByRole("heading", { name: "Organizations", level: 1 }).waitFor();
    await expect.poll(rowHeaders).toEqual(["Default organizationownacting in", "Old Co"]);
  });

  it("creates, renames and archives organizations, with the API's errors next to the fields", async () => {
    await page.getByRole("button", { name: "Create organization" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Create organization" }).click();
    await dialog.getByText("Name is required.").waitFor();
    await dialog.getByLabel("Name").fill("Acme Loyalty");
    await browser.screenshot("organizations-01-create");
    await dialog.getByRole("button", { name: "Create organization" }).click();
    await expect.poll(rowHeaders).toEqual(["Acme Loyalty", "Default organizationownacting in", "Old Co"]);

    await page.getByRole("button", { name: "Rename Acme Loyalty" }).click();
    await page.getByRole("dialog").getByLabel("Name").fill("Acme Loyalty EU");
    await page.getByRole("dialog").getByRole("button", { name: "Rename" }).click();
    await expect.poll(rowHeaders).toEqual(["Acme Loyalty EU", "Default organizationownacting in", "Old Co"]);
    // The token's own organization cannot be archived from here.
    expect(await page.getByRole("button", { name: "Archive Default organization" }).count()).toBe(0);

    await page.getByRole("button", { name: "Archive Old Co" }).click();
    await page.getByRole("dialog").getByText("Its access tokens stop working at once").waitFor();
    await browser.screenshot("organizations-02-archive");
    await page.getByRole("dialog").getByRole("button", { name: "Archive organization" }).click();
    await expect.poll(rowHeaders).toEqual(["Acme Loyalty EU", "Default organizationownacting in"]);
    await page.getByLabel("Archived").check();
    await expect.poll(rowHeaders).toEqual(["Old Co"]);
    await browser.screenshot("organizations-03-archived");
    const rows = await t.app.runtime.prisma.organization.findMany({ select: { name: true, archivedAt: true }, orderBy: { name: "asc" } });
    expect(rows.map((r) => [r.name, r.archivedAt !== null])).toEqual([
      ["Acme Loyalty EU", false],
      ["Default organization", false],
      ["Old Co", true],
    ]);
  });

  it("rotates a destination's signing secret: the new secret shown once, the grace period's end shown, both secrets verifying", async () => {
    await page.goto(url(`/destinations/${destinationId}`));
    await page.getByRole("button", { name: "Rotate signing secret" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Grace period (hours)").fill("169");
    await dialog.getByRole("button", { name: "Rotate signing secret" }).click();
    await dialog.getByText("At most 168 hours (7 days).").waitFor();
    await dialog.getByLabel("Grace period (hours)").fill("24");
    await dialog.getByRole("button", { name: "Rotate signing secret" }).click();
    const shown = dialog.getByLabel("Signing secret");
    await shown.waitFor();
    const newSecret = await shown.inputValue();
    expect(newSecret).toMatch(/^whsec_/);
    await dialog.getByText("its requests carry the old signature too").waitFor();
    await browser.screenshot("organizations-04-new-secret-once");
    await dialog.getByRole("button", { name: "Done" }).click();

    const grace = page.getByLabel("Grace period", { exact: true });
    await grace.getByText("Billing signing key").waitFor();
    await browser.screenshot("organizations-05-grace-period", { fullPage: true });

    await publish(t, "invoice.paid", { invoice: 1 });
    await receiver.waitFor(1, 10_000);
    expect(verifies(oldSecret, 0), "the old secret only").toBe(true);
    expect(verifies(newSecret, 0), "the new secret only").toBe(true);

    await grace.getByRole("button", { name: "End grace period now" }).click();
    await expect.poll(() => grace.count()).toBe(0);
    await publish(t, "invoice.paid", { invoice: 2 });
    await receiver.waitFor(2, 10_000);
    expect(verifies(oldSecret, 1)).toBe(false);
    expect(verifies(newSecret, 1)).toBe(true);
  });

  it("fits a 1280 px and a narrow (390 px) screen", async () => {
    await expectPagesFit(
      browser,
      url,
      [
        ["organizations", "/organizations", "Acme Loyalty EU"],
        ["destination", `/destinations/${destinationId}`, "Rotate signing secret"],
      ],
      "organizations",
    );
  });
});
