// The notification rules page tells a rule's owner when its condition ran
// out of evaluation steps on an event (and so did not match it), in a real
// browser against a real Switchyard. Screenshot in tests/screenshots/rule-over-budget.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { createDestination, createEventType, publish } from "../utils/fixtures.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { chromiumPresent, openBrowser, type Browser } from "./browser.ts";

const CreateRule = graphql(`
  mutation OverBudgetCreateRule($input: CreateNotificationRuleInput!) {
    createNotificationRule(input: $input) {
      __typename
    }
  }
`);

describe.runIf(chromiumPresent)("a rule over its step budget in the dashboard", () => {
  let t: TestApp;
  let browser: Browser;
  let eventId: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
    await createEventType(t, "list.received");
    const destinationId = await createDestination(t, { name: "Inbox", url: "http://127.0.0.1:9/inbox" });
    for (const [name, condition] of [
      ["Every pair", "data.l.all(a, data.l.all(b, a == b || a != b))"],
      ["Short lists", "size(data.l) < 10"],
    ]) {
      const created = await t.graphql(CreateRule, {
        input: { name, eventType: "list.received", condition, destinationIds: [destinationId] },
      });
      expect(created.data?.createNotificationRule.__typename).toBe("NotificationRulePayload");
    }
    eventId = (await publish(t, "list.received", { l: Array.from({ length: 2000 }, (_, i) => i) })).event.id;
    browser = await openBrowser();
    browser.page.setDefaultTimeout(8000);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("shows the over-budget note on that rule's row only", async () => {
    const { page } = browser;
    await page.goto(`${t.app.url}/`);
    await page.getByLabel("Access token").fill(t.adminToken);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notification rules", exact: true }).click();
    const row = (name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
    const note = row("Every pair").getByRole("note");
    await note.waitFor();
    expect(await note.textContent()).toContain(
      `Evaluation error Stopped on event ${eventId} after its 1,000,000 evaluation steps; it counted as not matching.`,
    );
    expect(await row("Short lists").getByRole("note").count()).toBe(0);
    await browser.screenshot("rule-over-budget");
    expect(browser.problems).toEqual([]);
  });
});
