// The load generator's own process: publishes events one per call (the
// publishEvent mutation) over real HTTP to a Switchyard in its own process,
// through undici with keep-alive connections, open loop at a fixed rate: a
// call starts when it is due, whether or not earlier calls have been
// answered, so a slow Switchyard shows as latency and backlog, not as a
// politely lower rate. Each call is stamped when it starts, on the machine's
// monotonic clock (clock.ts), as the sink stamps arrivals.
import { Agent, request } from "undici";
import { monotonicMs, sleep } from "./clock.ts";
import { summarize } from "./latency.ts";
import type { LoadReply, LoadRequest } from "./load-protocol.ts";
import { payloadFactory, type BenchPayload } from "./payload.ts";

const PUBLISH = `mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename ... on PublishedEvent { event { id } } ... on ValidationError { issues { path message } } } }`;

let agent: Agent | undefined;
let url = "";
let headers: Record<string, string> = {};
let callTimeoutMs = 60_000;
let eventTypes: string[] = [];
let payload: (seq: number) => BenchPayload = () => {
  throw new Error("no target yet");
};

function send(message: LoadReply): void {
  process.send?.(message);
}

interface Outcome {
  ids: string[];
  started: number[];
  outcomes: Record<string, number>;
  withRetryAfter: number;
  firstError?: string;
  callMs: number[];
  finished: number;
}

function count(into: Outcome, outcome: string, error?: string): void {
  into.outcomes[outcome] = (into.outcomes[outcome] ?? 0) + 1;
  if (error) into.firstError ??= error;
}

async function publish(seq: number, into: Outcome): Promise<void> {
  const body = JSON.stringify({
    query: PUBLISH,
    variables: { input: { type: eventTypes[seq % eventTypes.length], payload: payload(seq) } },
  });
  const started = monotonicMs();
  // A call unanswered this long is given up (outcome "timeout"), so an overloaded run ends in bounded time.
  const signal = AbortSignal.timeout(callTimeoutMs);
  try {
    const response = await request(url, { method: "POST", headers, body, dispatcher: agent, signal });
    const text = await response.body.text();
    into.finished = Math.max(into.finished, monotonicMs());
    if (response.statusCode !== 200) {
      if ((response.statusCode === 429 || response.statusCode === 503) && response.headers["retry-after"] !== undefined)
        into.withRetryAfter++;
      return count(into, `http_${response.statusCode}`, `HTTP ${response.statusCode}: ${text.slice(0, 200)}`);
    }
    const result = JSON.parse(text) as {
      data?: { publishEvent?: { __typename: string; event?: { id: string } } };
      errors?: unknown[];
    };
    const published = result.data?.publishEvent;
    if (result.errors?.length || !published) return count(into, "graphql_errors", text.slice(0, 200));
    if (published.__typename !== "PublishedEvent" || !published.event) return count(into, published.__typename, text.slice(0, 200));
    count(into, "accepted");
    into.ids.push(published.event.id);
    into.started.push(started);
    into.callMs.push(monotonicMs() - started);
  } catch (error) {
    into.finished = Math.max(into.finished, monotonicMs());
    if (signal.aborted) return count(into, "timeout", `no answer within ${callTimeoutMs / 1000} s`);
    // undici's codes say what failed: UND_ERR_HEADERS_TIMEOUT (no answer within 300 s), ECONNRESET, …
    count(into, `network_${(error as { code?: string }).code ?? "error"}`, (error as Error).message);
  }
}

async function openLoop(ratePerSecond: number, total: number, firstSeq: number): Promise<Extract<LoadReply, { type: "published" }>> {
  const into: Outcome = { ids: [], started: [], outcomes: {}, withRetryAfter: 0, callMs: [], finished: 0 };
  const interval = 1000 / ratePerSecond;
  const first = monotonicMs();
  let lastStarted = first;
  const calls: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const wait = first + i * interval - monotonicMs();
    if (wait > 0) await sleep(wait);
    lastStarted = monotonicMs();
    calls.push(publish(firstSeq + i, into));
  }
  await Promise.all(calls);
  const { callMs, ...rest } = into;
  return { type: "published", token: 0, ...rest, first, lastStarted, callMs: callMs.length ? summarize(callMs) : null };
}

process.on("message", (message: LoadRequest) => {
  void (async () => {
    switch (message.type) {
      case "target":
        await agent?.close();
        agent = new Agent({ connections: message.connections, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 120_000 });
        url = `${message.origin}/graphql`;
        headers = {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json",
          authorization: `Bearer ${message.accessToken}`,
        };
        eventTypes = message.eventTypes;
        callTimeoutMs = message.callTimeoutMs;
        // Every event type name has the same length, so every body has the same size.
        payload = payloadFactory(message.bodyBytes, eventTypes[0]);
        return send({ type: "done", token: message.token });
      case "open":
        return send({ ...(await openLoop(message.ratePerSecond, message.count, message.firstSeq)), token: message.token });
      case "close":
        await agent?.close();
        process.exit(0);
    }
  })();
});
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
