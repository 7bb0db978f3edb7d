// One open-loop run at a fixed rate against a Switchyard in its own process:
// the load generator publishes one event per call at the rate, for a while,
// (optionally) with raw POSTs to the sink interleaved at the same rate from
// the ceiling's process; then the run waits for what was accepted to arrive.
// The sustained, step and overload scenarios are made of such runs.
import { monotonicMs, sleep } from "./clock.ts";
import { latenciesOf, summarize, type LatencySummary } from "./latency.ts";
import type { LoadGenerator } from "./load.ts";
import type { ScenarioContext } from "./scenario.ts";
import type { Arrivals } from "./sink.ts";

export interface RateRun {
  ratePerSecond: number;
  seconds: number;
  /** Calls made (rate × seconds). */
  offered: number;
  accepted: number;
  /** Accepted events / (first call → last answer, at least the seconds asked for). */
  acceptedPerSecond: number;
  /** Calls by outcome: accepted, http_429, http_503, http_<status>, graphql_errors, timeout, network_<code>. */
  outcomes: Record<string, number>;
  /** 429/503 answers that carried Retry-After. */
  withRetryAfter: number;
  firstError?: string;
  /** Deliveries (of these events) the sink received while publishing went on (first call → last answer), per second. */
  deliveriesPerSecondDuringLoad: number;
  /** After the last answer: deliveries still to come, how long they took, and their rate (null when there were too few to time). */
  drain: { deliveries: number; seconds: number; perSecond: number | null };
  /** Publish call start → the sink has the request; an event still missing at the end counts as late as the wait made it. */
  latency: LatencySummary | null;
  /** The interleaved raw POSTs, timed the same way (null when the run had none). */
  ceiling: LatencySummary | null;
  /** Accepted events that had not reached the sink when the wait ended (0 for a sound run). */
  leftBehind: number;
  /** Some latency is a lower bound: events were left behind. */
  atLeast: boolean;
  duplicates: number;
  /** Requests whose body had no event id (0: every request was an event or a raw POST). */
  unparsed: number;
  publishCallMs: LatencySummary | null;
  /** How long the run waited for stragglers after the last answer, seconds. */
  waitedSeconds: number;
}

/** After this many seconds with nothing new at the sink, what is missing is left behind. */
const IDLE_SECONDS = 10;

export async function runAtRate(
  context: ScenarioContext,
  load: LoadGenerator,
  options: { ratePerSecond: number; seconds: number; firstSeq: number; rawPosts: boolean; waitSeconds: number },
): Promise<RateRun> {
  const { sink } = context;
  const { ratePerSecond, seconds } = options;
  await sink.reset();
  const offered = Math.max(1, Math.round(ratePerSecond * seconds));
  const interval = 1000 / ratePerSecond;
  const [published, raw] = await Promise.all([
    load.open(ratePerSecond, offered, options.firstSeq),
    options.rawPosts ? context.ceiling.paced(offered, ratePerSecond, interval / 2) : Promise.resolve(new Map<string, number>()),
  ]);
  const accepted = published.ids.length;

  // Waits for everything accepted (and every raw POST) to arrive, while it keeps arriving. The count can
  // run ahead of what matters: a call given up (timeout) may still have been accepted and delivered.
  const expected = accepted + raw.size;
  const waitStarted = monotonicMs();
  let last = -1;
  let lastChange = waitStarted;
  let arrivals: Arrivals | undefined;
  for (;;) {
    const now = await sink.count();
    if (now >= expected) {
      arrivals = await sink.arrivals();
      if (published.ids.every((id) => arrivals!.byId.has(id)) && [...raw.keys()].every((id) => arrivals!.byId.has(id))) break;
      arrivals = undefined;
    }
    if (now !== last) {
      last = now;
      lastChange = monotonicMs();
    }
    if (monotonicMs() - lastChange > IDLE_SECONDS * 1000 || monotonicMs() - waitStarted > options.waitSeconds * 1000) break;
    await sleep(now >= expected ? 1000 : 200);
  }
  const deadline = monotonicMs();
  arrivals ??= await sink.arrivals();

  const startedById = new Map(published.ids.map((id, i) => [id, published.started[i]]));
  const { latencies, missing } = latenciesOf(startedById, arrivals.byId);
  for (const [id, at] of startedById) if (!arrivals.byId.has(id)) latencies.push(deadline - at);
  let during = 0;
  let after = 0;
  let lastArrival = published.finished;
  for (const id of published.ids) {
    const at = arrivals.byId.get(id);
    if (at === undefined) continue;
    if (at <= published.finished) during++;
    else {
      after++;
      lastArrival = Math.max(lastArrival, at);
    }
  }
  // Publishing lasts from the first call to the last answer, and never less than the time the calls were spread over.
  const loadSeconds = Math.max(published.finished - published.first, (offered / ratePerSecond) * 1000) / 1000;
  const drainSeconds = (lastArrival - published.finished) / 1000;
  return {
    ratePerSecond,
    seconds,
    offered,
    accepted,
    acceptedPerSecond: loadSeconds > 0 ? accepted / loadSeconds : 0,
    outcomes: published.outcomes,
    withRetryAfter: published.withRetryAfter,
    firstError: published.firstError,
    deliveriesPerSecondDuringLoad: loadSeconds > 0 ? during / loadSeconds : 0,
    // Fewer than a second's worth of the rate, or under half a second, is no backlog to time.
    drain: {
      deliveries: after,
      seconds: drainSeconds,
      perSecond: after >= ratePerSecond && drainSeconds >= 0.5 ? after / drainSeconds : null,
    },
    latency: latencies.length ? summarize(latencies) : null,
    ceiling: raw.size ? summarize(latenciesOf(raw, arrivals.byId).latencies) : null,
    leftBehind: missing,
    atLeast: missing > 0,
    duplicates: arrivals.duplicates,
    unparsed: arrivals.unparsed,
    publishCallMs: published.callMs,
    waitedSeconds: (deadline - published.finished) / 1000,
  };
}

/** One line for the log. */
export function describeRun(run: RateRun): string {
  const refused = Object.entries(run.outcomes)
    .filter(([outcome]) => outcome !== "accepted")
    .map(([outcome, n]) => `${outcome} ${n}`)
    .join(", ");
  const p = run.latency ? `p50 ${run.latency.p50} ms, p99 ${run.atLeast ? "≥ " : ""}${run.latency.p99} ms` : "no latency";
  return (
    `${run.ratePerSecond}/s offered: ${Math.round(run.acceptedPerSecond)}/s accepted, ${Math.round(run.deliveriesPerSecondDuringLoad)} deliveries/s meanwhile, ` +
    `${p}${run.ceiling ? ` (raw POSTs p99 ${run.ceiling.p99} ms)` : ""}, left behind ${run.leftBehind}` +
    `${run.drain.perSecond ? `, drained ${run.drain.deliveries} at ${Math.round(run.drain.perSecond)}/s` : ""}${refused ? `, refused/failed: ${refused}` : ""}`
  );
}
