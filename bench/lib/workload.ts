// What the scenarios send through Switchyard: chains event type → destination
// (the sink) → webhook, events spread round-robin over them, and helpers to
// publish, warm up and check that everything arrived exactly as published.
import { monotonicMs, sleep } from "./clock.ts";
import { payloadFactory, type BenchPayload } from "./payload.ts";
import type { ScenarioContext } from "./scenario.ts";
import { createChains, publishBatch, type BenchApp, type Chain, type GraphQLClient, type PublishInput } from "./switchyard.ts";
import type { Arrivals, Sink } from "./sink.ts";

export interface Workload {
  chain: Chain;
  event(seq: number): PublishInput & { payload: BenchPayload };
}

export async function prepareWorkload(
  context: ScenarioContext,
  sy: GraphQLClient,
  options: { credential?: "STANDARD_WEBHOOKS"; destinations?: number } = {},
): Promise<Workload> {
  const chain = await createChains(sy, {
    sinkOrigin: context.sink.origin,
    count: options.destinations ?? context.destinations,
    prefix: "bench",
    credential: options.credential,
  });
  // Every event type name has the same length, so every body has the same size.
  const payload = payloadFactory(context.options.bodyBytes, chain.eventTypes[0]);
  return { chain, event: (seq) => ({ type: chain.eventTypes[seq % chain.eventTypes.length], payload: payload(seq) }) };
}

export interface Published {
  ids: string[];
  /** Monotonic ms: the first call started, the last call returned. */
  started: number;
  finished: number;
  /** Duration of each publishEvents call, ms. */
  callMs: number[];
}

/** `count` events, `batch` per publishEvents call, one call after the other. */
export async function publishInBatches(
  sy: GraphQLClient,
  workload: Workload,
  count: number,
  batch: number,
  firstSeq = 0,
): Promise<Published> {
  const ids: string[] = [];
  const callMs: number[] = [];
  const started = monotonicMs();
  for (let offset = 0; offset < count; offset += batch) {
    const events = Array.from({ length: Math.min(batch, count - offset) }, (_, i) => workload.event(firstSeq + offset + i));
    const callStarted = monotonicMs();
    ids.push(...(await publishBatch(sy, events)));
    callMs.push(monotonicMs() - callStarted);
  }
  return { ids, started, finished: monotonicMs(), callMs };
}

/**
 * Sends `count` events through before measuring (connections, query plans,
 * JIT), waits until the sink has them, and resets the sink.
 */
export async function warmUp(context: ScenarioContext, sy: BenchApp, workload: Workload, count: number): Promise<void> {
  await context.sink.reset();
  await publishInBatches(sy, workload, count, Math.min(count, context.options.batch), 1_000_000);
  await context.sink.waitFor(count);
  await context.sink.reset();
}

/** Throws unless every published event reached the sink; returns sanity counts for the report. */
export function checkArrivals(
  ids: string[],
  arrivals: Arrivals,
): { received: number; duplicates: number; unparsed: number; meanBodyBytes: number } {
  const missing = ids.filter((id) => !arrivals.byId.has(id));
  if (missing.length > 0) throw new Error(`${missing.length} of ${ids.length} events never reached the sink (e.g. ${missing[0]})`);
  return { received: arrivals.count, duplicates: arrivals.duplicates, unparsed: arrivals.unparsed, meanBodyBytes: arrivals.meanBodyBytes };
}

export interface Settled {
  /** Deliveries by status once settled (all SUCCEEDED after a clean run). */
  deliveries: Record<string, number>;
  failedAttempts: number;
  /** From the call until Switchyard had recorded every delivery: it records an attempt after the answer, so after the sink has the request. */
  settleMs: number;
}

/** Waits (up to `timeoutMs`) until Switchyard has recorded every delivery as succeeded, and says how things stand. */
export async function settle(sy: BenchApp, timeoutMs = 15_000): Promise<Settled> {
  const prisma = sy.app.runtime.prisma;
  const started = monotonicMs();
  for (;;) {
    const unfinished = await prisma.delivery.count({ where: { status: { not: "SUCCEEDED" } } });
    if (unfinished === 0 || monotonicMs() - started > timeoutMs) break;
    await sleep(50);
  }
  const settleMs = monotonicMs() - started;
  const groups = await prisma.delivery.groupBy({ by: ["status"], _count: { _all: true } });
  const failedAttempts = await prisma.attempt.count({ where: { succeeded: false } });
  return { deliveries: Object.fromEntries(groups.map((g) => [g.status, g._count._all])), failedAttempts, settleMs };
}

/** Waits until the sink has `count` requests or `waitMs` has passed; returns when it stopped waiting (monotonic ms). */
export async function waitForSink(sink: Sink, count: number, waitMs: number): Promise<number> {
  const deadline = monotonicMs() + waitMs;
  while ((await sink.count()) < count && monotonicMs() < deadline) await sleep(50);
  return monotonicMs();
}
