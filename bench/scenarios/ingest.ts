// Incoming webhooks: Stripe-signed requests (signed by the official stripe
// package's test-header helper) POSTed over real HTTP to a source's ingest URL,
// each verified, recorded and published as an event that a webhook delivers
// to the sink. Two figures: requests accepted/s at the ingest endpoint
// (closed loop, as many at a time as the ceiling's client), beside raw HTTP
// requests/s to the sink; and ingest → delivered latency at a modest steady
// rate, beside a raw POST to the sink interleaved in the same seconds.
import Stripe from "stripe";
import type { Scenario } from "../lib/scenario.ts";
import { figure } from "../lib/report.ts";
import { monotonicMs, paced } from "../lib/clock.ts";
import { latenciesOf, summarize } from "../lib/latency.ts";
import { checkArrivals, prepareWorkload, settle } from "../lib/workload.ts";
import type { BenchApp } from "../lib/switchyard.ts";

const signingKey = "whsec_bench_ingest_signing_key_01";
const stripe = new Stripe("sk_test_not_used");

/** A STRIPE_SIGNATURE credential and a source that takes each request's type from its payload. */
async function createStripeSource(sy: BenchApp): Promise<string> {
  const credential = await sy.graphql<{ createCredential: { credential?: { id: string } } }>(
    `mutation($input: CreateCredentialInput!) { createCredential(input: $input) { ... on CreateCredentialPayload { credential { id } } } }`,
    { input: { name: "bench stripe", type: "STRIPE_SIGNATURE", system: "Stripe", fields: { signingKey } } },
  );
  const source = await sy.graphql<{ createSource: { source?: { ingestPath: string } } }>(
    `mutation($input: CreateSourceInput!) { createSource(input: $input) { ... on SourcePayload { source { ingestPath } } } }`,
    {
      input: {
        name: "bench stripe",
        credentialId: credential.createCredential.credential!.id,
        eventTypeMode: "PAYLOAD_FIELD",
        eventTypeField: "type",
      },
    },
  );
  return `${sy.app.url}${source.createSource.source!.ingestPath}`;
}

export const ingestScenario: Scenario = {
  name: "ingest",
  title: "Incoming webhooks: Stripe-signed requests accepted/s, and ingest → delivered latency",
  async run(context) {
    const { options, sink } = context;
    const sy = await context.startSwitchyard();
    const workload = await prepareWorkload(context, sy);
    const ingestUrl = await createStripeSource(sy);
    const post = async (seq: number) => {
      const event = workload.event(seq);
      const body = JSON.stringify({ id: `evt_bench_${seq}`, type: event.type, data: event.payload });
      const response = await fetch(ingestUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "stripe-signature": stripe.webhooks.generateTestHeaderString({ payload: body, secret: signingKey }),
        },
        body,
      });
      const answer = (await response.json()) as { eventIds?: string[] };
      if (response.status !== 200 || !answer.eventIds) throw new Error(`ingest answered ${response.status}: ${JSON.stringify(answer)}`);
      return answer.eventIds[0];
    };

    // Warm-up, not counted.
    for (let seq = 1_000_000; seq < 1_000_000 + (options.quick ? 3 : 50); seq++) await post(seq);
    await sink.waitFor(options.quick ? 3 : 50);
    await sink.reset();

    const before = await context.measureCeiling("before");
    const concurrency = context.worker.concurrency;
    context.log(`posting ${options.events} Stripe-signed requests, ${concurrency} at a time`);
    const accepted: string[] = [];
    let next = 0;
    const started = monotonicMs();
    await Promise.all(
      Array.from({ length: Math.min(concurrency, options.events) }, async () => {
        while (next < options.events) accepted.push(await post(next++));
      }),
    );
    const seconds = (monotonicMs() - started) / 1000;
    await sink.waitFor(options.events);
    const throughputSanity = checkArrivals(accepted, await sink.arrivals());
    const after = await context.measureCeiling("after");
    await sink.reset();

    context.log(`posting ${options.latencyEvents} requests one at a time at ${options.latencyRate}/s, a raw POST between each two`);
    const ingested = new Map<string, number>();
    const interval = 1000 / options.latencyRate;
    const [, raw] = await Promise.all([
      paced(options.latencyEvents, options.latencyRate, async (seq) => {
        const at = monotonicMs();
        ingested.set(await post(options.events + seq), at);
      }),
      context.ceiling.paced(options.latencyEvents, options.latencyRate, interval / 2),
    ]);
    await sink.waitFor(options.latencyEvents * 2);
    const arrivals = await sink.arrivals();
    const latencySanity = checkArrivals([...ingested.keys(), ...raw.keys()], arrivals);
    const switchyard = summarize(latenciesOf(ingested, arrivals.byId).latencies);
    const ceiling = summarize(latenciesOf(raw, arrivals.byId).latencies);
    const settled = await settle(sy);

    const latency = (p: "p50" | "p99") =>
      figure({
        key: `ingest_latency_${p}_ms`,
        label: `latency ${p}, ingest request → delivered (${options.latencyRate}/s)`,
        unit: "ms",
        better: "lower",
        switchyard: switchyard[p],
        ceilingLabel: "raw HTTP POST, same rate, interleaved",
        ceilingSamples: [ceiling[p]],
      });
    return {
      parameters: { requests: options.events, concurrency, latencyRequests: options.latencyEvents, ratePerSecond: options.latencyRate },
      figures: [
        figure({
          key: "ingest_accepted_per_second",
          label: `Stripe-signed requests accepted/s at the ingest URL, ${concurrency} at a time`,
          unit: "/s",
          better: "higher",
          switchyard: options.events / seconds,
          ceilingLabel: `raw HTTP requests/s, ${concurrency} at a time`,
          ceilingSamples: [before.perSecond, after.perSecond],
        }),
        latency("p50"),
        latency("p99"),
      ],
      details: { seconds, throughputSanity, ...latencySanity, switchyard, ceiling, ...settled },
    };
  },
};
