// Turns a verified body into the events it becomes: the JSON (refused when the
// database could not store it faithfully), one event per element of a top-level
// array (HubSpot sends batches), each with its type and the provider's event id.
import type { Source } from "../db/generated/client.ts";
import type { IncomingCredentialType } from "../credentials/credential-types.ts";
import { EVENT_TYPE_NAME } from "../events/event-types.ts";
import { MAX_EVENTS_PER_CALL, type PublishInput } from "../events/publish.ts";
import { inputTextIssues } from "../input-text.ts";
import { systemEventNames } from "../system-events/catalogue.ts";
import { createHash } from "node:crypto";

export class PayloadRefusal extends Error {
  constructor(
    readonly rejection: "INVALID_JSON" | "EVENT_REFUSED",
    message: string,
  ) {
    super(message);
  }
}

/** The body as JSON the database can hold, or a PayloadRefusal saying why not. */
export function parseIncomingJson(body: Buffer): unknown {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    throw new PayloadRefusal("INVALID_JSON", "The body is not UTF-8 text.");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PayloadRefusal("INVALID_JSON", `The body is not JSON: ${(error as Error).message.slice(0, 200)}`);
  }
  const issues = inputTextIssues(value, ["body"]);
  if (issues.length > 0) {
    throw new PayloadRefusal("INVALID_JSON", issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  }
  return value;
}

// Where each provider puts its own event id in a payload (an element of the batch, for HubSpot).
const providerIdField: Partial<Record<IncomingCredentialType, string>> = {
  STRIPE_SIGNATURE: "id",
  HUBSPOT_CLIENT_SECRET: "eventId",
};

function fieldAt(value: unknown, path: string): unknown {
  let at: unknown = value;
  for (const key of path.split(".")) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * An idempotency key per provider event, scoped to the source (so two sources, or a published
 * event, never collide); long provider ids are hashed to stay within the key's 255 characters.
 */
function keyFor(source: Source, providerId: string): string {
  const id = providerId.length > 200 ? `sha256:${createHash("sha256").update(providerId).digest("hex")}` : providerId;
  return `source:${source.id}:${id}`;
}

export function eventsFrom(
  source: Source,
  credentialType: IncomingCredentialType,
  payload: unknown,
  webhookId: string | undefined,
): PublishInput[] {
  const batch = Array.isArray(payload);
  const items: unknown[] = batch ? payload : [payload];
  if (items.length === 0 || items.length > MAX_EVENTS_PER_CALL) {
    throw new PayloadRefusal("EVENT_REFUSED", `A batch holds 1 to ${MAX_EVENTS_PER_CALL} events; this one holds ${items.length}.`);
  }
  return items.map((item, index) => {
    const at = batch ? `[${index}]` : "the payload";
    let type = source.eventType ?? "";
    if (source.eventTypeMode === "PAYLOAD_FIELD") {
      const named = fieldAt(item, source.eventTypeField ?? "");
      if (typeof named !== "string" || named === "") {
        throw new PayloadRefusal("EVENT_REFUSED", `${at} has no text at "${source.eventTypeField}" to name its event type.`);
      }
      type = `${source.eventTypePrefix}${named}`;
    }
    if (type.length > 100 || !EVENT_TYPE_NAME.test(type)) {
      throw new PayloadRefusal("EVENT_REFUSED", `"${type.slice(0, 120)}" is not an event type name (resource.verb, lowercase).`);
    }
    // A sender must never be able to forge Switchyard's own events.
    if (systemEventNames.has(type)) throw new PayloadRefusal("EVENT_REFUSED", `${type} is a system event type; a source cannot raise it.`);
    const idField = providerIdField[credentialType];
    const providerId = idField === undefined ? undefined : fieldAt(item, idField);
    const id =
      typeof providerId === "string" || typeof providerId === "number"
        ? String(providerId)
        : webhookId !== undefined
          ? batch
            ? `${webhookId}:${index}`
            : webhookId
          : undefined;
    return { type, payload: item, programId: source.programId, idempotencyKey: id === undefined ? null : keyFor(source, id) };
  });
}
