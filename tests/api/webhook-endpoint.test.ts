// "Add a webhook" as the seeds describe it: a name, a URL, a secret and the
// events, in one mutation; the destination and its signing credential are
// made with the webhook, in its transaction, and verify with the stock
// Standard Webhooks library.
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { createEventType, publish } from "../utils/fixtures.ts";
import { clearDeliveryTestBed, startDeliveryTestBed, stopDeliveryTestBed } from "../utils/delivery-test-bed.ts";
import type { TestApp } from "../utils/test-app.ts";
import type { TestReceiver } from "../utils/test-receiver.ts";

const CreateWithEndpoint = graphql(`
  mutation CreateWebhookWithEndpoint($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      __typename
      ... on WebhookPayload {
        generatedSecret
        webhook {
          id
          name
          destination {
            name
            url
            credential {
              name
              type
            }
          }
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on ConflictError {
        message
        path
      }
    }
  }
`);

let t: TestApp;
let receiver: TestReceiver;
const eventType = "invoice.sent";

beforeAll(async () => {
  ({ t, receiver } = await startDeliveryTestBed());
  await createEventType(t, eventType);
});
afterAll(() => stopDeliveryTestBed(t, receiver));
beforeEach(() => clearDeliveryTestBed(t, receiver));

const counts = async () => ({
  destinations: await t.app.runtime.prisma.destination.count(),
  credentials: await t.app.runtime.prisma.credential.count(),
  webhooks: await t.app.runtime.prisma.webhook.count(),
});

/** Every webhook of these tests listens to the same type: an event reaches each, and `path` names the one checked. */
async function deliveredOne(path: string, secret: string) {
  const published = await publish(t, eventType, { invoice: "inv_1" });
  await t.app.worker!.runOnce();
  await receiver.waitFor(await t.app.runtime.prisma.webhook.count());
  const request = receiver.received.find((r) => r.rawUrl === path)!;
  expect(new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).toMatchObject({ id: published.event.id });
}

describe("createWebhook with a new endpoint", () => {
  it("generates a secret when none is given, returns it once, and signs with it", async () => {
    const result = await t.graphql(CreateWithEndpoint, {
      input: { name: "Billing sync", endpoint: { url: `${receiver.origin}/billing` }, eventTypes: [eventType] },
    });
    const payload = result.data?.createWebhook;
    if (payload?.__typename !== "WebhookPayload") throw new Error(JSON.stringify(result));
    expect(payload.generatedSecret).toMatch(/^whsec_/);
    expect(payload.webhook.destination).toEqual({
      name: "Billing sync",
      url: `${receiver.origin}/billing`,
      credential: { name: "Billing sync signing secret", type: "STANDARD_WEBHOOKS" },
    });
    await deliveredOne("/billing", payload.generatedSecret!);
    // The audit log has the three records the one mutation made.
    const actions = await t.app.runtime.prisma.auditEntry.findMany({ orderBy: { id: "desc" }, take: 3, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["credential.created", "destination.created", "webhook.created"]);
  });

  it("signs with the secret given, and never returns it", async () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const result = await t.graphql(CreateWithEndpoint, {
      input: { name: "Ledger", endpoint: { url: `${receiver.origin}/ledger`, secret }, eventTypes: [eventType] },
    });
    const payload = result.data?.createWebhook;
    if (payload?.__typename !== "WebhookPayload") throw new Error(JSON.stringify(result));
    expect(payload.generatedSecret).toBeNull();
    await deliveredOne("/ledger", secret);
  });

  it("refuses bad input at the field that caused it and leaves nothing half-made", async () => {
    const before = await counts();
    const cases = [
      [{ url: "not a url" }, ["input", "endpoint", "url"]],
      [{ url: `${receiver.origin}/x`, secret: "whsec_short" }, ["input", "endpoint", "secret"]],
    ] as const;
    for (const [endpoint, path] of cases) {
      const result = await t.graphql(CreateWithEndpoint, { input: { name: "Broken", endpoint, eventTypes: [eventType] } });
      expect(result.data?.createWebhook).toMatchObject({ __typename: "ValidationError", issues: [{ path }] });
    }
    // A valid endpoint with an unknown event type: the destination and credential made first are rolled back.
    const unknownType = await t.graphql(CreateWithEndpoint, {
      input: { name: "Unknown type", endpoint: { url: `${receiver.origin}/x` }, eventTypes: ["no.such_type"] },
    });
    expect(unknownType.data?.createWebhook).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "eventTypes", "0"] }],
    });
    const neither = await t.graphql(CreateWithEndpoint, { input: { name: "Nowhere", eventTypes: [eventType] } });
    expect(neither.data?.createWebhook).toMatchObject({ __typename: "ValidationError", issues: [{ path: ["input", "destinationId"] }] });
    expect(await counts()).toEqual(before);
  });

  it("names the conflict when a destination is already named like the webhook, and leaves nothing half-made", async () => {
    const input = { name: "Twice", endpoint: { url: `${receiver.origin}/twice` }, eventTypes: [eventType] };
    expect((await t.graphql(CreateWithEndpoint, { input })).data?.createWebhook?.__typename).toBe("WebhookPayload");
    const before = await counts();
    const again = await t.graphql(CreateWithEndpoint, { input });
    expect(again.data?.createWebhook).toMatchObject({ __typename: "ConflictError", path: ["input", "name"] });
    expect(await counts()).toEqual(before);
  });
});
