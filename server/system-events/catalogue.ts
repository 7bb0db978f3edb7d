// The events Switchyard raises itself. They live in every organization's
// event type catalogue (marked system), with a JSON Schema and an example,
// and are delivered like published events: to webhooks and notification rules.
export interface SystemEventType<Name extends string = string> {
  name: Name;
  description: string;
  schema: object;
  example: object;
}

const actor = {
  type: "object",
  required: ["tokenId", "tokenName"],
  properties: { tokenId: { type: ["string", "null"] }, tokenName: { type: "string" } },
};

/** A change to one resource: who made it, the resource as it is now (or was, once deleted), and as it was before. */
function changeType<Name extends string>(
  name: Name,
  description: string,
  resourceKey: string,
  example: object,
  withPrevious = false,
): SystemEventType<Name> {
  const resource = { type: "object", required: ["id"], properties: { id: { type: "string" } } };
  return {
    name,
    description,
    schema: {
      type: "object",
      required: ["organizationId", "actor", resourceKey],
      properties: {
        organizationId: { type: "string" },
        actor,
        [resourceKey]: resource,
        ...(withPrevious && { previous: resource }),
      },
    },
    example: {
      organizationId: "org_01jq3v5ghxf3rrk8n0wzxq4f2d",
      actor: { tokenId: "tok_01jq3v5ghxf3rrk8n0wzxq4f2e", tokenName: "Deploy bot" },
      [resourceKey]: example,
      ...(withPrevious && { previous: { ...example, name: "Old name" } }),
    },
  };
}

const destination = {
  id: "dst_01jq3v5ghxf3rrk8n0wzxq4f2f",
  name: "Billing",
  code: "billing",
  url: "https://hooks.example.com/billing",
  state: "ACTIVE",
};
const credential = {
  id: "cred_01jq3v5ghxf3rrk8n0wzxq4f2g",
  name: "Billing signing key",
  type: "STANDARD_WEBHOOKS",
  system: "Webhook destination",
};
const webhook = {
  id: "wh_01jq3v5ghxf3rrk8n0wzxq4f2h",
  name: "Invoices",
  destinationId: destination.id,
  eventTypes: ["invoice.paid"],
  enabled: true,
};
const source = {
  id: "src_01jq3v5ghxf3rrk8n0wzxq4f2n",
  name: "Stripe",
  credentialId: credential.id,
  eventTypeMode: "PAYLOAD_FIELD",
  eventTypeField: "type",
  eventTypePrefix: "stripe.",
  enabled: true,
};
const token = { id: "tok_01jq3v5ghxf3rrk8n0wzxq4f2j", name: "CI", role: "OPERATOR", reach: "ORGANIZATION" };

const organization = { id: "org_01jq3v5ghxf3rrk8n0wzxq4f2d", name: "Acme Rewards", archivedAt: null };

const catalogue = [
  changeType(
    "organization.created",
    "An organization was created (raised in it, and in the organization of the token that created it).",
    "organization",
    organization,
  ),
  changeType("organization.updated", "An organization was renamed.", "organization", organization, true),
  changeType(
    "organization.archived",
    "An organization was archived: its tokens stopped working and its deliveries were cancelled (raised in the organization of the token that archived it).",
    "organization",
    { ...organization, archivedAt: "2026-11-23T12:00:00.000Z" },
    true,
  ),
  {
    name: "user.updated" as const,
    description: "A user (an access token, Switchyard's principal) was added to the organization or renamed.",
    schema: {
      type: "object",
      required: ["organizationId", "actor", "user"],
      properties: {
        organizationId: { type: "string" },
        actor,
        user: {
          type: "object",
          required: ["id", "name", "role"],
          properties: { id: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
        },
      },
    },
    example: {
      organizationId: "org_01jq3v5ghxf3rrk8n0wzxq4f2d",
      actor: { tokenId: "tok_01jq3v5ghxf3rrk8n0wzxq4f2e", tokenName: "Deploy bot" },
      user: { id: token.id, name: token.name, role: token.role },
    },
  },
  changeType("destination.created", "A destination was created.", "destination", destination),
  changeType("destination.updated", "A destination was changed, paused or resumed.", "destination", destination, true),
  changeType("destination.deleted", "A destination was deleted.", "destination", destination),
  {
    name: "destination.disabled" as const,
    description: "Switchyard disabled a destination: it answered 410 Gone, or nothing succeeded for 5 days.",
    schema: {
      type: "object",
      required: ["organizationId", "destination", "reason"],
      properties: {
        organizationId: { type: "string" },
        actor,
        destination: { type: "object", required: ["id"] },
        reason: { type: "string" },
      },
    },
    example: {
      organizationId: "org_01jq3v5ghxf3rrk8n0wzxq4f2d",
      actor: { tokenId: null, tokenName: "Switchyard" },
      destination: { ...destination, state: "DISABLED" },
      reason: "No successful delivery for 5 days.",
    },
  },
  changeType("credential.created", "A credential was created (its secrets are never in the event).", "credential", credential),
  changeType("credential.deleted", "A credential was deleted.", "credential", credential),
  changeType("token.created", "An access token was created (its secret is never in the event).", "token", token),
  changeType("token.revoked", "An access token was revoked.", "token", { ...token, revokedAt: "2026-11-23T12:00:00.000Z" }),
  changeType("webhook.created", "A webhook was created.", "webhook", webhook),
  changeType("webhook.updated", "A webhook's events, state or options changed.", "webhook", webhook, true),
  changeType("webhook.deleted", "A webhook was deleted.", "webhook", webhook),
  changeType("source.created", "A source (incoming webhooks) was created (its ingest key is never in the event).", "source", source),
  changeType("source.updated", "A source was changed, enabled or disabled, or its ingest key rotated.", "source", source, true),
  changeType("source.deleted", "A source was deleted.", "source", source),
  {
    name: "delivery.exhausted" as const,
    description: "A delivery ran out of attempts (or its endpoint is gone) and will not be retried.",
    schema: {
      type: "object",
      required: ["organizationId", "delivery", "destination"],
      properties: {
        organizationId: { type: "string" },
        delivery: {
          type: "object",
          required: ["id", "eventId", "eventType", "attemptCount"],
          properties: {
            id: { type: "string" },
            eventId: { type: "string" },
            eventType: { type: "string" },
            attemptCount: { type: "integer" },
          },
        },
        destination: { type: "object", required: ["id", "name", "url"] },
      },
    },
    example: {
      organizationId: "org_01jq3v5ghxf3rrk8n0wzxq4f2d",
      delivery: {
        id: "dlv_01jq3v5ghxf3rrk8n0wzxq4f2k",
        eventId: "evt_01jq3v5ghxf3rrk8n0wzxq4f2m",
        eventType: "invoice.paid",
        webhookId: webhook.id,
        ruleId: null,
        attemptCount: 8,
        lastStatusCode: 503,
        lastError: "The endpoint answered 503.",
      },
      destination: { id: destination.id, name: destination.name, url: destination.url },
    },
  },
];

/** The names of the events Switchyard raises, as a type: recorded changes' actions are checked against it. */
export type SystemEventName = (typeof catalogue)[number]["name"];

export const systemEventTypes: readonly SystemEventType<SystemEventName>[] = catalogue;

export const systemEventNames: ReadonlySet<string> = new Set(systemEventTypes.map((t) => t.name));
