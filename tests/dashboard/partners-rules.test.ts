// What partners use, in a real browser against a real Switchyard (delivery
// worker running, a real receiver on loopback): programs and program-linked
// webhooks, notification rules with a positioned condition error, a
// delivery caused by a rule (raised by a real destination.created), a refused
// destination delete naming a webhook and a rule, the admins' audit log, a
// viewer's read-only pages, and a partner token switching between two
// organizations. Screenshots in tests/screenshots/partners-*.png.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { graphql } from "../gql/index.ts";
import { newId } from "../../server/ids.ts";
import { commandLineToken, createDestination, createEventType, createWebhook, publish } from "../utils/fixtures.ts";
import { graphqlClient, startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { chromiumPresent, expectPagesFit, openBrowser, type Browser, type PageToFit } from "./browser.ts";

const MakeViewer = graphql(`
  mutation PartnersMakeViewer($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
      ... on CreateAccessTokenPayload {
        secret
      }
    }
  }
`);

const PartnerOnlyType = graphql(`
  mutation PartnersPartnerOnlyType($input: CreateEventTypeInput!) {
    createEventType(input: $input) {
      __typename
    }
  }
`);

const RULE = "Ledger alerts";
const BAD_CONDITION = "data.amount > && 1";
const GOOD_CONDITION = 'data.destination.name == "Ledger EU"';

describe.runIf(chromiumPresent)("partners, programs, notification rules and the audit log in the dashboard", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  let browser: Browser;
  let page: Page;
  let north: string;
  let partnerSecret: string;
  let inNorth: TestApp;

  const url = (path: string) => `${t.app.url}${path}`;
  const mainNav = () => page.getByRole("navigation", { name: "Main" });
  const nav = (name: string) => mainNav().getByRole("link", { name, exact: true });
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

  beforeAll(async () => {
    receiver = await startTestReceiver(200);
    t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" }, startWorker: true });
    await createEventType(t, "points.earned");
    // Marked partner-only on the event types page, below.
    const settled = await t.graphql(PartnerOnlyType, {
      input: { name: "partner.settled", description: "A partner settled", partnerOnly: false },
    });
    expect(settled.data?.createEventType.__typename).toBe("EventTypePayload");
    await createDestination(t, { name: "Alerts inbox", url: `${receiver.origin}/alerts` });
    await createDestination(t, { name: "Points receiver", url: `${receiver.origin}/points` });

    // A second and a third organization; the partner token reaches the second only.
    const prisma = t.app.runtime.prisma;
    const home = (await prisma.organization.findFirstOrThrow()).id;
    north = (await prisma.organization.create({ data: { id: newId("Organization"), name: "Northwind Rewards" } })).id;
    await prisma.organization.create({ data: { id: newId("Organization"), name: "Southbay Loyalty" } });
    partnerSecret = (
      await commandLineToken(t, home, { name: "Global partner", role: "ADMIN", reach: "ORGANIZATIONS", organizationIds: [north] })
    ).secret;
    inNorth = {
      ...t,
      graphql: graphqlClient(
        (u, init) => t.app.yoga.fetch(u, { ...init, headers: { ...(init.headers as object), "x-organization-id": north } }),
        partnerSecret,
      ),
    };
    await createEventType(inNorth, "north.happened");
    const northDestination = await createDestination(inNorth, { name: "Northwind only", url: `${receiver.origin}/north` });
    await createWebhook(inNorth, { destinationId: northDestination, eventTypes: ["north.happened"], name: "North hook" });

    browser = await openBrowser();
    page = browser.page;
    page.setDefaultTimeout(8000);
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === "fail")
      await browser.screenshot(`partners-failed-${task.name.replace(/\W+/g, "-").slice(0, 60)}`, { fullPage: true });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await receiver?.close();
  });

  it("signs in an admin of one organization: the new pages in the navigation, the organization by name only", async () => {
    await page.goto(url("/"));
    await signInAs(t.adminToken);
    await page.getByRole("heading", { name: "Overview", level: 1 }).waitFor();
    expect(await mainNav().getByRole("link").allTextContents()).toEqual([
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
    expect(await identity().textContent()).toContain("Default organization");
    expect(await identity().getByRole("combobox").count()).toBe(0);
  });

  it("creates and edits programs, with the API's errors next to the fields", async () => {
    await nav("Programs").click();
    await page.getByText("No programs yet.").waitFor();
    await browser.screenshot("partners-01-programs-empty");
    await page.getByRole("button", { name: "Create program" }).click();
    const dialog = page.getByRole("dialog", { name: "Create a program" });
    await dialog.getByRole("button", { name: "Create program" }).click();
    await dialog.getByText("Name is required.").waitFor();
    expect(await dialog.getByLabel("Name", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await dialog.getByLabel("Name", { exact: true }).fill("Alpha rewards");
    await dialog.getByLabel("Description", { exact: true }).fill("Points for Alpha members");
    await dialog.getByRole("button", { name: "Create program" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("row", { name: /Alpha rewards.*Points for Alpha members/ }).waitFor();

    // A second program by the same name: the conflict is shown at the name.
    await page.getByRole("button", { name: "Create program" }).click();
    await dialog.getByLabel("Name", { exact: true }).fill("Alpha rewards");
    await dialog.getByRole("button", { name: "Create program" }).click();
    await dialog.getByText('A program is already named "Alpha rewards".').waitFor();
    expect(await dialog.getByLabel("Name", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await dialog.getByLabel("Name", { exact: true }).fill("Beta rewards");
    await dialog.getByRole("button", { name: "Create program" }).click();
    await dialog.waitFor({ state: "detached" });

    await page.getByRole("button", { name: "Edit Beta rewards" }).click();
    const edit = page.getByRole("dialog", { name: "Edit “Beta rewards”" });
    await edit.getByLabel("Description", { exact: true }).fill("Beta members' points");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await edit.waitFor({ state: "detached" });
    await page.getByRole("row", { name: /Beta rewards.*Beta members' points/ }).waitFor();
    await page.getByText("Showing 2 of 2 programs").waitFor();
  });

  it("marks an event type partner-only on the event types page", async () => {
    await nav("Event types").click();
    const settled = page.getByRole("switch", { name: "partner.settled partner only" });
    expect(await settled.isChecked()).toBe(false);
    await settled.click();
    await page
      .getByRole("row", { name: /partner\.settled/ })
      .getByText("Partner only")
      .waitFor();
    await expect
      .poll(async () => (await t.app.runtime.prisma.eventType.findFirstOrThrow({ where: { name: "partner.settled" } })).partnerOnly)
      .toBe(true);
    await browser.screenshot("partners-01b-event-type-partner-only");
  });

  it("adds a global and a program webhook: partner-only types closed to the program's, listed in two sections", async () => {
    await nav("Webhooks").click();
    await page.getByRole("link", { name: "Add a webhook" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Points to all");
    await page.getByRole("radio", { name: "An existing destination" }).check();
    await page.getByLabel("Destination", { exact: true }).selectOption({ label: "Alerts inbox" });
    expect(await page.getByLabel("Program", { exact: true }).inputValue()).toBe("");
    const partnerSettled = page.getByRole("checkbox", { name: "partner.settled", exact: true });
    expect(await page.locator(".event-type", { has: partnerSettled }).textContent()).toContain("Partner-only");
    await partnerSettled.check();
    await page.getByRole("checkbox", { name: "points.earned", exact: true }).check();
    await page.getByRole("button", { name: "Add webhook" }).click();
    await page.getByRole("row", { name: /Points to all/ }).waitFor();

    await page.getByRole("link", { name: "Add a webhook" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Alpha points");
    await page.getByRole("radio", { name: "An existing destination" }).check();
    await page.getByLabel("Destination", { exact: true }).selectOption({ label: "Points receiver" });
    await page.getByLabel("Program", { exact: true }).selectOption({ label: "Alpha rewards" });
    // A program's webhook cannot take a partner-only type: the box is closed, and says why.
    expect(await partnerSettled.isDisabled()).toBe(true);
    await page.getByText("Partner-only types are for global webhooks").waitFor();
    await page.getByRole("checkbox", { name: "points.earned", exact: true }).check();
    await browser.screenshot("partners-02-program-webhook-form", { fullPage: true });
    await page.getByRole("button", { name: "Add webhook" }).click();

    // Seed 004's two sections: the global webhooks, and those linked to a program (with its name).
    const globalSection = page.getByRole("region", { name: "Global webhooks" });
    const programSection = page.getByRole("region", { name: "Linked-program webhooks" });
    const alpha = programSection.getByRole("row", { name: /Alpha points/ });
    await alpha.waitFor();
    expect(await alpha.getByRole("cell").first().textContent()).toBe("Alpha rewards");
    expect(await globalSection.getByRole("rowheader").allTextContents()).toEqual(["Points to all"]);
    expect(await programSection.getByRole("rowheader").allTextContents()).toEqual(["Alpha points"]);
    await browser.screenshot("partners-03-webhooks-global-and-program");
    await page.getByLabel("Program", { exact: true }).selectOption({ label: "Beta rewards" });
    await programSection.getByText("No webhook is linked to Beta rewards.").waitFor();
    expect(await globalSection.getByRole("rowheader").allTextContents()).toEqual(["Points to all"]);
    await page.getByLabel("Program", { exact: true }).selectOption({ label: "Alpha rewards" });
    await expect.poll(() => programSection.getByRole("rowheader").allTextContents()).toEqual(["Alpha points"]);

    // A type a program's webhook subscribes to cannot become partner-only: the page says which webhook.
    await nav("Event types").click();
    await page.getByRole("switch", { name: "points.earned partner only" }).click();
    await page.getByText("points.earned cannot be partner-only while the program webhook “Alpha points” subscribes to it").waitFor();
    expect(await page.getByRole("switch", { name: "points.earned partner only" }).isChecked()).toBe(false);
    await browser.screenshot("partners-03b-partner-only-refused");

    await nav("Programs").click();
    const alphaProgram = page.getByRole("row", { name: /Alpha rewards/ });
    await alphaProgram.getByRole("link", { name: "Alpha points", exact: true }).waitFor();
    await browser.screenshot("partners-04-programs");
  });

  it("creates a notification rule on a system event: an invalid condition is pointed at, a valid one saved", async () => {
    await nav("Notification rules").click();
    await page.getByText("No notification rules yet.").waitFor();
    await page.getByRole("link", { name: "Create rule" }).click();
    await page.getByRole("heading", { name: "Create a notification rule" }).waitFor();
    await page.getByLabel("Name", { exact: true }).fill(RULE);
    const eventType = page.getByLabel("Event type", { exact: true });
    // System types are in the select, marked as such.
    await eventType.locator("option", { hasText: "destination.created (system)" }).waitFor({ state: "attached" });
    await eventType.selectOption("destination.created");
    await page.getByRole("checkbox", { name: "Alerts inbox", exact: true }).check();
    const condition = page.getByLabel("Condition", { exact: true });
    await condition.fill(BAD_CONDITION);
    await page.getByRole("button", { name: "Create rule" }).click();

    const conditionField = page.locator(".field", { has: condition });
    await conditionField.getByText("Unexpected token: AND at line 1, column 15.").waitFor();
    expect(await condition.getAttribute("aria-invalid")).toBe("true");
    const pointer = conditionField.locator(".condition-pointer");
    expect(await pointer.textContent()).toBe(`${BAD_CONDITION}\n${" ".repeat(14)}^`);
    expect(await pointer.getAttribute("aria-label")).toBe("Line 1, column 15");
    await browser.screenshot("partners-05-rule-condition-error", { fullPage: true });

    await condition.fill(GOOD_CONDITION);
    await page.getByRole("button", { name: "Create rule" }).click();
    const row = page.getByRole("row", { name: new RegExp(RULE) });
    await row.waitFor();
    expect(await row.textContent()).toContain("destination.created");
    expect(await row.textContent()).toContain(GOOD_CONDITION);
    expect(await row.getByRole("link", { name: "Alerts inbox", exact: true }).count()).toBe(1);
    expect(await row.getByRole("switch").isChecked()).toBe(true);
    await browser.screenshot("partners-06-rules");
  });

  it("shows a delivery the rule caused, naming the rule, in the history and the attempt", async () => {
    const before = receiver.received.length;
    // Real mutations that raise destination.created: only the second matches the condition.
    await createDestination(t, { name: "Ledger US", url: `${receiver.origin}/ledger-us` });
    await createDestination(t, { name: "Ledger EU", url: `${receiver.origin}/ledger-eu` });
    const [request] = (await receiver.waitFor(before + 1, 10_000)).slice(before);
    expect(request.rawUrl).toBe("/alerts");
    expect(JSON.parse(request.body)).toMatchObject({ type: "destination.created", data: { destination: { name: "Ledger EU" } } });
    // The receiver has the request before its attempt is recorded (successful
    // attempts are written in groups); the history is read once it is.
    const ruleAttempts = () => t.app.runtime.prisma.attempt.count({ where: { delivery: { ruleId: { not: null } } } });
    await expect.poll(ruleAttempts, { timeout: 10_000 }).toBe(1);

    await nav("History").click();
    const row = page.getByRole("row", { name: /destination\.created/ });
    await row.waitFor();
    expect(await row.count()).toBe(1); // Ledger US did not match
    expect(await row.getByRole("cell").filter({ hasText: "Rule" }).textContent()).toBe(`Rule ${RULE}`);
    await row.getByRole("link", { name: RULE, exact: true }).waitFor();
    await browser.screenshot("partners-07-history-rule-delivery");

    await row.getByRole("link", { name: "Details of attempt 1 of destination.created" }).click();
    const summary = page.getByRole("region", { name: "Request", exact: true });
    await summary.getByRole("link", { name: RULE, exact: true }).waitFor();
    expect(await summary.textContent()).toMatch(new RegExp(`Sent forRule ${RULE}`));
    await browser.screenshot("partners-08-attempt-rule", { fullPage: true });
  });

  it("refuses to delete a destination a webhook and a rule use, naming both with links", async () => {
    await nav("Destinations").click();
    await page
      .getByRole("row", { name: /Alerts inbox/ })
      .getByRole("link", { name: "Alerts inbox", exact: true })
      .click();
    await page.getByRole("heading", { name: /Alerts inbox/, level: 1 }).waitFor();
    // The detail page names what sends here: the webhook and the rule.
    await page.getByRole("region", { name: "Webhooks sending here" }).getByRole("link", { name: "Points to all", exact: true }).waitFor();
    await page.getByRole("region", { name: "Notification rules sending here" }).getByRole("link", { name: RULE, exact: true }).waitFor();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Delete “Alerts inbox”?" });
    await dialog.getByRole("button", { name: "Yes, delete" }).click();
    await dialog.getByText("cannot be deleted: a webhook and a notification rule send to it").waitFor();
    await dialog.getByRole("list", { name: "Webhooks sending to it" }).getByRole("link", { name: "Points to all", exact: true }).waitFor();
    const rule = dialog.getByRole("list", { name: "Notification rules sending to it" }).getByRole("link", { name: RULE, exact: true });
    await browser.screenshot("partners-09-delete-refused");
    await rule.click();
    await page.getByRole("heading", { name: RULE, level: 1 }).waitFor();
    expect(await page.getByLabel("Condition", { exact: true }).inputValue()).toBe(GOOD_CONDITION);
  });

  it("edits, disables and deletes rules", async () => {
    // On the rule's page (opened from the refused delete): rename it.
    await page.getByLabel("Name", { exact: true }).fill(`${RULE} (EU)`);
    await page.getByRole("button", { name: "Save changes" }).click();
    const row = page.getByRole("row", { name: new RegExp(`${RULE} \\(EU\\)`) });
    await row.waitFor();
    await row.getByRole("switch").click();
    await row.getByText("Disabled", { exact: true }).waitFor();

    // A second rule, matching every event of its type, then deleted.
    await page.getByRole("link", { name: "Create rule" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Throwaway");
    await page.getByLabel("Event type", { exact: true }).selectOption("points.earned");
    await page.getByRole("button", { name: "Create rule" }).click();
    await page.getByText("Send to at least one destination.").waitFor();
    await page.getByRole("checkbox", { name: "Points receiver", exact: true }).check();
    await page.getByRole("button", { name: "Create rule" }).click();
    const throwaway = page.getByRole("row", { name: /Throwaway/ });
    expect(await throwaway.textContent()).toContain("Every event");
    await page.getByRole("button", { name: "Delete Throwaway" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete “Throwaway”?" });
    await dialog.getByRole("button", { name: "Yes, delete" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(rowHeaders).toEqual([`${RULE} (EU)`]);
  });

  it("shows the changes just made in the audit log, newest first, with before and after", async () => {
    await nav("Audit log").click();
    await page.getByRole("heading", { name: "Audit log", level: 1 }).waitFor();
    await page.getByRole("table").waitFor();
    const actions = await rowHeaders();
    expect(actions.slice(0, 4)).toEqual([
      "notification_rule.deleted",
      "notification_rule.created",
      "notification_rule.updated",
      "notification_rule.updated",
    ]);
    for (const action of ["notification_rule.created", "webhook.created", "program.created", "program.updated", "destination.created"])
      expect(actions).toContain(action);
    expect(await page.getByRole("row", { name: /notification_rule\.deleted/ }).textContent()).toContain("First admin token");

    // The rename, opened: before and after side by side, the changed field named.
    const rename = page.getByRole("row", { name: /notification_rule\.updated/ }).last();
    await rename.getByRole("button", { name: /^Show the change notification_rule\.updated/ }).click();
    const opened = page.locator(".audit-change");
    await opened.getByText("Changed: name").waitFor();
    expect(await opened.getByRole("region", { name: "Before notification_rule.updated" }).textContent()).toContain(`"name": "${RULE}"`);
    expect(await opened.getByRole("region", { name: "After notification_rule.updated" }).textContent()).toContain(`"name": "${RULE} (EU)"`);
    await browser.screenshot("partners-10-audit-log", { fullPage: true });

    await page.getByLabel("Record", { exact: true }).selectOption({ label: "Program" });
    await expect.poll(rowHeaders).toEqual(["program.updated", "program.created", "program.created"]);
    await page.getByLabel("Action", { exact: true }).fill("program.updated");
    await expect.poll(rowHeaders).toEqual(["program.updated"]);
  });

  it("fits a 1280 px and a narrow (390 px) screen on every new page", async () => {
    const pages: PageToFit[] = [
      ["programs", "/programs", "Alpha rewards"],
      ["notification-rules", "/notification-rules", `${RULE} (EU)`],
      ["rule-form", "/notification-rules/new", "Condition"],
      ["webhooks", "/webhooks", "Alpha points"],
      ["event-types", "/event-types", "partner.settled"],
      ["history", "/history", "Showing"],
      ["audit-log", "/audit-log", "notification_rule.deleted"],
    ];
    await expectPagesFit(browser, url, pages, "partners", async (name) => {
      if (name === "audit-log")
        await page
          .getByRole("button", { name: /^Show the change/ })
          .first()
          .click();
    });
  });

  it("shows a viewer no audit log and nothing to change on the new pages", async () => {
    const made = await t.graphql(MakeViewer, { input: { name: "Watcher", role: "VIEWER" } });
    const payload = made.data?.createAccessToken;
    if (payload?.__typename !== "CreateAccessTokenPayload") throw new Error(JSON.stringify(made));
    await page.goto(url("/destinations"));
    await signInAs(payload.secret);
    await page.getByRole("heading", { name: "Destinations", level: 1 }).waitFor();
    expect(await nav("Audit log").count()).toBe(0);
    await page.goto(url("/audit-log"));
    await page.getByText("The viewer role cannot open this page.").waitFor();
    expect(await page.getByRole("table").count()).toBe(0);

    await nav("Programs").click();
    await page.getByRole("row", { name: /Alpha rewards/ }).waitFor();
    expect(await page.getByRole("button", { name: /^(Create program|Edit )/ }).count()).toBe(0);
    await nav("Notification rules").click();
    await page.getByRole("row", { name: new RegExp(RULE) }).waitFor();
    expect(await page.getByRole("link", { name: "Create rule" }).count()).toBe(0);
    expect(await page.getByRole("switch").count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Delete/ }).count()).toBe(0);
    await page.getByRole("link", { name: `View ${RULE} (EU)` }).click();
    await page.getByText("Your role can read notification rules but not change them.").waitFor();
    expect(await page.getByLabel("Condition", { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: /Save|Delete/ }).count()).toBe(0);
    await browser.screenshot("partners-11-viewer-rule");
  });

  it("lets a partner token switch between its two organizations, seeing only each one's data, live feed included", async () => {
    await page.goto(url("/destinations"));
    await signInAs(partnerSecret);
    await page.getByRole("row", { name: /Alerts inbox/ }).waitFor();
    const switcher = identity().getByLabel("Organization", { exact: true });
    expect(await switcher.locator("option").allTextContents()).toEqual(["Default organization (own)", "Northwind Rewards"]);
    expect(await page.getByRole("row", { name: /Northwind only/ }).count()).toBe(0);
    await browser.screenshot("partners-12-partner-home");

    await switcher.selectOption({ label: "Northwind Rewards" });
    await page.getByRole("row", { name: /Northwind only/ }).waitFor();
    expect(await page.getByRole("row", { name: /Alerts inbox|Points receiver|Ledger/ }).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem("switchyard.organizationId"))).toBe(north);
    await browser.screenshot("partners-13-partner-north");

    // The choice survives a reload, and the live socket acts in it too.
    await page.reload();
    await page.getByRole("row", { name: /Northwind only/ }).waitFor();
    expect(await identity().getByLabel("Organization", { exact: true }).inputValue()).toBe(north);
    await nav("Live feed").click();
    await page.getByText("Waiting for deliveries").waitFor();
    await expect.poll(() => t.app.runtime.live.stats().subscriptions, { timeout: 5000 }).toBe(1);
    await t.app.runtime.live.settled();
    await publish(inNorth, "north.happened", { n: 1 });
    await page.getByRole("row", { name: /north\.happened/ }).waitFor();

    // Back home: nothing of Northwind stays on screen, and the choice is forgotten.
    await identity().getByLabel("Organization", { exact: true }).selectOption({ label: "Default organization (own)" });
    await page.getByText("Waiting for deliveries").waitFor();
    expect(await page.getByRole("row", { name: /north\.happened/ }).count()).toBe(0);
    await nav("Destinations").click();
    await page.getByRole("row", { name: /Alerts inbox/ }).waitFor();
    expect(await page.getByRole("row", { name: /Northwind only/ }).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem("switchyard.organizationId"))).toBeNull();

    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await browser.screenshot("partners-narrow-switcher", { fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it("lands a partner token on the organization search after sign-in (seed 004), by name or id, and acts in the one chosen", async () => {
    await page.goto(url("/"));
    await signInAs(partnerSecret);
    await page.getByRole("heading", { name: "Organizations", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/organizations");
    expect((await mainNav().getByRole("link").allTextContents())[0]).toBe("Organizations");
    // The switcher searches too, from the second organization on.
    expect(await identity().getByLabel("Search organizations").isVisible()).toBe(true);
    await expect.poll(rowHeaders).toEqual(["Default organizationownacting in", "Northwind Rewards"]);

    await page.getByLabel("Name or id").fill(north);
    await expect.poll(rowHeaders).toEqual(["Northwind Rewards"]);
    await page.getByLabel("Name or id").fill("NORTHWIND");
    await expect.poll(rowHeaders).toEqual(["Northwind Rewards"]);
    await page.getByLabel("Name or id").fill("Southbay");
    await page.getByText("No organization this token reaches matches “Southbay”.").waitFor();
    await page.getByLabel("Name or id").fill("north");
    await expect.poll(rowHeaders).toEqual(["Northwind Rewards"]);
    for (const [width, height, label] of [
      [1280, 800, "wide"],
      [390, 844, "narrow"],
    ] as const) {
      await page.setViewportSize({ width, height });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await browser.screenshot(`partners-14-landing-search-${label}`, { fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole("button", { name: "Act in Northwind Rewards" }).click();
    await page.getByRole("row", { name: /Northwind only/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/destinations");
    expect(await page.evaluate(() => localStorage.getItem("switchyard.organizationId"))).toBe(north);
    await identity().getByLabel("Organization", { exact: true }).selectOption({ label: "Default organization (own)" });
    await page.getByRole("row", { name: /Alerts inbox/ }).waitFor();
  });

  it("logged no errors in the page", () => {
    expect(browser.problems).toEqual([]);
  });
});
