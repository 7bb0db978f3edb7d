import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { createDestination, createEventType, createWebhook, publish } from "../utils/fixtures.ts";

const CreateEventType = graphql(`
  mutation CreateEventTypeForTest($input: CreateEventTypeInput!) {
    createEventType(input: $input) {
      __typename
      ... on EventTypePayload {
        eventType {
          id
          name
          description
          schema
          example
          archived
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on ConflictError {
        path
        message
      }
    }
  }
`);

const UpdateEventType = graphql(`
  mutation UpdateEventTypeForTest($input: UpdateEventTypeInput!) {
    updateEventType(input: $input) {
      __typename
      ... on EventTypePayload {
        eventType {
          description
          schema
          example
        }
      }
      ... on ValidationError {
        issues {
          path
        }
      }
    }
  }
`);

const ArchiveEventType = graphql(`
  mutation ArchiveEventTypeForTest($id: ID!, $archived: Boolean) {
    archiveEventType(input: { id: $id, archived: $archived }) {
      __typename
      ... on EventTypePayload {
        eventType {
          archived
        }
      }
    }
  }
`);

const ListEventTypes = graphql(`
  query ListEventTypes($filter: EventTypeFilter) {
    eventTypes(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          name
        }
      }
    }
  }
`);

const CreateWebhook = graphql(`
  mutation CreateWebhookForTest($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      __typename
      ... on WebhookPayload {
        webhook {
          id
          name
          url
          state
          eventTypes
          verifyTls
          payloadFormat
          maxEventsPerRequest
          retrySchedule
          customRetrySchedule
          lastTriggeredAt
          destination {
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

const UpdateWebhook = graphql(`
  mutation UpdateWebhookForTest($input: UpdateWebhookInput!) {
    updateWebhook(input: $input) {
      __typename
      ... on WebhookPayload {
        webhook {
          name
          state
          eventTypes
          maxEventsPerRequest
          retrySchedule
          customRetrySchedule
          destination {
            id
          }
        }
      }
      ... on ValidationError {
        issues {
          path
        }
      }
      ... on NotFoundError {
        id
      }
    }
  }
`);

const DeleteWebhook = graphql(`
  mutation DeleteWebhookForTest($id: ID!) {
    deleteWebhook(input: { id: $id }) {
      __typename
    }
  }
`);

const WebhookPages = graphql(`
  query WebhookPages($filter: WebhookFilter, $orderBy: WebhookOrder, $after: String) {
    webhooks(filter: $filter, orderBy: $orderBy, first: 2, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          name
          state
        }
      }
    }
  }
`);

const ListWebhooks = graphql(`
  query ListWebhooks($filter: WebhookFilter, $orderBy: WebhookOrder) {
    webhooks(filter: $filter, orderBy: $orderBy, first: 50) {
      totalCount
      edges {
        node {
          name
          state
        }
      }
    }
  }
`);

const DeleteDestination = graphql(`
  mutation DeleteUsedDestination($id: ID!) {
    deleteDestination(input: { id: $id }) {
      __typename
      ... on DestinationInUseError {
        message
        webhooks {
          id
          name
        }
      }
    }
  }
`);

let t: TestApp;
let destinationId: string;
beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  destinationId = await createDestination(t, { url: "https://localhost/hooks" });
});
afterAll(() => t?.stop());

describe("event types", () => {
  it("creates a type with a schema and an example that fits it", async () => {
    const result = await t.graphql(CreateEventType, {
      input: {
        name: "member.updated",
        description: "A member changed",
        schema: { type: "object", required: ["id"] },
        example: { id: "u1" },
      },
    });
    expect(result.data!.createEventType).toMatchObject({
      __typename: "EventTypePayload",
      eventType: { name: "member.updated", schema: { type: "object", required: ["id"] }, example: { id: "u1" }, archived: false },
    });
    expect((await t.graphql(CreateEventType, { input: { name: "member.updated" } })).data!.createEventType).toMatchObject({
      __typename: "ConflictError",
      path: ["input", "name"],
    });
  });

  it.each([
    [{ name: "NotDotted" }, "input.name"],
    [{ name: "user" }, "input.name"],
    [{ name: "bad.schema", schema: { type: "objekt" } }, "input.schema"],
    [{ name: "bad.schema", schema: { type: "object", unknownKeyword: true } }, "input.schema"],
    [{ name: "bad.example", schema: { type: "object", required: ["id"] }, example: {} }, "input.example"],
  ])("refuses %j at %s", async (input, path) => {
    const result = await t.graphql(CreateEventType, { input });
    expect(result.data!.createEventType.__typename).toBe("ValidationError");
    expect((result.data!.createEventType as { issues: { path: string[] }[] }).issues[0].path.join(".")).toBe(path);
  });

  it("updates description, schema and example, checking them together", async () => {
    const id = await createEventType(t, "order.shipped");
    expect(
      (await t.graphql(UpdateEventType, { input: { id, description: "Shipped", schema: { type: "object" }, example: { a: 1 } } })).data!
        .updateEventType,
    ).toEqual({
      __typename: "EventTypePayload",
      eventType: { description: "Shipped", schema: { type: "object" }, example: { a: 1 } },
    });
    const mismatch = await t.graphql(UpdateEventType, { input: { id, schema: { type: "array" } } });
    expect(mismatch.data!.updateEventType).toMatchObject({ __typename: "ValidationError", issues: [{ path: ["input", "example"] }] });
    expect((await t.graphql(UpdateEventType, { input: { id, schema: null } })).data!.updateEventType).toMatchObject({
      eventType: { schema: null },
    });
  });

  it("archives and restores a type; archived types leave the default list and cannot be subscribed to", async () => {
    const id = await createEventType(t, "legacy.event");
    expect((await t.graphql(ArchiveEventType, { id })).data!.archiveEventType).toEqual({
      __typename: "EventTypePayload",
      eventType: { archived: true },
    });
    const live = await t.graphql(ListEventTypes, {});
    expect(live.data!.eventTypes.edges.map((e) => e.node.name)).not.toContain("legacy.event");
    const archived = await t.graphql(ListEventTypes, { filter: { archived: true } });
    expect(archived.data!.eventTypes.edges.map((e) => e.node.name)).toEqual(["legacy.event"]);
    const subscribe = await t.graphql(CreateWebhook, { input: { name: "x", destinationId, eventTypes: ["legacy.event"] } });
    expect(subscribe.data!.createWebhook).toMatchObject({
      issues: [{ path: ["input", "eventTypes", "0"], message: "No active event type legacy.event." }],
    });
    expect((await t.graphql(ArchiveEventType, { id, archived: false })).data!.archiveEventType).toMatchObject({
      eventType: { archived: false },
    });
  });
});

describe("webhooks", () => {
  it("creates a webhook with its options and the default retry schedule", async () => {
    await createEventType(t, "invoice.created");
    const result = await t.graphql(CreateWebhook, {
      input: {
        name: "Billing",
        destinationId,
        eventTypes: ["invoice.created", "invoice.created"],
        options: { verifyTls: false, maxEventsPerRequest: 20 },
      },
    });
    expect(result.data!.createWebhook).toMatchObject({
      __typename: "WebhookPayload",
      webhook: {
        name: "Billing",
        url: "https://localhost/hooks",
        state: "ACTIVE",
        eventTypes: ["invoice.created"],
        verifyTls: false,
        payloadFormat: "ENVELOPE",
        maxEventsPerRequest: 20,
        retrySchedule: [5, 300, 1800, 7200, 18000, 36000, 36000],
        customRetrySchedule: false,
        lastTriggeredAt: null,
        destination: { id: destinationId },
      },
    });
  });

  it.each([
    [{ destinationId: "dst_01h455vb4pex5vsknk084sn02q", eventTypes: ["invoice.created"] }, "input.destinationId"],
    [{ eventTypes: [] }, "input.eventTypes"],
    [{ eventTypes: ["invoice.created", "no.such"] }, "input.eventTypes.1"],
    [{ eventTypes: ["invoice.created"], options: { maxEventsPerRequest: 101 } }, "input.maxEventsPerRequest"],
    [{ eventTypes: ["invoice.created"], options: { retrySchedule: Array.from({ length: 21 }, () => 60) } }, "input.retrySchedule"],
    [{ eventTypes: ["invoice.created"], options: { retrySchedule: [0, -5] } }, "input.retrySchedule"],
    [{ name: " ", eventTypes: ["invoice.created"] }, "input.name"],
  ])("refuses %j at %s", async (input, path) => {
    const result = await t.graphql(CreateWebhook, { input: { name: "bad", destinationId, ...input } });
    expect(result.data!.createWebhook.__typename).toBe("ValidationError");
    expect((result.data!.createWebhook as { issues: { path: string[] }[] }).issues[0].path.join(".")).toBe(path);
  });

  it("updates events, state and options but never the destination", async () => {
    await createEventType(t, "invoice.voided");
    const id = await createWebhook(t, { destinationId, eventTypes: ["invoice.created"], name: "Updatable" });
    const updated = await t.graphql(UpdateWebhook, {
      input: { id, name: "Updated", eventTypes: ["invoice.voided"], enabled: false, options: { retrySchedule: [0, 60] } },
    });
    expect(updated.data!.updateWebhook).toMatchObject({
      webhook: {
        name: "Updated",
        state: "INACTIVE",
        eventTypes: ["invoice.voided"],
        retrySchedule: [0, 60],
        customRetrySchedule: true,
        destination: { id: destinationId },
      },
    });
    // An empty schedule is the webhook's own: no retries, not the default.
    const none = await t.graphql(UpdateWebhook, { input: { id, options: { retrySchedule: [] } } });
    expect(none.data!.updateWebhook).toMatchObject({ webhook: { customRetrySchedule: true, retrySchedule: [] } });
    const restored = await t.graphql(UpdateWebhook, { input: { id, options: { retrySchedule: null } } });
    expect(restored.data!.updateWebhook).toMatchObject({
      webhook: { customRetrySchedule: false, retrySchedule: [5, 300, 1800, 7200, 18000, 36000, 36000] },
    });
    const missing = await t.graphql(UpdateWebhook, { input: { id: "wh_01h455vb4pex5vsknk084sn02q", name: "x" } });
    expect(missing.data!.updateWebhook).toEqual({ __typename: "NotFoundError", id: "wh_01h455vb4pex5vsknk084sn02q" });
  });

  it("lists, searches and sorts webhooks", async () => {
    const other = await createDestination(t, { url: "https://localhost/special-path" });
    await createWebhook(t, { destinationId: other, eventTypes: ["invoice.created"], name: "Zebra hook" });
    await createWebhook(t, { destinationId: other, eventTypes: ["invoice.created"], name: "Aardvark hook", enabled: false });
    const byUrl = await t.graphql(ListWebhooks, { filter: { search: "special-path" } });
    expect(byUrl.data!.webhooks.edges.map((e) => e.node.name)).toEqual(["Aardvark hook", "Zebra hook"]);
    const desc = await t.graphql(ListWebhooks, { filter: { search: "hook" }, orderBy: { field: "NAME", direction: "DESC" } });
    expect(desc.data!.webhooks.edges[0].node.name).toBe("Zebra hook");
    const inactive = await t.graphql(ListWebhooks, { filter: { enabled: false, search: "special-path" } });
    expect(inactive.data!.webhooks.edges).toEqual([{ node: { name: "Aardvark hook", state: "INACTIVE" } }]);
  });

  it("sorts webhooks by their destination's URL, page after page, whether or not the selection asks for it", async () => {
    await createEventType(t, "url.sorted");
    for (const letter of ["c", "a", "b"]) {
      const destinationId = await createDestination(t, { url: `https://localhost/by-url-${letter}` });
      for (const n of [1, 2]) await createWebhook(t, { destinationId, eventTypes: ["url.sorted"], name: `url ${letter}${n}` });
    }
    const walk = async (direction: "ASC" | "DESC") => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await t.graphql(WebhookPages, { filter: { search: "by-url-" }, orderBy: { field: "URL", direction }, after });
        const connection: { pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: { node: { name: string } }[] } =
          page.data!.webhooks;
        seen.push(...connection.edges.map((e) => e.node.name));
        if (!connection.pageInfo.hasNextPage) return seen;
        after = connection.pageInfo.endCursor ?? null;
      }
    };
    expect(await walk("ASC")).toEqual(["url a1", "url a2", "url b1", "url b2", "url c1", "url c2"]);
    expect(await walk("DESC")).toEqual(["url c2", "url c1", "url b2", "url b1", "url a2", "url a1"]);
  });

  it("sorts webhooks by state, page after page: inactive first ascending, each once", async () => {
    const destinationId = await createDestination(t, { url: "https://localhost/by-state" });
    await createEventType(t, "state.sorted");
    for (const [name, enabled] of [
      ["state 1", true],
      ["state 2", false],
      ["state 3", true],
      ["state 4", false],
      ["state 5", true],
    ] as const)
      await createWebhook(t, { destinationId, eventTypes: ["state.sorted"], name, enabled });
    const walk = async (direction: "ASC" | "DESC") => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await t.graphql(WebhookPages, { filter: { search: "by-state" }, orderBy: { field: "STATE", direction }, after });
        const connection: {
          pageInfo: { hasNextPage: boolean; endCursor?: string | null };
          edges: { node: { name: string; state: string } }[];
        } = page.data!.webhooks;
        seen.push(...connection.edges.map((e) => `${e.node.state} ${e.node.name}`));
        if (!connection.pageInfo.hasNextPage) return seen;
        after = connection.pageInfo.endCursor ?? null;
      }
    };
    const ascending = await walk("ASC");
    expect(ascending.map((s) => s.split(" ")[0])).toEqual(["INACTIVE", "INACTIVE", "ACTIVE", "ACTIVE", "ACTIVE"]);
    expect(new Set(ascending).size).toBe(5);
    const descending = await walk("DESC");
    expect(descending.map((s) => s.split(" ")[0])).toEqual(["ACTIVE", "ACTIVE", "ACTIVE", "INACTIVE", "INACTIVE"]);
    expect([...descending].sort()).toEqual([...ascending].sort());
  });

  it("refuses to delete a destination a webhook uses, naming the webhook; deleting the webhook cancels its pending deliveries", async () => {
    await createEventType(t, "thing.done");
    const used = await createDestination(t, { url: "https://localhost/used" });
    const webhookId = await createWebhook(t, { destinationId: used, eventTypes: ["thing.done"], name: "Keeps it busy" });
    const published = await publish(t, "thing.done", {});
    const refused = await t.graphql(DeleteDestination, { id: used });
    expect(refused.data!.deleteDestination).toEqual({
      __typename: "DestinationInUseError",
      message: 'The destination is used by webhook "Keeps it busy"; delete or change it first.',
      webhooks: [{ id: webhookId, name: "Keeps it busy" }],
    });
    expect((await t.graphql(DeleteWebhook, { id: webhookId })).data!.deleteWebhook.__typename).toBe("DeletePayload");
    const delivery = await t.app.runtime.prisma.delivery.findUniqueOrThrow({ where: { id: published.event.deliveries[0].id } });
    expect(delivery).toMatchObject({ status: "CANCELLED", webhookId: null });
    expect((await t.graphql(DeleteDestination, { id: used })).data!.deleteDestination.__typename).toBe("DeletePayload");
  });
});
