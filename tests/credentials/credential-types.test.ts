import { describe, expect, it } from "vitest";
import {
  CREDENTIAL_TYPES,
  INCOMING_CREDENTIAL_TYPES,
  OUTGOING_CREDENTIAL_TYPES,
  credentialFieldNames,
  credentialHint,
  credentialType,
  credentialTypes,
  isOutgoingCredentialType,
  parseCredential,
  parseCredentialFields,
  publicCredentialFields,
  type CredentialType,
} from "../../server/credentials/credential-types.ts";
import { decodeStandardWebhooksSecret } from "../../server/credentials/standard-webhooks-secret.ts";
import { ValidationError, type FieldIssue } from "../../server/errors.ts";

const WHSEC_32 = "whsec_" + Buffer.alloc(32, 7).toString("base64");

// One valid input per type, with secrets long enough to get a tail in hints.
const VALID: Record<CredentialType, Record<string, unknown>> = {
  NONE: {},
  M3TER_SIGNED_REQUEST: { apiKey: "key-4d1f", apiSecret: "m3ter-secret-0123456789abcdef" },
  HMAC_SHA256: { headerName: "X-Signature", secret: "hmac-secret-0123456789" },
  STANDARD_WEBHOOKS: { secret: WHSEC_32 },
  BASIC: { username: "alice", password: "correct horse battery staple" },
  BEARER: { token: "tok_0123456789abcdefghij" },
  API_KEY: { name: "X-Api-Key", value: "apikey-0123456789abcdef", placement: "HEADER" },
  HTTP_BASIC: { username: "bob", password: "incoming-password-0123" },
  HUBSPOT_CLIENT_SECRET: { clientSecret: "hubspot-secret-0123456789" },
  M3TER_APP_SIGNATURE: { accessKeyId: "ak-1234", apiSecret: "app-secret-0123456789abc" },
  SAGE_INTACCT_CLIENT_SECRET: { clientSecret: "sage-secret-0123456789ab" },
  STRIPE_SIGNATURE: { signingKey: "whsec_abcdefghijklmnopqrstuvwxyz012345" },
};

function issuesOf(fn: () => unknown): FieldIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error("expected a ValidationError");
}

describe("the catalogue", () => {
  it("has every type with its direction and the documented field names", () => {
    const expected: Record<CredentialType, [string, string[]]> = {
      NONE: ["OUTGOING", []],
      M3TER_SIGNED_REQUEST: ["OUTGOING", ["apiKey", "apiSecret"]],
      HMAC_SHA256: ["OUTGOING", ["headerName", "secret", "mode"]],
      STANDARD_WEBHOOKS: ["OUTGOING", ["secret"]],
      BASIC: ["OUTGOING", ["username", "password"]],
      BEARER: ["OUTGOING", ["token"]],
      API_KEY: ["OUTGOING", ["name", "value", "placement"]],
      HTTP_BASIC: ["INCOMING", ["username", "password"]],
      HUBSPOT_CLIENT_SECRET: ["INCOMING", ["clientSecret"]],
      M3TER_APP_SIGNATURE: ["INCOMING", ["accessKeyId", "apiSecret"]],
      SAGE_INTACCT_CLIENT_SECRET: ["INCOMING", ["clientSecret"]],
      STRIPE_SIGNATURE: ["INCOMING", ["signingKey"]],
    };
    expect([...CREDENTIAL_TYPES].sort()).toEqual(Object.keys(expected).sort());
    for (const type of CREDENTIAL_TYPES) {
      expect([credentialTypes[type].direction, credentialFieldNames(type)], type).toEqual(expected[type]);
    }
    expect(OUTGOING_CREDENTIAL_TYPES).toEqual([
      "NONE",
      "M3TER_SIGNED_REQUEST",
      "HMAC_SHA256",
      "STANDARD_WEBHOOKS",
      "BASIC",
      "BEARER",
      "API_KEY",
    ]);
    expect(INCOMING_CREDENTIAL_TYPES).toEqual([
      "HTTP_BASIC",
      "HUBSPOT_CLIENT_SECRET",
      "M3TER_APP_SIGNATURE",
      "SAGE_INTACCT_CLIENT_SECRET",
      "STRIPE_SIGNATURE",
    ]);
    expect(isOutgoingCredentialType("BEARER")).toBe(true);
    expect(isOutgoingCredentialType("STRIPE_SIGNATURE")).toBe(false);
    expect(isOutgoingCredentialType("toString")).toBe(false);
  });

  it("marks the secret fields", () => {
    const secrets = Object.fromEntries(CREDENTIAL_TYPES.map((t) => [t, [...credentialType(t).secretFields]]));
    expect(secrets).toEqual({
      NONE: [],
      M3TER_SIGNED_REQUEST: ["apiSecret"],
      HMAC_SHA256: ["secret"],
      STANDARD_WEBHOOKS: ["secret"],
      BASIC: ["password"],
      BEARER: ["token"],
      API_KEY: ["value"],
      HTTP_BASIC: ["password"],
      HUBSPOT_CLIENT_SECRET: ["clientSecret"],
      M3TER_APP_SIGNATURE: ["apiSecret"],
      SAGE_INTACCT_CLIENT_SECRET: ["clientSecret"],
      STRIPE_SIGNATURE: ["signingKey"],
    });
  });

  it("states the defaults and generated fields", () => {
    expect(credentialTypes.HMAC_SHA256.defaults).toEqual({ mode: "BODY" });
    expect(credentialTypes.STANDARD_WEBHOOKS.generatedFields).toEqual(["secret"]);
    expect(credentialTypes.BASIC.defaults).toEqual({});
  });

  it.each(CREDENTIAL_TYPES)("%s accepts a valid input and its hint gives away at most four characters of a secret", (type) => {
    const fields = parseCredentialFields(type, VALID[type]) as Record<string, unknown>;
    const hint = credentialHint(type, fields);
    for (const name of credentialType(type).secretFields) {
      const secret = String(fields[name]).replace(/^whsec_/, "");
      for (let i = 0; i + 5 <= secret.length; i++) expect(hint ?? "").not.toContain(secret.slice(i, i + 5));
    }
    expect(Object.keys(publicCredentialFields(type, fields)).some((name) => credentialType(type).secretFields.includes(name))).toBe(false);
  });

  it("gives the hints people recognise", () => {
    const hint = (type: CredentialType) => credentialHint(type, parseCredentialFields(type, VALID[type]) as Record<string, unknown>);
    expect(hint("NONE")).toBeNull();
    expect(hint("M3TER_SIGNED_REQUEST")).toBe("key-4d1f");
    expect(hint("HMAC_SHA256")).toBe("X-Signature …6789");
    expect(hint("STANDARD_WEBHOOKS")).toBe(`whsec_…${WHSEC_32.slice(-4)}`);
    expect(hint("BASIC")).toBe("alice");
    expect(hint("BEARER")).toBe("…ghij");
    expect(hint("API_KEY")).toBe("X-Api-Key (header)");
    expect(hint("M3TER_APP_SIGNATURE")).toBe("ak-1234");
    expect(hint("STRIPE_SIGNATURE")).toBe("whsec_…2345");
    // A short (dummy) secret shows no characters at all.
    expect(credentialHint("BEARER", { token: "abc" })).toBe("…");
  });

  it("keeps the public fields and drops the secret ones", () => {
    const fields = parseCredentialFields("API_KEY", VALID.API_KEY);
    expect(publicCredentialFields("API_KEY", fields)).toEqual({ name: "X-Api-Key", placement: "HEADER" });
  });
});

describe("parseCredential", () => {
  it("reports an unknown type at input.type", () => {
    const issues = issuesOf(() => parseCredential("OAUTH", {}));
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(["input", "type"]);
    expect(issues[0].message).toMatch(/Unknown credential type "OAUTH"\. Known types: NONE, /);
    // Names inherited from Object are not types.
    expect(issuesOf(() => parseCredential("constructor", {}))[0].path).toEqual(["input", "type"]);
  });

  it("reports missing and malformed fields at input.fields.<name>", () => {
    expect(issuesOf(() => parseCredential("M3TER_SIGNED_REQUEST", { apiKey: "k" }))).toEqual([
      { path: ["input", "fields", "apiSecret"], message: "API secret is required" },
    ]);
    expect(issuesOf(() => parseCredential("M3TER_SIGNED_REQUEST", { apiKey: "  ", apiSecret: 42 }))).toEqual([
      { path: ["input", "fields", "apiKey"], message: "API key must not be empty" },
      { path: ["input", "fields", "apiSecret"], message: "API secret must be text" },
    ]);
  });

  it("uses the caller's paths", () => {
    const issues = issuesOf(() => parseCredential("BEARER", {}, { basePath: ["input", "credential", "fields"] }));
    expect(issues[0].path).toEqual(["input", "credential", "fields", "token"]);
  });

  it("refuses fields of another type by name, and fields that are not an object", () => {
    expect(issuesOf(() => parseCredential("BEARER", { token: "abcdef", username: "x" }))).toEqual([
      { path: ["input", "fields", "username"], message: "username is not a field of BEARER credentials" },
    ]);
    expect(issuesOf(() => parseCredential("BEARER", "abcdef"))[0].path).toEqual(["input", "fields"]);
    expect(issuesOf(() => parseCredential("BEARER", ["abcdef"]))[0].path).toEqual(["input", "fields"]);
  });

  it("treats null (GraphQL's omitted field) as absent", () => {
    expect(parseCredential("NONE", null)).toEqual({ type: "NONE", fields: {} });
    expect(parseCredentialFields("HMAC_SHA256", { headerName: "X-Sig", secret: "0123456789abcdef", mode: null })).toEqual({
      headerName: "X-Sig",
      secret: "0123456789abcdef",
      mode: "BODY",
    });
    expect(issuesOf(() => parseCredential("BEARER", { token: null }))).toEqual([
      { path: ["input", "fields", "token"], message: "Token is required" },
    ]);
  });

  it("refuses control characters that could inject headers", () => {
    const issues = issuesOf(() => parseCredential("API_KEY", { name: "X-Key", value: "abc\r\nX-Evil: 1", placement: "HEADER" }));
    expect(issues).toEqual([
      { path: ["input", "fields", "value"], message: "Value must not contain line breaks or other control characters" },
    ]);
  });

  it("refuses, in values sent as a header, what an HTTP client cannot send: anything but visible ASCII", () => {
    // Saved, they failed every delivery at send ("invalid header").
    expect(issuesOf(() => parseCredential("BEARER", { token: "tok€n" }))).toEqual([
      { path: ["input", "fields", "token"], message: "Token may contain only visible ASCII characters, spaces and tabs, not € (U+20AC)." },
    ]);
    expect(issuesOf(() => parseCredential("M3TER_SIGNED_REQUEST", { apiKey: "clé", apiSecret: "s" }))[0]).toMatchObject({
      path: ["input", "fields", "apiKey"],
      message: "API key may contain only visible ASCII characters, spaces and tabs, not é (U+00E9).",
    });
    expect(issuesOf(() => parseCredential("API_KEY", { name: "X-Key", value: "clé", placement: "HEADER" }))[0]).toMatchObject({
      path: ["input", "fields", "value"],
    });
    // In a query string it is percent-encoded, in a Basic password base64: any text goes.
    expect(parseCredentialFields("API_KEY", { name: "key", value: "clé", placement: "QUERY" }).value).toBe("clé");
    expect(parseCredentialFields("BASIC", { username: "zoë", password: "pässword" }).password).toBe("pässword");
  });

  it("trims pasted values but keeps passwords exactly", () => {
    expect(parseCredentialFields("BEARER", { token: "  tok_abc\n" })).toEqual({ token: "tok_abc" });
    expect(parseCredentialFields("BASIC", { username: " alice ", password: " spaced " })).toEqual({
      username: "alice",
      password: " spaced ",
    });
  });
});

describe("M3TER_SIGNED_REQUEST", () => {
  it("accepts dummy values when the receiver checks nothing", () => {
    expect(parseCredentialFields("M3TER_SIGNED_REQUEST", { apiKey: "x", apiSecret: "x" })).toEqual({ apiKey: "x", apiSecret: "x" });
  });
});

describe("HMAC_SHA256", () => {
  const secret = "0123456789abcdef";

  it("defaults to BODY mode and accepts TIMESTAMPED", () => {
    expect(parseCredentialFields("HMAC_SHA256", { headerName: "X-Hub-Signature", secret })).toEqual({
      headerName: "X-Hub-Signature",
      secret,
      mode: "BODY",
    });
    expect(parseCredentialFields("HMAC_SHA256", { headerName: "X-Sig", secret, mode: "TIMESTAMPED" }).mode).toBe("TIMESTAMPED");
  });

  it.each([
    ["X Signature", /valid HTTP header name/],
    ["X-Sig:", /valid HTTP header name/],
    ["Host", /cannot be Host/],
    ["content-length", /cannot be content-length/],
    ["Content-Type", /cannot be Content-Type/],
    ["Transfer-Encoding", /cannot be/],
    ["X-Switchyard-Timestamp", /cannot be/],
    ["webhook-signature", /cannot be/],
  ])("refuses the header name %j", (headerName, message) => {
    const issues = issuesOf(() => parseCredential("HMAC_SHA256", { headerName, secret }));
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(["input", "fields", "headerName"]);
    expect(issues[0].message).toMatch(message);
  });

  it("wants a secret of at least 16 characters and a known mode", () => {
    expect(issuesOf(() => parseCredential("HMAC_SHA256", { headerName: "X-Sig", secret: "short", mode: "HEADERS" }))).toEqual([
      { path: ["input", "fields", "secret"], message: "Signing secret must be at least 16 characters" },
      { path: ["input", "fields", "mode"], message: "Mode must be one of BODY, TIMESTAMPED" },
    ]);
  });
});

describe("STANDARD_WEBHOOKS", () => {
  it("generates a whsec_ secret of 32 random bytes when none is given", () => {
    const a = parseCredentialFields("STANDARD_WEBHOOKS", {}).secret;
    const b = parseCredentialFields("STANDARD_WEBHOOKS", { secret: null }).secret;
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(decodeStandardWebhooksSecret(a)).toHaveLength(32);
    expect(a).not.toBe(b);
  });

  it("keeps a valid given secret", () => {
    const given = "whsec_" + Buffer.alloc(24, 1).toString("base64");
    expect(parseCredentialFields("STANDARD_WEBHOOKS", { secret: ` ${given} ` }).secret).toBe(given);
    const longest = "whsec_" + Buffer.alloc(64, 1).toString("base64");
    expect(parseCredentialFields("STANDARD_WEBHOOKS", { secret: longest }).secret).toBe(longest);
  });

  it.each([
    [Buffer.alloc(32).toString("base64"), /must start with whsec_/],
    ["whsec_not base64!", /standard base64/],
    ["whsec_" + Buffer.alloc(16, 1).toString("base64"), /encode 24 to 64 bytes; this one encodes 16/],
    ["whsec_" + Buffer.alloc(65, 1).toString("base64"), /this one encodes 65/],
  ])("refuses %j", (secret, message) => {
    const issues = issuesOf(() => parseCredential("STANDARD_WEBHOOKS", { secret }));
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(["input", "fields", "secret"]);
    expect(issues[0].message).toMatch(message);
  });
});

describe("BASIC and HTTP_BASIC", () => {
  it.each(["BASIC", "HTTP_BASIC"] as const)("%s refuses a colon in the username", (type) => {
    expect(issuesOf(() => parseCredential(type, { username: "a:b", password: "p" }))).toEqual([
      { path: ["input", "fields", "username"], message: "Username must not contain a colon (:)" },
    ]);
  });

  it("accepts a colon in the password", () => {
    expect(parseCredentialFields("BASIC", { username: "a", password: "p:q" }).password).toBe("p:q");
  });
});

describe("BEARER", () => {
  it.each(["Bearer abc123", "bearer abc123", "BEARER  abc123", "Bearer"])(
    "refuses the pasted prefix in %j with a clear message",
    (token) => {
      expect(issuesOf(() => parseCredential("BEARER", { token }))).toEqual([
        { path: ["input", "fields", "token"], message: 'Enter the token without the "Bearer" prefix: Switchyard adds it' },
      ]);
    },
  );

  it("refuses spaces inside the token and accepts a token that merely starts with 'bearer'", () => {
    expect(issuesOf(() => parseCredential("BEARER", { token: "Token abc" }))[0].message).toBe("Token must not contain spaces");
    expect(parseCredentialFields("BEARER", { token: "bearerish.token" }).token).toBe("bearerish.token");
  });
});

describe("API_KEY", () => {
  it("wants a header name when placed in a header", () => {
    expect(issuesOf(() => parseCredential("API_KEY", { name: "api key", value: "v", placement: "HEADER" }))[0].path).toEqual([
      "input",
      "fields",
      "name",
    ]);
    expect(issuesOf(() => parseCredential("API_KEY", { name: "Host", value: "v", placement: "HEADER" }))[0].message).toMatch(
      /cannot be Host/,
    );
  });

  it("takes any non-empty query-parameter name", () => {
    expect(parseCredentialFields("API_KEY", { name: "api key", value: "v", placement: "QUERY" })).toEqual({
      name: "api key",
      value: "v",
      placement: "QUERY",
    });
    expect(issuesOf(() => parseCredential("API_KEY", { name: "", value: "v", placement: "QUERY" }))).toEqual([
      { path: ["input", "fields", "name"], message: "Name must not be empty" },
    ]);
  });

  it("requires a known placement", () => {
    expect(issuesOf(() => parseCredential("API_KEY", { name: "k", value: "v" }))).toEqual([
      { path: ["input", "fields", "placement"], message: "Placement is required" },
    ]);
    expect(issuesOf(() => parseCredential("API_KEY", { name: "k", value: "v", placement: "BODY" }))[0].message).toBe(
      "Placement must be one of HEADER, QUERY",
    );
  });
});

describe("incoming types", () => {
  it("wants a Stripe signing secret for STRIPE_SIGNATURE", () => {
    expect(issuesOf(() => parseCredential("STRIPE_SIGNATURE", { signingKey: "sk_live_abcdefghijklmnopqrstuvwxyz" }))[0]).toEqual({
      path: ["input", "fields", "signingKey"],
      message: "Signing key must be a Stripe webhook signing secret (whsec_…, from the Stripe dashboard or CLI)",
    });
  });

  it("validates the m3ter app signature, HubSpot and Sage Intacct secrets", () => {
    expect(issuesOf(() => parseCredential("M3TER_APP_SIGNATURE", { apiSecret: "s" }))[0]).toEqual({
      path: ["input", "fields", "accessKeyId"],
      message: "Access key id is required",
    });
    expect(parseCredentialFields("HUBSPOT_CLIENT_SECRET", { clientSecret: " abc " })).toEqual({ clientSecret: "abc" });
    expect(issuesOf(() => parseCredential("SAGE_INTACCT_CLIENT_SECRET", {}))[0].message).toBe("Client secret is required");
  });
});
