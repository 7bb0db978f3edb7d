// Credential secrets are write-only: after creation no API response, no log
// line and no database row holds them in clear (nor the Basic auth encoding).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import type { CredentialType } from "../gql/graphql.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { createDestination, createEventType, createWebhook, publish } from "../utils/fixtures.ts";

const Create = graphql(`
  mutation ScanCreateCredential($input: CreateCredentialInput!) {
    createCredential(input: $input) {
      __typename
      ... on CreateCredentialPayload {
        generatedSecret
        credential {
          id
          direction
        }
      }
    }
  }
`);

const ReadEverything = graphql(`
  query ScanEverything {
    credentials(first: 100) {
      edges {
        node {
          id
          name
          type
          direction
          system
          hint
          publicFields
          createdAt
          destinations {
            id
          }
        }
      }
    }
    destinations(first: 100) {
      edges {
        node {
          id
          url
          headers {
            name
            value
          }
          credential {
            id
            hint
            publicFields
          }
        }
      }
    }
    deliveryAttempts(first: 100) {
      edges {
        node {
          url
          requestHeaders
          requestBody
          responseHeaders
          responseBody
          errorMessage
        }
      }
    }
    credentialTypes {
      type
      fields {
        name
        defaultValue
      }
    }
  }
`);

const NodeRead = graphql(`
  query ScanNode($id: ID!) {
    node(id: $id) {
      ... on Credential {
        hint
        publicFields
      }
    }
  }
`);

const secrets: Record<CredentialType, Record<string, unknown>> = {
  NONE: {},
  M3TER_SIGNED_REQUEST: { apiKey: "m3ter-key-visible", apiSecret: "S3CRET-m3ter-api-secret-000" },
  HMAC_SHA256: { headerName: "X-Hub-Signature", secret: "S3CRET-hmac-signing-secret-001", mode: "TIMESTAMPED" },
  STANDARD_WEBHOOKS: { secret: "whsec_U0VDUkVULXN0YW5kYXJkLXdlYmhvb2tzLTAwMg==" },
  BASIC: { username: "basic-user", password: "S3CRET-basic-password-003" },
  BEARER: { token: "S3CRET-bearer-token-004" },
  API_KEY: { name: "api_key", value: "S3CRET-api-key-value-005", placement: "QUERY" },
  HTTP_BASIC: { username: "incoming-user", password: "S3CRET-incoming-password-006" },
  HUBSPOT_CLIENT_SECRET: { clientSecret: "S3CRET-hubspot-client-007" },
  M3TER_APP_SIGNATURE: { accessKeyId: "access-key-visible", apiSecret: "S3CRET-m3ter-app-secret-008" },
  SAGE_INTACCT_CLIENT_SECRET: { clientSecret: "S3CRET-sage-intacct-009" },
  STRIPE_SIGNATURE: { signingKey: "whsec_S3CRETstripesigningkey010" },
};
const plaintexts = [
  "S3CRET-m3ter-api-secret-000",
  "S3CRET-hmac-signing-secret-001",
  "U0VDUkVULXN0YW5kYXJkLXdlYmhvb2tzLTAwMg==",
  "S3CRET-basic-password-003",
  Buffer.from("basic-user:S3CRET-basic-password-003").toString("base64"),
  "S3CRET-bearer-token-004",
  "S3CRET-api-key-value-005",
  "S3CRET-incoming-password-006",
  "S3CRET-hubspot-client-007",
  "S3CRET-m3ter-app-secret-008",
  "S3CRET-sage-intacct-009",
  "S3CRETstripesigningkey010",
];

let t: TestApp;
let receiver: TestReceiver;
const responses: string[] = [];
let generated = "";

beforeAll(async () => {
  t = await startTestApp({ captureLogs: true, env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  receiver = await startTestReceiver(200);
  await createEventType(t, "scan.event");
  for (const [type, fields] of Object.entries(secrets) as [CredentialType, Record<string, unknown>][]) {
    const created = await t.graphql(Create, { input: { name: `scan ${type}`, type, fields } });
    responses.push(JSON.stringify(created));
    const payload = created.data!.createCredential;
    if (payload.__typename !== "CreateCredentialPayload") throw new Error(JSON.stringify(created));
    responses.push(JSON.stringify(await t.graphql(NodeRead, { id: payload.credential.id })));
    if (payload.credential.direction === "OUTGOING") {
      const destinationId = await createDestination(t, { url: `${receiver.origin}/${type}`, credentialId: payload.credential.id });
      await createWebhook(t, { destinationId, eventTypes: ["scan.event"] });
    }
  }
  // A generated secret is shown once, at creation, then must vanish like the rest.
  const withGenerated = await t.graphql(Create, { input: { name: "scan generated", type: "STANDARD_WEBHOOKS", fields: {} } });
  generated = (withGenerated.data!.createCredential as { generatedSecret: string }).generatedSecret.slice("whsec_".length);
  await publish(t, "scan.event", { hello: "world" });
  await t.app.worker!.runOnce();
  responses.push(JSON.stringify(await t.graphql(ReadEverything)));
});
afterAll(async () => {
  await receiver?.close();
  await t?.stop();
});

describe("secrets at rest", () => {
  it("really were sent to the receivers (the scan looks for the right strings)", () => {
    const wire = JSON.stringify(receiver.received.map((r) => [r.rawUrl, r.headers]));
    expect(wire).toContain("S3CRET-bearer-token-004");
    expect(wire).toContain("S3CRET-api-key-value-005");
    expect(wire).toContain(Buffer.from("basic-user:S3CRET-basic-password-003").toString("base64"));
    expect(receiver.received.length).toBeGreaterThanOrEqual(7);
  });

  it("are in no API response", () => {
    const all = responses.join("\n");
    expect(all).toContain("m3ter-key-visible"); // the non-secret part is there
    for (const secret of [...plaintexts, generated]) expect(all, secret).not.toContain(secret);
  });

  it("are in no log line", () => {
    const logs = t.logs.join("\n");
    expect(t.logs.length).toBeGreaterThan(0);
    for (const secret of [...plaintexts, generated]) expect(logs, secret).not.toContain(secret);
  });

  it("are in no database row", async () => {
    const sql = t.app.runtime.db.sql;
    const tables = await sql.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(tables.map((r) => r.table_name)).toEqual(expect.arrayContaining(["Credential", "Attempt", "Destination"]));
    let dump = "";
    for (const { table_name } of tables) {
      const rows = await sql.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${table_name}" t`);
      dump += rows.map((r) => r.row).join("\n");
    }
    expect(dump).toContain("m3ter-key-visible");
    for (const secret of [...plaintexts, generated]) expect(dump, secret).not.toContain(secret);
  });
});
