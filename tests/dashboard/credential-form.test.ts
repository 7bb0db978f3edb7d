// The credential form is built from the API's catalogue: one control per
// field, secrets as password inputs, choices as selects, generated secrets
// optional, and `fields` without what was left empty on purpose.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fieldControl,
  fieldHint,
  fieldsInput,
  initialValues,
  typeGroups,
  type CredentialTypeInfo,
} from "../../client/src/pages/credentials/credential-form.ts";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";

const Catalogue = graphql(`
  query CredentialFormCatalogue {
    credentialTypes {
      type
      label
      direction
      fields {
        name
        label
        secret
        required
        generated
        options
        defaultValue
      }
    }
  }
`);

let t: TestApp;
let types: CredentialTypeInfo[];
const byType = (type: string) => types.find((t) => t.type === type)!;

beforeAll(async () => {
  t = await startTestApp();
  types = (await t.graphql(Catalogue)).data!.credentialTypes;
});
afterAll(async () => {
  await t?.stop();
});

describe("the credential form, from credentialTypes", () => {
  it("offers outgoing types first, then incoming ones", () => {
    const groups = typeGroups(types);
    expect(groups.map((g) => g.direction)).toEqual(["OUTGOING", "INCOMING"]);
    expect(groups[0].types.map((t) => t.type)).toEqual(
      expect.arrayContaining(["NONE", "M3TER_SIGNED_REQUEST", "HMAC_SHA256", "STANDARD_WEBHOOKS", "BASIC", "BEARER", "API_KEY"]),
    );
    expect(groups[1].types.map((t) => t.type)).toContain("STRIPE_SIGNATURE");
    expect(groups.flatMap((g) => g.types)).toHaveLength(types.length);
  });

  it("shows secrets as password inputs and choices as selects", () => {
    const m3ter = byType("M3TER_SIGNED_REQUEST");
    expect(m3ter.fields.map((f) => [f.name, fieldControl(f).kind])).toEqual([
      ["apiKey", "text"],
      ["apiSecret", "secret"],
    ]);
    const apiKey = byType("API_KEY");
    const placement = apiKey.fields.find((f) => f.name === "placement")!;
    expect(fieldControl(placement)).toEqual({ kind: "select", options: ["HEADER", "QUERY"], allowEmpty: false });
    expect(fieldHint(m3ter.fields[1])).toContain("Write-only");
  });

  it("starts with each field's default, or the first choice of a required select", () => {
    expect(initialValues(byType("HMAC_SHA256"))).toEqual({ headerName: "", secret: "", mode: "BODY" });
    expect(initialValues(byType("API_KEY"))).toEqual({ name: "", value: "", placement: "HEADER" });
    expect(initialValues(byType("NONE"))).toEqual({});
  });

  it("leaves a generated secret out when it is empty, so Switchyard generates it", () => {
    const standard = byType("STANDARD_WEBHOOKS");
    expect(fieldHint(standard.fields[0])).toContain("Switchyard generates one");
    expect(fieldsInput(standard, { secret: "" })).toEqual({});
    expect(fieldsInput(standard, { secret: "whsec_abc" })).toEqual({ secret: "whsec_abc" });
  });

  it("sends an empty required field, so the API's issue lands next to it, and keeps secrets exactly as typed", () => {
    const basic = byType("BASIC");
    expect(fieldsInput(basic, { username: "", password: "  spaced  " })).toEqual({ username: "", password: "  spaced  " });
  });

  it("builds input the API accepts for every outgoing type", async () => {
    const Create = graphql(`
      mutation CredentialFormCreate($input: CreateCredentialInput!) {
        createCredential(input: $input) {
          __typename
          ... on ValidationError {
            issues {
              path
              message
            }
          }
        }
      }
    `);
    const samples: Record<string, Record<string, string>> = {
      NONE: {},
      M3TER_SIGNED_REQUEST: { apiKey: "key", apiSecret: "secret" },
      HMAC_SHA256: { headerName: "X-Signature", secret: "0123456789abcdef0123" },
      STANDARD_WEBHOOKS: {},
      BASIC: { username: "user", password: "pass" },
      BEARER: { token: "tok_123" },
      API_KEY: { name: "X-Api-Key", value: "v" },
    };
    for (const [type, typed] of Object.entries(samples)) {
      const info = byType(type);
      const fields = fieldsInput(info, { ...initialValues(info), ...typed });
      const result = await t.graphql(Create, { input: { name: `form ${type}`, type: info.type, fields } });
      expect(result.data?.createCredential, type).toEqual({ __typename: "CreateCredentialPayload" });
    }
  });
});
