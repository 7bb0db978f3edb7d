// Builds the usual chain through the API: event type → destination → webhook.
import { graphql } from "../gql/index.ts";
import type { CreateDestinationInput, WebhookOptionsInput } from "../gql/graphql.ts";
import { createOrganization, forNewOrganization } from "../../server/organizations/organizations.ts";
import { createAccessToken, type CreatedAccessToken, type NewAccessToken } from "../../server/tokens/access-tokens.ts";
import { operationFor } from "../../server/operation.ts";
import { COMMAND_LINE } from "../../server/changes/change.ts";
import type { Organization } from "../../server/db/generated/client.ts";
import { graphqlClient, type TestApp } from "./test-app.ts";

const FixtureEventType = graphql(`
  mutation FixtureEventType($input: CreateEventTypeInput!) {
    createEventType(input: $input) {
      __typename
      ... on EventTypePayload {
        eventType {
          id
          name
        }
      }
    }
  }
`);

const FixtureDestination = graphql(`
  mutation FixtureDestination($input: CreateDestinationInput!) {
    createDestination(input: $input) {
      __typename
      ... on DestinationPayload {
        destination {
          id
          url
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const FixtureWebhook = graphql(`
  mutation FixtureWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      __typename
      ... on WebhookPayload {
        webhook {
          id
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const FixturePublish = graphql(`
  mutation FixturePublish($input: PublishEventInput!) {
    publishEvent(input: $input) {
      __typename
      ... on PublishedEvent {
        duplicate
        event {
          id
          deliveries {
            id
          }
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

let counter = 0;

export async function createEventType(
  t: Pick<TestApp, "graphql">,
  name: string,
  extra: { schema?: unknown; example?: unknown } = {},
): Promise<string> {
  const result = await t.graphql(FixtureEventType, { input: { name, description: `${name} happened`, ...extra } });
  if (result.data?.createEventType.__typename !== "EventTypePayload") throw new Error(JSON.stringify(result));
  return result.data.createEventType.eventType.id;
}

export async function createDestination(
  t: Pick<TestApp, "graphql">,
  input: Partial<CreateDestinationInput> & { url: string },
): Promise<string> {
  const result = await t.graphql(FixtureDestination, { input: { name: `Destination ${++counter}`, ...input } });
  const payload = result.data?.createDestination;
  if (payload?.__typename !== "DestinationPayload") throw new Error(JSON.stringify(result));
  return payload.destination.id;
}

export async function createWebhook(
  t: Pick<TestApp, "graphql">,
  input: { destinationId: string; eventTypes: string[]; options?: WebhookOptionsInput; enabled?: boolean; name?: string },
): Promise<string> {
  const result = await t.graphql(FixtureWebhook, { input: { name: input.name ?? `Webhook ${++counter}`, ...input } });
  const payload = result.data?.createWebhook;
  if (payload?.__typename !== "WebhookPayload") throw new Error(JSON.stringify(result));
  return payload.webhook.id;
}

/** Event type, destination and webhook in one go; returns their ids. */
export async function subscribe(
  t: Pick<TestApp, "graphql">,
  options: { url: string; eventType?: string; destination?: Partial<CreateDestinationInput>; webhook?: WebhookOptionsInput },
) {
  const eventType = options.eventType ?? `test.event_${++counter}`;
  await createEventType(t, eventType);
  const destinationId = await createDestination(t, { ...options.destination, url: options.url });
  const webhookId = await createWebhook(t, { destinationId, eventTypes: [eventType], options: options.webhook });
  return { eventType, destinationId, webhookId };
}

export async function publish(t: Pick<TestApp, "graphql">, type: string, payload: unknown, idempotencyKey?: string) {
  const result = await t.graphql(FixturePublish, { input: { type, payload, idempotencyKey } });
  const published = result.data?.publishEvent;
  if (published?.__typename !== "PublishedEvent") throw new Error(JSON.stringify(result));
  return published;
}

/** A token made as `npm run cli -- token create` makes one, in `organizationId`. */
export function commandLineToken(t: Pick<TestApp, "app">, organizationId: string, input: NewAccessToken): Promise<CreatedAccessToken> {
  return createAccessToken(operationFor(t.app.runtime, { organizationId }, COMMAND_LINE), input);
}

/** An organization made as `npm run cli -- organization create` makes one. */
export function commandLineOrganization(t: Pick<TestApp, "app">, name: string): Promise<Organization> {
  return createOrganization(forNewOrganization(t.app.runtime, COMMAND_LINE), { name });
}

/** A second organization with its own admin token, called through the same app. */
export async function asNewOrganization(t: TestApp, name: string): Promise<TestApp & { organizationId: string }> {
  const organization = await commandLineOrganization(t, name);
  const admin = await commandLineToken(t, organization.id, { name: `${name} admin`, role: "ADMIN" });
  return {
    ...t,
    organizationId: organization.id,
    adminToken: admin.secret,
    graphql: graphqlClient((url, init) => t.app.yoga.fetch(url, init), admin.secret),
  };
}
