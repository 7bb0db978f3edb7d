// The ceiling's own process: undici POSTs of the envelope Switchyard would
// send, with the same headers, through a keep-alive pool sized like
// Switchyard's sender (64 connections per origin), to the sink. Apart from
// Switchyard's process so that, run beside it, it does not wait on
// Switchyard's event loop (the embedded database runs on that thread).
import { Agent, request } from "undici";
import { newId } from "../../server/ids.ts";
import { monotonicMs, sleep } from "./clock.ts";
import type { CeilingReply, CeilingRequest } from "./ceiling-protocol.ts";
import { envelope, payloadFactory } from "./payload.ts";

const agent = new Agent({ connections: 64, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 120_000 });
// The same length as Switchyard's event type names (bench.event_0), so the bodies are the same size.
const type = "bench.ceiling";
let origin = "";
// Given by the parent: importing it from deliver.ts here would load half the engine and slow this process's start.
let userAgent = "";
let payload = payloadFactory(1024, type);
let seq = 0;

function send(message: CeilingReply): void {
  process.send?.(message);
}

interface Sent {
  ids: string[];
  started: number[];
  errors: number;
  firstError?: string;
}

async function post(into: Sent): Promise<void> {
  const id = newId("Event");
  const now = new Date();
  const body = envelope(id, type, payload(seq++), now);
  const headers = {
    "user-agent": userAgent,
    "content-type": "application/json",
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
    "x-switchyard-delivery-id": newId("Delivery"),
    "x-switchyard-attempt": "1",
    "x-switchyard-event-type": type,
  };
  const started = monotonicMs();
  try {
    const response = await request(`${origin}/ceiling`, { method: "POST", headers, body, dispatcher: agent });
    await response.body.dump();
    if (response.statusCode !== 204) throw new Error(`the sink answered ${response.statusCode}`);
    into.ids.push(id);
    into.started.push(started);
  } catch (error) {
    into.errors++;
    into.firstError ??= (error as Error).message;
  }
}

async function closedLoop(count: number, concurrency: number): Promise<Sent> {
  const sent: Sent = { ids: [], started: [], errors: 0 };
  let next = 0;
  const loop = async () => {
    while (next < count) {
      next++;
      await post(sent);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, loop));
  return sent;
}

async function paced(count: number, ratePerSecond: number, delayMs: number): Promise<Sent> {
  const sent: Sent = { ids: [], started: [], errors: 0 };
  const interval = 1000 / ratePerSecond;
  const start = monotonicMs() + delayMs;
  const calls: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = start + i * interval - monotonicMs();
    if (wait > 0) await sleep(wait);
    calls.push(post(sent));
  }
  await Promise.all(calls);
  return sent;
}

process.on("message", (message: CeilingRequest) => {
  void (async () => {
    if (message.type === "close") {
      await agent.close();
      process.exit(0);
    }
    if (message.type === "target") {
      origin = message.origin;
      userAgent = message.userAgent;
      payload = payloadFactory(message.bodyBytes, type);
      send({ type: "done", token: message.token });
      return;
    }
    const first = monotonicMs();
    const sent =
      message.type === "closedLoop"
        ? await closedLoop(message.count, message.concurrency)
        : await paced(message.count, message.ratePerSecond, message.delayMs);
    send({ type: "sent", token: message.token, first, ...sent });
  })();
});
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
