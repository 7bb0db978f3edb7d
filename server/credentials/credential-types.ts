// The catalogue of credential types: for each, which way it is used, the
// fields it takes (validated and normalized by zod), which of them are secret
// (write-only: never returned again) and a hint that is safe to show in lists.
// All field rules live here, so the GraphQL layer, storage and the signers
// agree on what a valid credential is.
import { z } from "zod";
import { ValidationError } from "../errors.ts";
import { parseInput } from "../validation.ts";
import { choice, headerName, headerValue, text } from "./field-rules.ts";
import { headerNameProblem, headerValueProblem } from "./header-names.ts";
import { secretTail } from "./secret-hint.ts";
import { generateStandardWebhooksSecret, standardWebhooksSecretProblem } from "./standard-webhooks-secret.ts";

export type CredentialDirection = "OUTGOING" | "INCOMING";

type FieldName<S extends z.ZodObject> = keyof z.output<S> & string;

export interface CredentialTypeDefinition<D extends CredentialDirection = CredentialDirection, S extends z.ZodObject = z.ZodObject> {
  /** OUTGOING: authenticates our calls to a destination. INCOMING: verifies webhooks sent to us. */
  direction: D;
  label: string;
  schema: S;
  /** Write-only fields: encrypted at rest, never returned by any query. */
  secretFields: readonly FieldName<S>[];
  /** Values used when a field is left out. */
  defaults: Partial<z.output<S>>;
  /** Fields Switchyard fills in when left out; shown once, like a token. */
  generatedFields: readonly FieldName<S>[];
  /** A non-secret reminder of which credential this is, for lists. */
  hint(fields: z.output<S>): string | null;
}

function define<D extends CredentialDirection, S extends z.ZodObject>(
  definition: Omit<CredentialTypeDefinition<D, S>, "defaults" | "generatedFields"> &
    Partial<Pick<CredentialTypeDefinition<D, S>, "defaults" | "generatedFields">>,
): CredentialTypeDefinition<D, S> {
  return { defaults: {}, generatedFields: [], ...definition };
}

export const HMAC_MODES = ["BODY", "TIMESTAMPED"] as const;
export type HmacMode = (typeof HMAC_MODES)[number];
const DEFAULT_HMAC_MODE: HmacMode = "BODY";
export const HMAC_MIN_SECRET_LENGTH = 16;

export const API_KEY_PLACEMENTS = ["HEADER", "QUERY"] as const;
export type ApiKeyPlacement = (typeof API_KEY_PLACEMENTS)[number];

const STRIPE_SIGNING_KEY = /^whsec_\S{16,}$/;

export const credentialTypes = {
  // ---- Outgoing: how Switchyard authenticates to a destination ----
  NONE: define({
    direction: "OUTGOING",
    label: "Default (no authentication)",
    schema: z.object({}),
    secretFields: [],
    hint: () => null,
  }),

  M3TER_SIGNED_REQUEST: define({
    direction: "OUTGOING",
    label: "m3ter signed request",
    // m3ter lets dummy values stand in when the receiver checks nothing, so any
    // non-empty value is accepted.
    schema: z.object({
      // Sent as X-m3ter-apikey.
      apiKey: headerValue("API key"),
      apiSecret: text("API secret"),
    }),
    secretFields: ["apiSecret"],
    hint: (f) => f.apiKey,
  }),

  HMAC_SHA256: define({
    direction: "OUTGOING",
    label: "Custom SHA-256 HMAC signature",
    schema: z.object({
      headerName: headerName("Header name"),
      secret: text("Signing secret", { min: HMAC_MIN_SECRET_LENGTH }),
      mode: choice("Mode", HMAC_MODES).default(DEFAULT_HMAC_MODE),
    }),
    secretFields: ["secret"],
    defaults: { mode: DEFAULT_HMAC_MODE },
    hint: (f) => `${f.headerName} ${secretTail(f.secret)}`,
  }),

  STANDARD_WEBHOOKS: define({
    direction: "OUTGOING",
    label: "Standard Webhooks",
    schema: z.object({
      secret: text("Signing secret")
        .superRefine((value, ctx) => {
          const problem = standardWebhooksSecretProblem(value);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        })
        .optional()
        .transform((value) => value ?? generateStandardWebhooksSecret()),
    }),
    secretFields: ["secret"],
    generatedFields: ["secret"],
    hint: (f) => secretTail(f.secret, "whsec_"),
  }),

  BASIC: define({
    direction: "OUTGOING",
    label: "Basic auth",
    schema: z.object({
      // RFC 7617: the first colon separates user-id from password.
      username: text("Username").refine((v) => !v.includes(":"), "Username must not contain a colon (:)"),
      // Passwords are kept exactly as typed: surrounding spaces may be meant.
      password: text("Password", { trim: false }),
    }),
    secretFields: ["password"],
    hint: (f) => f.username,
  }),

  BEARER: define({
    direction: "OUTGOING",
    label: "Bearer token",
    schema: z.object({
      token: headerValue("Token").superRefine((value, ctx) => {
        if (/^bearer(\s|$)/i.test(value)) {
          ctx.addIssue({ code: "custom", message: 'Enter the token without the "Bearer" prefix: Switchyard adds it' });
        } else if (/\s/.test(value)) {
          ctx.addIssue({ code: "custom", message: "Token must not contain spaces" });
        }
      }),
    }),
    secretFields: ["token"],
    hint: (f) => secretTail(f.token),
  }),

  API_KEY: define({
    direction: "OUTGOING",
    label: "API key",
    schema: z
      .object({
        name: text("Name", { max: 256 }),
        value: text("Value"),
        placement: choice("Placement", API_KEY_PLACEMENTS),
      })
      .superRefine((f, ctx) => {
        if (f.placement !== "HEADER") return;
        const problem = headerNameProblem(f.name, "Name");
        if (problem) ctx.addIssue({ code: "custom", path: ["name"], message: problem });
        // Line breaks and other C0 controls are the value's own rule's to report (field-rules.ts).
        // eslint-disable-next-line no-control-regex -- the same characters that rule refuses
        const valueProblem = /[\u0000-\u001f\u007f]/.test(f.value) ? undefined : headerValueProblem(f.value, "Value");
        if (valueProblem) ctx.addIssue({ code: "custom", path: ["value"], message: valueProblem });
      }),
    secretFields: ["value"],
    hint: (f) => `${f.name} (${f.placement === "HEADER" ? "header" : "query parameter"})`,
  }),

  // ---- Incoming: verifying webhooks sent to Switchyard (used later) ----
  HTTP_BASIC: define({
    direction: "INCOMING",
    label: "HTTP basic",
    schema: z.object({
      username: text("Username").refine((v) => !v.includes(":"), "Username must not contain a colon (:)"),
      password: text("Password", { trim: false }),
    }),
    secretFields: ["password"],
    hint: (f) => f.username,
  }),

  HUBSPOT_CLIENT_SECRET: define({
    direction: "INCOMING",
    label: "HubSpot client secret",
    schema: z.object({ clientSecret: text("Client secret") }),
    secretFields: ["clientSecret"],
    hint: (f) => secretTail(f.clientSecret),
  }),

  M3TER_APP_SIGNATURE: define({
    direction: "INCOMING",
    label: "m3ter app signature",
    schema: z.object({
      accessKeyId: text("Access key id"),
      apiSecret: text("API secret"),
    }),
    secretFields: ["apiSecret"],
    hint: (f) => f.accessKeyId,
  }),

  SAGE_INTACCT_CLIENT_SECRET: define({
    direction: "INCOMING",
    label: "Sage Intacct client secret",
    schema: z.object({ clientSecret: text("Client secret") }),
    secretFields: ["clientSecret"],
    hint: (f) => secretTail(f.clientSecret),
  }),

  STRIPE_SIGNATURE: define({
    direction: "INCOMING",
    label: "Stripe signed request",
    schema: z.object({
      signingKey: text("Signing key").refine(
        (v) => STRIPE_SIGNING_KEY.test(v),
        "Signing key must be a Stripe webhook signing secret (whsec_…, from the Stripe dashboard or CLI)",
      ),
    }),
    secretFields: ["signingKey"],
    hint: (f) => secretTail(f.signingKey, "whsec_"),
  }),
};

type Catalogue = typeof credentialTypes;
export type CredentialType = keyof Catalogue;
export type OutgoingCredentialType = { [T in CredentialType]: Catalogue[T]["direction"] extends "OUTGOING" ? T : never }[CredentialType];
export type IncomingCredentialType = Exclude<CredentialType, OutgoingCredentialType>;
/** The normalized fields of a credential of type T. */
export type CredentialFields<T extends CredentialType> = z.output<Catalogue[T]["schema"]>;
/** A type with its fields, discriminated on `type`. */
export type ParsedCredential = { [T in CredentialType]: { type: T; fields: CredentialFields<T> } }[CredentialType];

export const CREDENTIAL_TYPES = Object.keys(credentialTypes) as CredentialType[];
export const OUTGOING_CREDENTIAL_TYPES = CREDENTIAL_TYPES.filter(
  (t) => credentialTypes[t].direction === "OUTGOING",
) as OutgoingCredentialType[];
export const INCOMING_CREDENTIAL_TYPES = CREDENTIAL_TYPES.filter(
  (t) => credentialTypes[t].direction === "INCOMING",
) as IncomingCredentialType[];

export function isCredentialType(type: string): type is CredentialType {
  return Object.hasOwn(credentialTypes, type);
}

export function isOutgoingCredentialType(type: string): type is OutgoingCredentialType {
  return isCredentialType(type) && credentialTypes[type].direction === "OUTGOING";
}

/** The definition of a type, as the non-generic interface. */
export function credentialType(type: CredentialType): CredentialTypeDefinition {
  return credentialTypes[type] as unknown as CredentialTypeDefinition;
}

/** Every field a type takes, in the order of its schema (the GraphQL input fields). */
export function credentialFieldNames(type: CredentialType): string[] {
  return Object.keys(credentialType(type).schema.shape);
}

/**
 * Validates and normalizes the fields of a credential. Throws ValidationError
 * with paths under `basePath` (e.g. ["input", "fields", "apiSecret"]); an
 * unknown type is reported at `typePath`.
 */
export function parseCredential(
  type: string,
  input: unknown,
  { basePath = ["input", "fields"], typePath = ["input", "type"] }: { basePath?: string[]; typePath?: string[] } = {},
): ParsedCredential {
  if (!isCredentialType(type)) {
    throw ValidationError.field(typePath, `Unknown credential type "${type}". Known types: ${CREDENTIAL_TYPES.join(", ")}`);
  }
  const definition = credentialType(type);
  const fields = withoutNulls(input);
  if (fields === undefined) throw ValidationError.field(basePath, "Fields must be an object");

  // A field of another type is refused by name rather than silently dropped:
  // it usually means the wrong type was picked.
  const known = new Set(credentialFieldNames(type));
  const unknown = Object.keys(fields).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new ValidationError(
      unknown.map((name) => ({ path: [...basePath, name], message: `${name} is not a field of ${type} credentials` })),
    );
  }
  return { type, fields: parseInput(definition.schema, fields, basePath) } as ParsedCredential;
}

/** parseCredential for callers that know the type statically. */
export function parseCredentialFields<T extends CredentialType>(
  type: T,
  input: unknown,
  paths?: { basePath?: string[]; typePath?: string[] },
): CredentialFields<T>;
export function parseCredentialFields(
  type: string,
  input: unknown,
  paths?: { basePath?: string[]; typePath?: string[] },
): ParsedCredential["fields"];
export function parseCredentialFields(
  type: string,
  input: unknown,
  paths?: { basePath?: string[]; typePath?: string[] },
): ParsedCredential["fields"] {
  return parseCredential(type, input, paths).fields;
}

/** The hint for a credential's list entry (never contains a secret). */
export function credentialHint(type: CredentialType, fields: Record<string, unknown>): string | null {
  return credentialType(type).hint(fields);
}

/** A copy of the fields without the secret ones: what may be shown or logged. */
export function publicCredentialFields(type: CredentialType, fields: Record<string, unknown>): Record<string, unknown> {
  const secret = new Set<string>(credentialType(type).secretFields);
  return Object.fromEntries(Object.entries(fields).filter(([name]) => !secret.has(name)));
}

// GraphQL sends an omitted optional field as null; treat it as absent.
function withoutNulls(input: unknown): Record<string, unknown> | undefined {
  if (input === undefined || input === null) return {};
  if (typeof input !== "object" || Array.isArray(input)) return undefined;
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));
}
