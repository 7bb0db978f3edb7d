// A request to an ingest URL, from key to answer. The order is the defence:
// an address that has used up its unknown keys costs no lookup; a stranger
// with a key but no credential spends a budget of its own (per source and
// address), never the sender's, has at most 1 KiB of its body read-and-kept
// (none for a password or bearer token, checked before the body is read), and
// its refusals are recorded at most RECORDED_INGEST_REFUSALS_PER_MINUTE a
// minute, the rest counted; a body must arrive within INGEST_BODY_DEADLINE_MS;
// only a verified request spends the source's budget, and only a verified
// body is parsed and published (through publishEvents, like the API).
import type { IncomingRejection } from "../db/generated/enums.ts";
import type { Credential, Source } from "../db/generated/client.ts";
import { ConflictError, RateLimitedError, ValidationError } from "../errors.ts";
import { operationFor, type Operation } from "../operation.ts";
import { actingFor, busyRetryAfterSeconds, databaseLimitOf } from "../db/organization-share.ts";
import type { Runtime } from "../runtime.ts";
import { RECORDED_INGEST_REFUSALS_PER_MINUTE, type Refusal, type RequestBudget } from "../rate-limit/request-budget.ts";
import type { IntakeAdmission } from "../delivery/intake-admission.ts";
import { openCredentialFields } from "../credentials/credentials.ts";
import { isOutgoingCredentialType, type CredentialFields, type IncomingCredentialType } from "../credentials/credential-types.ts";
import { createEventType } from "../events/event-types.ts";
import { MAX_PAYLOAD_BYTES, publishEvents, type PublishInput } from "../events/publish.ts";
import { isIngestKeyShape } from "../sources/ingest-key.ts";
import type { FoundKeys } from "./found-keys.ts";
import { eventsFrom, parseIncomingJson, PayloadRefusal } from "./incoming-payload.ts";
import { recordIncomingRequest } from "./record-request.ts";
import type { ReceivedRequest, Verdict } from "./received-request.ts";
import { verifiesFromHeaders, verifyIncoming } from "./verifiers/index.ts";

/** The whole body must arrive within this once reading starts: a provider sends 512 KiB in well under a second. */
export const INGEST_BODY_DEADLINE_MS = 10_000;

/** What reading the body gave: the bytes, or why not. */
export type BodyRead = Buffer | "too large" | "too slow";

export interface IngestRequest extends Omit<ReceivedRequest, "body"> {
  key: string;
  /** The client's address: it scopes the budgets of unknown keys and of unverified requests. */
  address?: string;
  /** The announced Content-Length, when there is one. */
  contentLength?: number;
  /** Reads the body, giving up past `limit` bytes or once `deadlineMs` have passed. */
  readBody(limit: number, deadlineMs: number): Promise<BodyRead>;
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
  408: "request timeout",
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

const retryAfter = (refusal: Pick<Refusal, "retryAfterSeconds">) => ({ "retry-after": String(refusal.retryAfterSeconds) });

const isJson = (contentType: string | undefined) => /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType ?? "");

/** What holds a sender back: the per-source (and per-address) budgets, and the organization's delivery backlog. */
export interface IngestAdmission {
  budget: RequestBudget;
  intake: IntakeAdmission;
}

export async function receive(
  runtime: Runtime,
  admission: IngestAdmission & { foundKeys: FoundKeys },
  request: IngestRequest,
): Promise<IngestAnswer> {
  const { budget, foundKeys } = admission;
  // Nothing is written for an unknown key: a stranger guessing keys costs a lookup, and their address's budget.
  const unknownKey = async () => {
    const refused = request.address === undefined ? undefined : await budget.unknownIngestKey(request.address);
    return refused ? answer(429, retryAfter(refused)) : answer(404);
  };
  if (!isIngestKeyShape(request.key)) return unknownKey();
  // Once an address has used up its unknown keys, its guesses cost no lookup at all.
  if (request.address !== undefined && !foundKeys.has(request.key)) {
    const spent = await budget.ingestKeyGuessesSpent(request.address);
    if (spent) return answer(429, retryAfter(spent));
  }
  const found = await runtime.prisma.source.findUnique({ where: { ingestKey: request.key }, include: { credential: true } });
  if (!found) {
    foundKeys.gone(request.key);
    return unknownKey();
  }
  foundKeys.found(request.key);
  // From here on, its organization's: the statements take turns of that organization's database share.
  try {
    return await actingFor(found.organizationId, () => receiveFromSource(runtime, admission, request, found));
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
  const address = request.address ?? "unknown";
  const type = credential.type as IncomingCredentialType;
  let verified = false;

  /** A verified sender's refusal: recorded in full, as its accepted requests are (the source's budget bounds both). */
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
  /** A refusal before the credential checked out: recorded within the source's quota, shortened; past it, counted. */
  const refuse = async (rejection: IncomingRejection, detail: string, body?: Buffer, extraHeaders?: Record<string, string>) => {
    const status = statusOf[rejection];
    const slot = await budget.ingestRefusal(source.id);
    if (slot.record) {
      const before =
        slot.unrecordedBefore > 0
          ? ` Since the previous refusal recorded, ${slot.unrecordedBefore} more were refused unrecorded (past the quota, or a body not received within ${INGEST_BODY_DEADLINE_MS / 1000} s).`
          : "";
      const last = slot.lastOfWindow
        ? ` The ${RECORDED_INGEST_REFUSALS_PER_MINUTE}-a-minute quota of recorded refusals is used up: the next ${slot.lastOfWindow.retryAfterSeconds} s of them are only counted.`
        : "";
      await recordIncomingRequest(op, {
        ...base,
        outcome: "REJECTED",
        rejection,
        detail: `${detail}${before}${last}`,
        responseStatus: status,
        body,
        bodyBytes: body?.length ?? request.contentLength ?? 0,
        unverified: true,
      });
    }
    return answer(status, extraHeaders);
  };
  const refusal = (rejection: IncomingRejection, detail: string, body?: Buffer) =>
    verified ? reject(rejection, detail, body) : refuse(rejection, detail, body);
  /** A failed credential counts against the address's allowance of unverified requests to this source. */
  const failed = async (verdict: Extract<Verdict, { ok: false }>, body: Buffer | undefined, charged: boolean) => {
    const over = charged ? undefined : await budget.unverifiedIngest(source.id, address);
    if (over) return refuse("RATE_LIMITED", strangerFlood(over, address), undefined, retryAfter(over));
    return refuse(verdict.rejection, verdict.detail, body);
  };
  /** Spends the source's budget, once the credential checked out. */
  const admitVerified = async () => {
    verified = true;
    const limited = await budget.ingestRequest(source.id);
    if (!limited) return undefined;
    // Only the first refusal of a window is recorded: a flood must not turn into as many writes.
    if (!limited.firstOfWindow) return answer(429, retryAfter(limited));
    return reject(
      "RATE_LIMITED",
      `More than ${limited.limit} requests in ${limited.windowSeconds} s; the rest of this window is refused unrecorded.`,
      undefined,
      retryAfter(limited),
    );
  };

  if (!source.enabled) return refuse("SOURCE_DISABLED", "The source is disabled.");
  // As publishEvent is: an organization too far behind on deliveries is told to come back later. Unrecorded, as
  // rate-limited requests after the first of a window are: refusals under overload must not add writes.
  const overloaded = intake.check(source.organizationId);
  if (overloaded) return answer(503, retryAfter(overloaded));
  if (verifiesFromHeaders(type)) {
    const verdict = await verify(runtime, credential, { ...request, body: Buffer.alloc(0) }, receivedAt);
    if (!verdict.ok) return failed(verdict, undefined, false);
    const limited = await admitVerified();
    if (limited) return limited;
  }
  const tooLarge = `The body is larger than the ${MAX_PAYLOAD_BYTES} bytes (512 KiB) an event may hold.`;
  if ((request.contentLength ?? 0) > MAX_PAYLOAD_BYTES) return refusal("TOO_LARGE", tooLarge);
  if (!isJson(request.headers["content-type"])) {
    return refusal("UNSUPPORTED_MEDIA_TYPE", `Content-Type ${request.headers["content-type"] ?? "(none)"} is not JSON.`);
  }
  // A body is read for a stranger only within the address's allowance: it holds at most that many bodies at once.
  const over = verified ? undefined : await budget.unverifiedIngest(source.id, address);
  if (over) return refuse("RATE_LIMITED", strangerFlood(over, address), undefined, retryAfter(over));
  const body = await request.readBody(MAX_PAYLOAD_BYTES, INGEST_BODY_DEADLINE_MS);
  if (body === "too large") return refusal("TOO_LARGE", tooLarge);
  if (body === "too slow") {
    // No IncomingRejection says "too slow": it is counted with the unrecorded refusals, and the next recorded one tells.
    await budget.unrecordedIngestRefusal(source.id);
    return answer(408);
  }
  if (!verified) {
    const verdict = await verify(runtime, credential, { ...request, body }, receivedAt);
    if (!verdict.ok) return failed(verdict, body, true);
    await budget.verifiedIngest(source.id, address);
    const limited = await admitVerified();
    if (limited) return limited;
  }

  let inputs: PublishInput[];
  try {
    inputs = eventsFrom(source, type, parseIncomingJson(body), request.headers["webhook-id"]);
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
    if (error instanceof RateLimitedError) return reject("RATE_LIMITED", error.message, body, retryAfter(error));
    if (databaseLimitOf(error)) throw error;
    runtime.logger.error({ err: error, sourceId: source.id }, "an incoming request could not be published");
    return answer(500);
  }
}

const strangerFlood = (over: Refusal, address: string) =>
  `More than ${over.limit} requests that did not verify came from ${address} in ${over.windowSeconds} s; ` +
  "its requests are refused before their body is read until the window ends (a password or token is still checked).";

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
