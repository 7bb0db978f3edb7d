// A request to an ingest URL, from key to answer. The order is the defence:
// work an attacker can cause without a key is one indexed lookup (none for a
// key of the wrong shape) and no write; with a key, each source's rate limit
// bounds the writes; the body is read only up to the payload limit; and only
// a verified body is parsed and published (through publishEvents, like the API).
import type { IncomingRejection } from "../db/generated/enums.ts";
import type { Credential, Source } from "../db/generated/client.ts";
import { ConflictError, ValidationError } from "../errors.ts";
import { operationFor, type Operation } from "../operation.ts";
import { actingFor, busyRetryAfterSeconds, databaseLimitOf } from "../db/organization-share.ts";
import type { Runtime } from "../runtime.ts";
import type { RequestBudget } from "../rate-limit/request-budget.ts";
import type { IntakeAdmission } from "../delivery/intake-admission.ts";
import { openCredentialFields } from "../credentials/credentials.ts";
import { isOutgoingCredentialType, type CredentialFields, type IncomingCredentialType } from "../credentials/credential-types.ts";
import { createEventType } from "../events/event-types.ts";
import { MAX_PAYLOAD_BYTES, publishEvents, type PublishInput } from "../events/publish.ts";
import { isIngestKeyShape } from "../sources/ingest-key.ts";
import { eventsFrom, parseIncomingJson, PayloadRefusal } from "./incoming-payload.ts";
import { recordIncomingRequest } from "./record-request.ts";
import type { ReceivedRequest } from "./received-request.ts";
import { verifyIncoming } from "./verifiers/index.ts";

export interface IngestRequest extends Omit<ReceivedRequest, "body"> {
  key: string;
  /** The client's address: unknown keys count against its failed-authentication budget. */
  address?: string;
  /** The announced Content-Length, when there is one. */
  contentLength?: number;
  /** Reads the body, giving up (undefined) past `limit` bytes. */
  readBody(limit: number): Promise<Buffer | undefined>;
}

export interface IngestAnswer {
  status: number;
  headers?: Record<string, string>;
  /** Says what happened in a word; never why a signature failed (that is in the request log). */
  body: { ok: true; eventIds: string[] } | { error: string };
}

const statusOf: Record<IncomingRejection, number> = {
  SOURCE_DISABLED: 403,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  MISSING_SIGNATURE: 401,
  BAD_SIGNATURE: 401,
  STALE_TIMESTAMP: 401,
  INVALID_JSON: 400,
  EVENT_REFUSED: 422,
};

const errorWord: Record<number, string> = {
  400: "bad request",
  401: "unauthorized",
  403: "forbidden",
  404: "not found",
  413: "payload too large",
  415: "unsupported media type",
  422: "unprocessable",
  429: "too many requests",
  500: "internal error",
  503: "service unavailable",
};

const answer = (status: number, headers?: Record<string, string>): IngestAnswer => ({
  status,
  headers,
  body: { error: errorWord[status] ?? "error" },
});

const isJson = (contentType: string | undefined) => /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType ?? "");

/** What holds a sender back: the per-source (and per-address) budgets, and the organization's delivery backlog. */
export interface IngestAdmission {
  budget: RequestBudget;
  intake: IntakeAdmission;
}

export async function receive(runtime: Runtime, { budget, intake }: IngestAdmission, request: IngestRequest): Promise<IngestAnswer> {
  const found = isIngestKeyShape(request.key)
    ? await runtime.prisma.source.findUnique({ where: { ingestKey: request.key }, include: { credential: true } })
    : null;
  if (!found) {
    // Nothing is written for an unknown key: a stranger guessing keys costs a lookup, and their address's budget.
    const refused = request.address === undefined ? undefined : await budget.failedAuthentication(request.address);
    return refused ? answer(429, { "retry-after": String(refused.retryAfterSeconds) }) : answer(404);
  }
  // From here on, its organization's: the statements take turns of that organization's database share.
  try {
    return await actingFor(found.organizationId, () => receiveFromSource(runtime, { budget, intake }, request, found));
  } catch (error) {
    // The organization's share is in use and its line full (or a statement ran too long): the sender retries later.
    const limit = databaseLimitOf(error);
    if (!limit) throw error;
    runtime.metrics.databaseLimit(limit);
    return answer(429, { "retry-after": String(busyRetryAfterSeconds(runtime.config.database.apiStatementTimeoutMs)) });
  }
}

async function receiveFromSource(
  runtime: Runtime,
  { budget, intake }: IngestAdmission,
  request: IngestRequest,
  found: Source & { credential: Credential },
): Promise<IngestAnswer> {
  const { credential, ...source } = found;
  const op = operationFor(runtime, { organizationId: source.organizationId }, { tokenId: null, tokenName: `source "${source.name}"` });
  const receivedAt = runtime.clock.now();
  const base = { sourceId: source.id, receivedAt, headers: request.headers };
  const reject = async (rejection: IncomingRejection, detail: string, body?: Buffer, extraHeaders?: Record<string, string>) => {
    const status = statusOf[rejection];
    await recordIncomingRequest(op, {
      ...base,
      outcome: "REJECTED",
      rejection,
      detail,
      responseStatus: status,
      body,
      bodyBytes: body?.length ?? request.contentLength ?? 0,
    });
    return answer(status, extraHeaders);
  };

  const limited = await budget.ingestRequest(source.id);
  if (limited) {
    const retryAfter = { "retry-after": String(limited.retryAfterSeconds) };
    // Only the first refusal of a window is recorded: a flood must not turn into as many writes.
    if (!limited.firstOfWindow) return answer(429, retryAfter);
    return reject(
      "RATE_LIMITED",
      `More than ${limited.limit} requests in ${limited.windowSeconds} s; the rest of this window is refused unrecorded.`,
      undefined,
      retryAfter,
    );
  }
  if (!source.enabled) return reject("SOURCE_DISABLED", "The source is disabled.");
  // As publishEvent is: an organization too far behind on deliveries is told to come back later. Unrecorded, as
  // rate-limited requests after the first of a window are: refusals under overload must not add writes.
  const overloaded = intake.check(source.organizationId);
  if (overloaded) return answer(503, { "retry-after": String(overloaded.retryAfterSeconds) });
  const tooLarge = `The body is larger than the ${MAX_PAYLOAD_BYTES} bytes (512 KiB) an event may hold.`;
  if ((request.contentLength ?? 0) > MAX_PAYLOAD_BYTES) return reject("TOO_LARGE", tooLarge);
  const body = await request.readBody(MAX_PAYLOAD_BYTES);
  if (body === undefined) return reject("TOO_LARGE", tooLarge);
  if (!isJson(request.headers["content-type"])) {
    return reject("UNSUPPORTED_MEDIA_TYPE", `Content-Type ${request.headers["content-type"] ?? "(none)"} is not JSON.`, body);
  }
  const verdict = await verify(runtime, credential, { ...request, body }, receivedAt);
  if (!verdict.ok) return reject(verdict.rejection, verdict.detail, body);

  let inputs: PublishInput[];
  try {
    inputs = eventsFrom(source, credential.type as IncomingCredentialType, parseIncomingJson(body), request.headers["webhook-id"]);
  } catch (error) {
    if (error instanceof PayloadRefusal) return reject(error.rejection, error.message, body);
    throw error;
  }
  try {
    const published = await publish(op, source, inputs);
    const eventIds = published.map((p) => p.event.id);
    await recordIncomingRequest(op, {
      ...base,
      outcome: "ACCEPTED",
      responseStatus: 200,
      body,
      bodyBytes: body.length,
      eventIds,
      duplicate: published.every((p) => p.duplicate),
    });
    return { status: 200, body: { ok: true, eventIds } };
  } catch (error) {
    if (error instanceof ValidationError) return reject("EVENT_REFUSED", error.message, body);
    if (databaseLimitOf(error)) throw error;
    runtime.logger.error({ err: error, sourceId: source.id }, "an incoming request could not be published");
    return answer(500);
  }
}

function verify(runtime: Runtime, credential: Credential, request: ReceivedRequest, now: Date) {
  // The database's foreign key keeps an outgoing credential from being chosen, but not a later type change.
  if (isOutgoingCredentialType(credential.type)) throw new Error(`Source credential ${credential.id} is not an incoming type.`);
  const type = credential.type as IncomingCredentialType;
  return verifyIncoming(type, openCredentialFields(runtime, credential) as CredentialFields<typeof type>, request, now);
}

/** Publishes; a source that creates event types on first sight creates the missing ones and publishes again. */
async function publish(op: Operation, source: Source, inputs: PublishInput[]) {
  const options = { source: "INGEST" as const, pathOf: (i: number) => (inputs.length === 1 ? ["payload"] : ["payload", String(i)]) };
  try {
    return await publishEvents(op, inputs, options);
  } catch (error) {
    const unknownType = (e: unknown) => e instanceof ValidationError && e.issues.some((i) => i.path.at(-1) === "type");
    if (!source.createEventTypes || !unknownType(error)) throw error;
    for (const name of new Set(inputs.map((i) => i.type))) {
      await createEventType(op, { name, description: `Created by source "${source.name}" on first sight.` }).catch((e: unknown) => {
        // Another request created it meanwhile, or an archived type holds the name (the publish below says so).
        if (!(e instanceof ConflictError)) throw e;
      });
    }
    return publishEvents(op, inputs, options);
  }
}
