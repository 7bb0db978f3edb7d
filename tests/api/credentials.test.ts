import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import type { CredentialType } from "../gql/graphql.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";

const CreateCredential = graphql(`
  mutation CreateCredential($input: CreateCredentialInput!) {
    createCredential(input: $input) {
      __typename
      ... on CreateCredentialPayload {
        generatedSecret
        credential {
          id
          name
          type
          direction
          system
          hint
          publicFields
          createdAt
        }
      }
      ... on ValidationError {
        message
        issues {
          path
          message
        }
      }
    }
  }
`);

const DeleteCredential = graphql(`
  mutation DeleteCredential($id: ID!) {
    deleteCredential(input: { id: $id }) {
      __typename
      ... on DeletePayload {
        deletedId
      }
      ... on CredentialInUseError {
        message
        destinations {
          id
          name
        }
      }
      ... on NotFoundError {
        id
      }
    }
  }
`);

const ListCredentials = graphql(`
  query ListCredentials($filter: CredentialFilter) {
    credentials(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
          name
          type
          direction
          system
          hint
          createdAt
        }
      }
    }
  }
`);

const SortedCredentials = graphql(`
  query SortedCredentials($filter: CredentialFilter, $orderBy: CredentialOrder, $after: String) {
    credentials(filter: $filter, orderBy: $orderBy, first: 2, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          name
        }
      }
    }
  }
`);

interface SortedPage {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: { name: string } }[];
}

const CreateDestinationWithCredential = graphql(`
  mutation CreateDestinationWithCredential($credentialId: ID!, $name: String!) {
    createDestination(input: { name: $name, url: "https://localhost/hooks", credentialId: $credentialId }) {
      __typename
      ... on DestinationPayload {
        destination {
          id
          credential {
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

const DeleteDestination = graphql(`
  mutation DeleteDestinationForCredential($id: ID!) {
    deleteDestination(input: { id: $id }) {
      __typename
    }
  }
`);

const CredentialTypes = graphql(`
  query CredentialTypes {
    credentialTypes {
      type
      direction
      label
      fields {
        name
        label
        secret
        required
        options
      }
    }
  }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8,::1/128" } });
});
afterAll(() => t?.stop());

async function create(name: string, type: CredentialType, fields: Record<string, unknown>, system?: string) {
  const result = await t.graphql(CreateCredential, { input: { name, type, fields, system } });
  return result.data!.createCredential;
}

async function created(name: string, type: CredentialType, fields: Record<string, unknown>, system?: string) {
  const payload = await create(name, type, fields, system);
  if (payload.__typename !== "CreateCredentialPayload") throw new Error(JSON.stringify(payload));
  return payload;
}

describe("credentials", () => {
  it("creates every type, with a non-secret hint and no secret in the response", async () => {
    const cases: [CredentialType, Record<string, unknown>, string[]][] = [
      ["NONE", {}, []],
      ["M3TER_SIGNED_REQUEST", { apiKey: "key-abc", apiSecret: "m3ter-secret-value-1" }, ["m3ter-secret-value-1"]],
      ["HMAC_SHA256", { headerName: "X-Signature", secret: "hmac-secret-value-0001" }, ["hmac-secret-value-0001"]],
      ["STANDARD_WEBHOOKS", { secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }, ["MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"]],
      ["BASIC", { username: "hook-user", password: "basic-password-1" }, ["basic-password-1"]],
      ["BEARER", { token: "bearer-token-value-1" }, ["bearer-token-value-1"]],
      ["API_KEY", { name: "X-Api-Key", value: "api-key-value-0001", placement: "HEADER" }, ["api-key-value-0001"]],
      ["HTTP_BASIC", { username: "in-user", password: "in-password-1" }, ["in-password-1"]],
      ["HUBSPOT_CLIENT_SECRET", { clientSecret: "hubspot-secret-1" }, ["hubspot-secret-1"]],
      ["M3TER_APP_SIGNATURE", { accessKeyId: "access-key-1", apiSecret: "m3ter-app-secret-1" }, ["m3ter-app-secret-1"]],
      ["SAGE_INTACCT_CLIENT_SECRET", { clientSecret: "sage-secret-1" }, ["sage-secret-1"]],
      ["STRIPE_SIGNATURE", { signingKey: "whsec_stripe_signing_key_1" }, ["whsec_stripe_signing_key_1"]],
    ];
    for (const [type, fields, secrets] of cases) {
      const payload = await created(`all types ${type}`, type, fields);
      expect(payload.credential).toMatchObject({ name: `all types ${type}`, type, system: "Webhook destination" });
      expect(payload.credential.id).toMatch(/^cred_/);
      expect(payload.generatedSecret).toBeNull();
      for (const secret of secrets) expect(JSON.stringify(payload), `${type} leaked its secret`).not.toContain(secret);
    }
    const m3ter = await t.graphql(ListCredentials, { filter: { type: "M3TER_SIGNED_REQUEST", search: "all types" } });
    expect(m3ter.data!.credentials.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ type: "M3TER_SIGNED_REQUEST", direction: "OUTGOING", hint: "key-abc" }),
    ]);
    const incoming = await t.graphql(ListCredentials, { filter: { direction: "INCOMING", search: "all types" } });
    expect(incoming.data!.credentials.totalCount).toBe(5);
  });

  it("generates a Standard Webhooks secret when none is given and shows it exactly once", async () => {
    const payload = await created("generated whsec", "STANDARD_WEBHOOKS", {});
    expect(payload.generatedSecret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(payload.generatedSecret!.slice(6), "base64").length).toBe(32);
    const listed = await t.graphql(ListCredentials, { filter: { search: "generated whsec" } });
    expect(JSON.stringify(listed)).not.toContain(payload.generatedSecret!.slice(6));
  });

  it("names the missing or malformed field", async () => {
    expect(await create("bad", "M3TER_SIGNED_REQUEST", { apiKey: "k" })).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "fields", "apiSecret"] }],
    });
    const bearer = await create("bad", "BEARER", { token: "Bearer abc" });
    expect(bearer).toMatchObject({ __typename: "ValidationError", issues: [{ path: ["input", "fields", "token"] }] });
    const blankName = await create("  ", "NONE", {});
    expect(blankName).toMatchObject({ __typename: "ValidationError", issues: [{ path: ["input", "name"], message: "Name is required." }] });
    const listed = await t.graphql(ListCredentials, { filter: { search: "bad" } });
    expect(listed.data!.credentials.totalCount).toBe(0);
  });

  it("refuses an unknown credential type with a clear error", async () => {
    const result = await t.graphql(CreateCredential, { input: { name: "x", type: "OAUTH9" as CredentialType, fields: {} } });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].message).toContain('Value "OAUTH9" does not exist in "CredentialType" enum');
  });

  it("sorts by name or created, both ways, page after page", async () => {
    for (const name of ["sort c", "sort a", "sort b"]) await created(name, "BEARER", { token: `token-${name.replace(" ", "-")}-1234` });
    const names = async (orderBy: { field: "NAME" | "CREATED_AT"; direction: "ASC" | "DESC" }) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await t.graphql(SortedCredentials, { filter: { search: "sort " }, orderBy, after });
        const connection: SortedPage = page.data!.credentials;
        seen.push(...connection.edges.map((e) => e.node.name));
        if (!connection.pageInfo.hasNextPage) return seen;
        after = connection.pageInfo.endCursor ?? null;
      }
    };
    expect(await names({ field: "NAME", direction: "ASC" })).toEqual(["sort a", "sort b", "sort c"]);
    expect(await names({ field: "NAME", direction: "DESC" })).toEqual(["sort c", "sort b", "sort a"]);
    expect(await names({ field: "CREATED_AT", direction: "ASC" })).toEqual(["sort c", "sort a", "sort b"]);
    expect(await names({ field: "CREATED_AT", direction: "DESC" })).toEqual(["sort b", "sort a", "sort c"]);
  });

  it("sorts by type (in the order types are declared), both ways, page after page", async () => {
    const kinds = [
      ["kind 1", "BEARER"],
      ["kind 2", "NONE"],
      ["kind 3", "BEARER"],
      ["kind 4", "NONE"],
      ["kind 5", "BEARER"],
    ] as const;
    for (const [name, type] of kinds) await created(name, type, type === "BEARER" ? { token: `token-${name.replace(" ", "-")}-1234` } : {});
    const names = async (direction: "ASC" | "DESC") => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await t.graphql(SortedCredentials, { filter: { search: "kind " }, orderBy: { field: "TYPE", direction }, after });
        const connection: SortedPage = page.data!.credentials;
        seen.push(...connection.edges.map((e) => e.node.name));
        if (!connection.pageInfo.hasNextPage) return seen;
        after = connection.pageInfo.endCursor ?? null;
      }
    };
    // NONE is declared before BEARER; within a type, the order of creation (ids), reversed when descending.
    expect(await names("ASC")).toEqual(["kind 2", "kind 4", "kind 1", "kind 3", "kind 5"]);
    expect(await names("DESC")).toEqual(["kind 5", "kind 3", "kind 1", "kind 4", "kind 2"]);
  });

  it("filters by system", async () => {
    await created("chargebee key", "BEARER", { token: "cb-token-123456" }, "Chargebee");
    const chargebee = await t.graphql(ListCredentials, { filter: { system: "Chargebee" } });
    expect(chargebee.data!.credentials.edges.map((e) => e.node.name)).toEqual(["chargebee key"]);
  });

  it("describes each type's fields, so forms can be built from the API", async () => {
    const result = await t.graphql(CredentialTypes);
    const byType = new Map(result.data!.credentialTypes.map((info) => [info.type, info]));
    expect(byType.size).toBe(12);
    expect(byType.get("M3TER_SIGNED_REQUEST")!.fields).toEqual([
      expect.objectContaining({ name: "apiKey", secret: false, required: true }),
      expect.objectContaining({ name: "apiSecret", secret: true, required: true }),
    ]);
    expect(byType.get("API_KEY")!.fields.find((f) => f.name === "placement")).toMatchObject({ options: ["HEADER", "QUERY"] });
    expect(byType.get("STRIPE_SIGNATURE")!.direction).toBe("INCOMING");
  });

  it("refuses to delete a credential a destination uses, naming the destination", async () => {
    const credential = await created("in use", "BEARER", { token: "in-use-token-1" });
    const destination = await t.graphql(CreateDestinationWithCredential, {
      credentialId: credential.credential.id,
      name: "Uses the credential",
    });
    const destinationPayload = destination.data!.createDestination;
    if (destinationPayload.__typename !== "DestinationPayload") throw new Error(JSON.stringify(destination));
    const refused = await t.graphql(DeleteCredential, { id: credential.credential.id });
    expect(refused.data!.deleteCredential).toEqual({
      __typename: "CredentialInUseError",
      message: 'The credential is used by destination "Uses the credential"; change or delete it first.',
      destinations: [{ id: destinationPayload.destination.id, name: "Uses the credential" }],
    });
    await t.graphql(DeleteDestination, { id: destinationPayload.destination.id });
    expect((await t.graphql(DeleteCredential, { id: credential.credential.id })).data!.deleteCredential).toEqual({
      __typename: "DeletePayload",
      deletedId: credential.credential.id,
    });
    expect((await t.graphql(DeleteCredential, { id: credential.credential.id })).data!.deleteCredential).toEqual({
      __typename: "NotFoundError",
      id: credential.credential.id,
    });
  });

  it("does not let a destination use an incoming credential", async () => {
    const incoming = await created("stripe in", "STRIPE_SIGNATURE", { signingKey: "whsec_abcdefabcdefabcdef" });
    const result = await t.graphql(CreateDestinationWithCredential, { credentialId: incoming.credential.id, name: "wrong kind" });
    expect(result.data!.createDestination).toMatchObject({ __typename: "ValidationError", issues: [{ path: ["input", "credentialId"] }] });
  });
});
