// The live feed's budget in a running server: an organization may hold only so
// many subscriptions open, and its subscribers are sent only so many items a
// second; what is dropped is counted on the next item, so nothing goes
// missing unannounced. Another organization is not held back by the first.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { wsClient } from "../utils/live-clients.ts";
import { asNewOrganization, publish, subscribe } from "../utils/fixtures.ts";

const BudgetFeed = graphql(`
  subscription BudgetFeed($filter: LiveFeedFilter) {
    deliveryAttempts(filter: $filter) {
      missedBefore
      attempt {
        id
      }
    }
  }
`);
type Item = { deliveryAttempts: { missedBefore: number; attempt: { id: string } } };

const PER_ORGANIZATION = 2;
const ITEMS_PER_SECOND = 3;

let t: TestApp;
let receiver: TestReceiver;
const clients: { dispose(): unknown }[] = [];
const ws = (token: string) => {
  const client = wsClient(t.app.url!, { authorization: `Bearer ${token}` });
  clients.push(client);
  return client;
};
const open = () => t.app.runtime.liveBudget.stats().subscriptions;

beforeAll(async () => {
  t = await startTestApp({
    env: {
      SWITCHYARD_ALLOW_HTTP: "true",
      SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8",
      SWITCHYARD_LIVE_MAX_SUBSCRIPTIONS_PER_ORGANIZATION: String(PER_ORGANIZATION),
      SWITCHYARD_LIVE_ITEMS_PER_SECOND_PER_ORGANIZATION: String(ITEMS_PER_SECOND),
    },
  });
  receiver = await startTestReceiver(200);
});
beforeEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
  await expect.poll(open, { timeout: 5000 }).toBe(0);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await receiver?.close();
  await t?.stop();
});

describe("the live feed's budget", () => {
  it("refuses an organization's subscription past its bound with TOO_MANY_SUBSCRIPTIONS, not another organization's", async () => {
    const first = ws(t.adminToken);
    const held = [first.subscribe<Item>(BudgetFeed), first.subscribe<Item>(BudgetFeed)];
    await expect.poll(open, { timeout: 5000 }).toBe(PER_ORGANIZATION);

    const refused = ws(t.adminToken).subscribe<Item>(BudgetFeed);
    await expect.poll(() => refused.errors.length, { timeout: 5000 }).toBe(1);
    expect(JSON.stringify(refused.errors[0])).toContain("TOO_MANY_SUBSCRIPTIONS");
    expect(JSON.stringify(refused.errors[0])).toContain(`already has ${PER_ORGANIZATION} live-feed subscriptions`);
    expect(open()).toBe(PER_ORGANIZATION);

    const other = await asNewOrganization(t, "Watching too");
    ws(other.adminToken).subscribe<Item>(BudgetFeed);
    await expect.poll(open, { timeout: 5000 }).toBe(PER_ORGANIZATION + 1);

    // A subscription that ends gives its place back.
    held[0].stop();
    await expect.poll(open, { timeout: 5000 }).toBe(PER_ORGANIZATION);
    const again = ws(t.adminToken).subscribe<Item>(BudgetFeed);
    await expect.poll(open, { timeout: 5000 }).toBe(PER_ORGANIZATION + 1);
    expect(again.errors).toEqual([]);
  });

  it("sends a subscriber only its share of items a second, and counts every one it dropped on the next it sends", async () => {
    const { eventType, destinationId } = await subscribe(t, { url: receiver.origin });
    const feed = ws(t.adminToken).subscribe<Item>(BudgetFeed, { filter: { destinationId } });
    await expect.poll(open, { timeout: 5000 }).toBe(1);
    await t.app.runtime.live.settled();

    const burst = 20;
    for (let i = 0; i < burst; i++) await publish(t, eventType, { i });
    await t.app.worker!.runOnce();
    // After a pause the budget has room again: the next attempt is sent, and says what was dropped before it.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await publish(t, eventType, { last: true });
    await t.app.worker!.runOnce();

    const accounted = () => feed.items.reduce((sum, item) => sum + 1 + item.deliveryAttempts.missedBefore, 0);
    await expect.poll(accounted, { timeout: 10_000 }).toBe(burst + 1);
    expect(feed.items.length).toBeLessThan(burst);
    expect(feed.items.at(-1)!.deliveryAttempts.missedBefore).toBeGreaterThan(0);
    expect(new Set(feed.items.map((item) => item.deliveryAttempts.attempt.id)).size).toBe(feed.items.length);
  }, 30_000);
});
