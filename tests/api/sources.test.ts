// Sources over GraphQL: create, list, edit, rotate, delete, with typed errors,
// an audit entry and a system event for each change, and the credential a
// source verifies with kept from deletion.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { commandLineToken, createEventType } from "../utils/fixtures.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";

const CreateCredentialForSource = graphql(`
  mutation CreateCredentialForSource($input: CreateCredentialInput!) {
    createCredential(input: $input) {
      __typename
      ... on CreateCredentialPayload {
        credential {
          id
        }
      }
    }
  }
`);

graphql(`
  fragment SourceFields on Source {
    id
    name
    ingestPath
    ingestUrl
    credential {
      id
      type
    }
    eventTypeMode
    eventType
    eventTypeField
    eventTypePrefix
    createEventTypes
    program {
      id
    }
    enabled
  }
`);

const CreateSource = graphql(`
  mutation CreateSource($input: CreateSourceInput!) {
    createSource(input: $input) {
      __typename
      ... on SourcePayload {
        source {
          ...SourceFields
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

const UpdateSource = graphql(`
  mutation UpdateSource($input: UpdateSourceInput!) {
    updateSource(input: $input) {
      __typename
      ... on SourcePayload {
        source {
          ...SourceFields
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on NotFoundError {
        id
      }
    }
  }
`);

const RotateKey = graphql(`
  mutation RotateKey($id: ID!) {
    rotateSourceKey(input: { id: $id }) {
      __typename
      ... on SourcePayload {
        source {
          ingestPath
        }
      }
    }
  }
`);

const DeleteSource = graphql(`
  mutation DeleteSource($id: ID!) {
    deleteSource(input: { id: $id }) {
      __typename
      ... on DeletePayload {
        deletedId
      }
      ... on NotFoundError {
        id
      }
    }
  }
`);

const DeleteUsedCredential = graphql(`
  mutation DeleteUsedCredential($id: ID!) {
    deleteCredential(input: { id: $id }) {
      __typename
      ... on CredentialInUseError {
        message
        destinations {
          id
        }
        sources {
          id
          name
        }
      }
      ... on DeletePayload {
        deletedId
      }
    }
  }
`);

const ListSources = graphql(`
  query ListSources($filter: SourceFilter) {
    sources(filter: $filter, first: 20) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

let t: TestApp;
let stripeCredential: string;
let outgoingCredential: string;

async function credential(type: "STRIPE_SIGNATURE" | "BEARER", fields: Record<string, string>) {
  const result = await t.graphql(CreateCredentialForSource, { input: { name: `${type} credential`, type, system: "Test", fields } });
  if (result.data?.createCredential.__typename !== "CreateCredentialPayload") throw new Error(JSON.stringify(result));
  return result.data.createCredential.credential.id;
}

async function create(input: Record<string, unknown>) {
  const result = await t.graphql(CreateSource, { input: { name: "Stripe", credentialId: stripeCredential, ...input } as never });
  return result.data!.createSource;
}

beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_PUBLIC_URL: "https://hooks.example.com/" } });
  stripeCredential = await credential("STRIPE_SIGNATURE", { signingKey: "whsec_sources_test_key_00001" });
  outgoingCredential = await credential("BEARER", { token: "abc123" });
  await createEventType(t, "stripe.charge");
}, 60_000);
afterAll(async () => {
  await t?.stop();
});

describe("creating a source", () => {
  it("gives it an unguessable ingest key, the full URL under SWITCHYARD_PUBLIC_URL, and records the change", async () => {
    const created = await create({ name: "Stripe live", eventType: "stripe.charge" });
    if (created.__typename !== "SourcePayload") throw new Error(JSON.stringify(created));
    const source = created.source;
    expect(source).toMatchObject({ name: "Stripe live", eventTypeMode: "FIXED", eventType: "stripe.charge", enabled: true });
    expect(source.credential).toEqual({ id: stripeCredential, type: "STRIPE_SIGNATURE" });
    expect(source.ingestPath).toMatch(/^\/ingest\/ik_[A-Za-z0-9_-]{32}$/);
    expect(source.ingestUrl).toBe(`https://hooks.example.com${source.ingestPath}`);

    const prisma = t.app.runtime.prisma;
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { resourceId: source.id } });
    expect(audit.action).toBe("source.created");
    const raised = await prisma.event.findFirstOrThrow({ where: { type: "source.created" } });
    expect(raised.payload).toMatchObject({ source: { id: source.id, name: "Stripe live" } });
    // The key is the secret part of the URL: never in the audit log or a system event.
    const key = source.ingestPath.split("/").at(-1)!;
    expect(JSON.stringify([audit, raised])).not.toContain(key);
  });

  it.each([
    ["an outgoing credential", { name: "Out", credentialId: "", eventType: "stripe.charge" }, "credentialId", /incoming type/],
    ["no event type for FIXED", { name: "No type" }, "eventType", /needs the event type/],
    ["no field for PAYLOAD_FIELD", { name: "No field", eventTypeMode: "PAYLOAD_FIELD" }, "eventTypeField", /payload field/],
    ["a system event type", { name: "Forger", eventType: "destination.deleted" }, "eventType", /system event types/i],
    [
      "a bad prefix",
      { name: "Prefix", eventTypeMode: "PAYLOAD_FIELD", eventTypeField: "type", eventTypePrefix: "Stripe" },
      "eventTypePrefix",
      /dot/,
    ],
    ["a NUL in the name", { name: "a\u0000b", eventType: "stripe.charge" }, "name", /NUL/],
  ])("refuses %s with a ValidationError at its field, writing nothing", async (_name, input, field, message) => {
    const before = await t.app.runtime.prisma.source.count();
    const result = await create({ ...input, ...("credentialId" in input && { credentialId: outgoingCredential }) });
    expect(result.__typename).toBe("ValidationError");
    if (result.__typename !== "ValidationError") return;
    expect(result.issues[0].path).toEqual(["input", field]);
    expect(result.issues[0].message).toMatch(message);
    expect(await t.app.runtime.prisma.source.count()).toBe(before);
  });

  it("refuses a second source of the same name with a ConflictError", async () => {
    await create({ name: "Twice", eventType: "stripe.charge" });
    const again = await create({ name: "Twice", eventType: "stripe.charge" });
    expect(again).toMatchObject({ __typename: "ConflictError", path: ["input", "name"] });
  });

  it("is refused to a viewer", async () => {
    const organizationId = (await t.app.runtime.prisma.organization.findFirstOrThrow()).id;
    const viewer = await commandLineToken(t, organizationId, { name: "viewer", role: "VIEWER" });
    const result = await t.graphql(
      CreateSource,
      { input: { name: "V", credentialId: stripeCredential, eventType: "stripe.charge" } },
      { token: viewer.secret },
    );
    expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("changing a source", () => {
  it("edits what is given, switches modes, rotates the key and deletes, each recorded", async () => {
    const created = await create({ name: "Editable", eventType: "stripe.charge" });
    if (created.__typename !== "SourcePayload") throw new Error(JSON.stringify(created));
    const id = created.source.id;
    const updated = await t.graphql(UpdateSource, {
      input: { id, eventTypeMode: "PAYLOAD_FIELD", eventTypeField: "type", eventTypePrefix: "stripe.", enabled: false },
    });
    expect(updated.data?.updateSource).toMatchObject({
      source: {
        name: "Editable",
        eventTypeMode: "PAYLOAD_FIELD",
        eventType: null,
        eventTypeField: "type",
        eventTypePrefix: "stripe.",
        enabled: false,
      },
    });
    const rotated = await t.graphql(RotateKey, { id });
    if (rotated.data?.rotateSourceKey.__typename !== "SourcePayload") throw new Error(JSON.stringify(rotated));
    expect(rotated.data.rotateSourceKey.source.ingestPath).not.toBe(created.source.ingestPath);
    expect((await t.graphql(DeleteSource, { id })).data?.deleteSource).toEqual({ __typename: "DeletePayload", deletedId: id });
    expect((await t.graphql(DeleteSource, { id })).data?.deleteSource).toEqual({ __typename: "NotFoundError", id });

    const prisma = t.app.runtime.prisma;
    const actions = (await prisma.auditEntry.findMany({ where: { resourceId: id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["source.created", "source.updated", "source.key_rotated", "source.deleted"]);
    const raised = await prisma.event.findMany({ where: { type: { startsWith: "source." } }, orderBy: { id: "asc" } });
    const mine = raised.filter((e) => (e.payload as { source: { id: string } }).source.id === id).map((e) => e.type);
    expect(mine).toEqual(["source.created", "source.updated", "source.updated", "source.deleted"]);
  });

  it("answers NotFound for another organization's id and a ValidationError for an outgoing credential", async () => {
    expect(
      (await t.graphql(UpdateSource, { input: { id: "src_01jq3v5ghxf3rrk8n0wzxq4f2n", name: "x" } })).data?.updateSource.__typename,
    ).toBe("NotFoundError");
    const created = await create({ name: "Credential swap", eventType: "stripe.charge" });
    if (created.__typename !== "SourcePayload") throw new Error(JSON.stringify(created));
    const result = await t.graphql(UpdateSource, { input: { id: created.source.id, credentialId: outgoingCredential } });
    expect(result.data?.updateSource).toMatchObject({ __typename: "ValidationError", issues: [{ path: ["input", "credentialId"] }] });
  });

  it("lists and searches sources", async () => {
    const result = await t.graphql(ListSources, { filter: { search: "stripe live" } });
    expect(result.data?.sources.edges.map((e) => e.node.name)).toEqual(["Stripe live"]);
  });
});

describe("the credential a source verifies with", () => {
  it("cannot be deleted: a CredentialInUseError names the sources", async () => {
    const result = await t.graphql(DeleteUsedCredential, { id: stripeCredential });
    const refused = result.data?.deleteCredential;
    if (refused?.__typename !== "CredentialInUseError") throw new Error(JSON.stringify(result));
    expect(refused.destinations).toEqual([]);
    expect(refused.sources.map((s) => s.name)).toContain("Stripe live");
    expect(refused.message).toMatch(/source "Stripe live"/);
    expect(await t.app.runtime.prisma.credential.count({ where: { id: stripeCredential } })).toBe(1);
  });
});
