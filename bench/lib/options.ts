// What a benchmark run does: which databases, which scenarios, how much.
// Flags (npm run bench -- --events 3000) or the BENCH_* environment
// variables; --quick shrinks everything so a test can run the whole harness
// in seconds (its figures mean nothing).
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "./sink.ts";
import type { TargetName } from "./switchyard.ts";

export interface BenchOptions {
  quick: boolean;
  targets: TargetName[];
  /** Scenario names, in the order they run; all of them by default. */
  scenarios: string[] | undefined;
  /** PostgreSQL server for the postgres target's scratch databases. */
  postgresUrl: string | undefined;
  /** Embedded database on disk (a temporary folder, as the default ./data is) or in memory. */
  embeddedStorage: "disk" | "memory";
  /** A PGlite dump of a migrated database to start embedded Switchyards from, instead of making one. */
  embeddedTemplate: string | undefined;
  /** Events published by the throughput scenarios. */
  events: number;
  /** Events published by the publish scenario (publishing alone is quicker, so more of them). */
  publishEvents: number;
  /** Events per publishEvents call. */
  batch: number;
  /** Events published one at a time by the latency scenario, and their rate. */
  latencyEvents: number;
  latencyRate: number;
  /** The live-feed scenario: events per subscriber count, their rate, and the subscriber counts. */
  liveEvents: number;
  liveRate: number;
  liveSubscribers: number[];
  /** The noisy-neighbour scenario: the healthy organization's events and their rate, the other's hanging destinations (one run per count, after a run without them), the events published to them, those destinations' timeout, and how long to wait for the healthy events after the last. */
  noisyEvents: number;
  noisyRate: number;
  noisyNeighbours: number[];
  noisyNeighbourEvents: number;
  noisyTimeoutMs: number;
  noisyWaitSeconds: number;
  /** The heavy-reads scenario: the other organization's history (attempts), its searches at once, and how long the organization measured publishes. */
  heavyHistory: number;
  heavyReaders: number;
  heavySeconds: number;
  /** The held-backlog scenario: due deliveries of the other organization's paused destination. */
  heldBacklog: number;
  /** Redis for the scale-out scenario's separate api and worker processes. */
  redisUrl: string | undefined;
  /** The sustained scenario's rate (undefined: the goal's rate for the target, 500/s embedded, 1,000/s PostgreSQL), how long, and how long to wait for stragglers after it. */
  sustainedRate: number | undefined;
  sustainedSeconds: number;
  sustainedWaitSeconds: number;
  /** The step search: rates tried in order, seconds per step, and the p99 a step must keep. */
  steps: number[];
  stepSeconds: number;
  stepP99Ms: number;
  /** The overload scenario: its rate (undefined: twice the step search's highest), how long, and how long the drain may take. */
  overloadRate: number | undefined;
  overloadSeconds: number;
  drainWaitSeconds: number;
  /** Where Switchyard processes (not the in-process ones) write a V8 CPU profile each when they stop (node --cpu-prof); undefined: none. */
  cpuProfDir: string | undefined;
  /** A publish call of the load generator unanswered this long is given up (counted as "timeout"). */
  callTimeoutSeconds: number;
  /** Keep-alive connections of the load generator. */
  loadConnections: number;
  /** Events of the scale-out scenario's backlog. */
  scaleEvents: number;
  /** The live feed while busy: events/s published (in batches) meanwhile, for how long, to how many subscribers. */
  busyRate: number;
  busySeconds: number;
  busySubscribers: number;
  /** The overview scenario: attempts seeded into its history, and how many times the query is asked. */
  overviewAttempts: number;
  overviewQueries: number;
  /** Requests of each ceiling run (concurrency: the worker's). */
  ceilingRequests: number;
  /** Size of each request body (the envelope), bytes. */
  bodyBytes: number;
  /** Destinations the events are spread over; 0: enough for the worker's whole concurrency. */
  destinations: number;
  /** Where latest.json and latest.md go. */
  outDir: string;
}

const usage = `npm run bench -- [options]

  --quick                  tiny run that proves the harness works (figures meaningless)
  --targets LIST           embedded,postgres (default: embedded, plus postgres when DATABASE_URL is set)
  --scenarios LIST         which scenarios, in order (default: all; see bench/README.md)
  --events N               events per throughput run (default 1000; quick 30)
  --publish-events N       events of the publish-alone run (default 3000; quick 30)
  --batch N                events per publishEvents call (default 500; quick 10)
  --latency-events N       events of the latency run (default 200; quick 6)
  --latency-rate N         their rate, events/s (default 5; quick 20): well below capacity, even on a busy machine
  --live-events N          events per subscriber count in the live-feed run (default 100; quick 4)
  --live-rate N            their rate, events/s (default 10; quick 20)
  --live-subscribers LIST  concurrent live-feed subscribers, one run each (default 1,10,100; quick 1,3)
  --noisy-events N         events of the healthy organization in each noisy-neighbour run (default 200; quick 6)
  --noisy-rate N           their rate, events/s (default 20; quick 20)
  --noisy-neighbours LIST  hanging destinations of the other organization, one run each after one without (default 6,50; quick 6)
  --noisy-neighbour-events N  events published to them just before, each to every one (default 100; quick 10)
  --noisy-timeout-ms N     those destinations' timeout (default 30000, the maximum)
  --noisy-wait N           seconds to wait for the healthy events after the last is published (default 40; quick 2);
                           events still missing then count as that late (the figure is then a lower bound)
  --heavy-history N        attempts in the history of the organization reading heavily (default 1000000; quick 2000)
  --heavy-readers N        its searches over them at once (default 20; quick 2)
  --heavy-seconds N        how long the measured organization publishes, at --noisy-rate, (default 20; quick 1)
  --held-backlog N         due deliveries of another organization's paused destination in held-backlog (default 100000; quick 2000)
  --sustained-rate N       events/s of the sustained run, one publishEvent call each (default: 500 embedded, 1000 PostgreSQL, the goals; quick 20)
  --sustained-seconds N    how long it publishes (default 30; quick 1)
  --sustained-wait N       seconds it waits for stragglers after publishing (default 30)
  --steps LIST             rates of the step search, in order, until one misses (default 100,250,500,750,1000,1500,2000; quick 10,20)
  --step-seconds N         how long each step publishes (default 10; quick 1)
  --step-p99-ms N          the p99 publish → received a step must keep (default 1000)
  --overload-rate N        events/s of the overload run (default: twice the step search's highest)
  --overload-seconds N     how long it publishes (default 30; quick 1)
  --drain-wait N           seconds it waits for the backlog to drain (default 180; quick 30)
  --cpu-prof DIR           Switchyard processes (sustained, steps, overload, scale-out) write a CPU profile there when they stop
  --call-timeout N         seconds after which the load generator gives up a call, counted as "timeout" (default 60)
  --load-connections N     keep-alive connections of the load generator (default 64)
  --scale-events N         backlog of the scale-out runs (default 20000; quick 30)
  --busy-rate N            events/s published while the live feed is measured busy (default 1000; quick 20)
  --busy-seconds N         for how long (default 15; quick 1)
  --busy-subscribers N     live-feed subscribers meanwhile (default 100; quick 3)
  --overview-attempts N    attempts seeded into the overview scenario's history (default 2000000; quick 2000)
  --overview-queries N     overview queries it times (default 20; quick 3)
  --ceiling-requests N     requests per ceiling run (default 10000; quick 200)
  --body-bytes N           request body size (default 1024)
  --destinations N         destinations the events are spread over (default: worker concurrency / per-destination limit; quick 2)
  --embedded-storage S     disk (default, like ./data; quick: memory) or memory
  --embedded-template FILE a PGlite dump of a migrated database to start from (default: made at the start of the run)
  --out DIR                where latest.json and latest.md go (default bench/results)

Every option also reads from the environment: BENCH_EVENTS, BENCH_BATCH, … (upper case, _ for -).
PostgreSQL: the server of DATABASE_URL (or BENCH_DATABASE_URL); each run creates and drops its own scratch databases.`;

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, not ${value}`);
  return n;
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions | "help" {
  const spec = {
    help: { type: "boolean" },
    quick: { type: "boolean" },
    targets: { type: "string" },
    scenarios: { type: "string" },
    events: { type: "string" },
    "publish-events": { type: "string" },
    batch: { type: "string" },
    "latency-events": { type: "string" },
    "latency-rate": { type: "string" },
    "live-events": { type: "string" },
    "live-rate": { type: "string" },
    "live-subscribers": { type: "string" },
    "noisy-events": { type: "string" },
    "noisy-rate": { type: "string" },
    "noisy-neighbours": { type: "string" },
    "noisy-neighbour-events": { type: "string" },
    "noisy-timeout-ms": { type: "string" },
    "noisy-wait": { type: "string" },
    "heavy-history": { type: "string" },
    "heavy-readers": { type: "string" },
    "heavy-seconds": { type: "string" },
    "held-backlog": { type: "string" },
    "sustained-rate": { type: "string" },
    "sustained-seconds": { type: "string" },
    "sustained-wait": { type: "string" },
    steps: { type: "string" },
    "step-seconds": { type: "string" },
    "step-p99-ms": { type: "string" },
    "overload-rate": { type: "string" },
    "overload-seconds": { type: "string" },
    "drain-wait": { type: "string" },
    "cpu-prof": { type: "string" },
    "call-timeout": { type: "string" },
    "load-connections": { type: "string" },
    "scale-events": { type: "string" },
    "busy-rate": { type: "string" },
    "busy-seconds": { type: "string" },
    "busy-subscribers": { type: "string" },
    "overview-attempts": { type: "string" },
    "overview-queries": { type: "string" },
    "ceiling-requests": { type: "string" },
    "body-bytes": { type: "string" },
    destinations: { type: "string" },
    "embedded-storage": { type: "string" },
    "embedded-template": { type: "string" },
    out: { type: "string" },
  } as const;
  const { values } = parseArgs({ args: argv, options: spec, strict: true, allowPositionals: false });
  if (values.help) return "help";
  const fromEnv = (name: keyof typeof spec) => env[`BENCH_${name.toUpperCase().replace(/-/g, "_")}`];
  const get = (name: Exclude<keyof typeof spec, "help" | "quick">) => (values[name] as string | undefined) ?? fromEnv(name);
  const quick = values.quick ?? ["1", "true"].includes(fromEnv("quick") ?? "");
  const number = (name: Exclude<keyof typeof spec, "help" | "quick">, full: number, small: number) => {
    const given = get(name);
    return given === undefined ? (quick ? small : full) : positive(name, given);
  };

  const postgresUrl = env.BENCH_DATABASE_URL || env.DATABASE_URL || undefined;
  const targetList = get("targets");
  const targets = (
    targetList ? targetList.split(",").map((t) => t.trim()) : ["embedded", ...(postgresUrl ? ["postgres"] : [])]
  ) as TargetName[];
  for (const target of targets) {
    if (target !== "embedded" && target !== "postgres") throw new Error(`unknown target ${target}: embedded or postgres`);
    if (target === "postgres" && !postgresUrl)
      throw new Error("the postgres target needs DATABASE_URL (or BENCH_DATABASE_URL): a PostgreSQL server to create scratch databases on");
  }
  // --quick keeps the embedded database in memory: it starts a second sooner, and quick figures mean nothing anyway.
  const storage = get("embedded-storage") ?? (quick ? "memory" : "disk");
  if (storage !== "disk" && storage !== "memory") throw new Error(`--embedded-storage is disk or memory, not ${storage}`);
  const out = get("out");

  return {
    quick,
    targets,
    scenarios: get("scenarios")
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    postgresUrl,
    embeddedStorage: storage,
    embeddedTemplate: get("embedded-template"),
    events: Math.round(number("events", 1000, 30)),
    publishEvents: Math.round(number("publish-events", 3000, 30)),
    batch: Math.min(1000, Math.round(number("batch", 500, 10))),
    latencyEvents: Math.round(number("latency-events", 200, 6)),
    latencyRate: number("latency-rate", 5, 20),
    liveEvents: Math.round(number("live-events", 100, 4)),
    liveRate: number("live-rate", 10, 20),
    liveSubscribers: (get("live-subscribers")?.split(",") ?? (quick ? ["1", "3"] : ["1", "10", "100"])).map((n) =>
      Math.round(positive("live-subscribers", n.trim())),
    ),
    noisyEvents: Math.round(number("noisy-events", 200, 6)),
    noisyRate: number("noisy-rate", 20, 20),
    noisyNeighbours: [
      ...new Set(
        (get("noisy-neighbours")?.split(",") ?? (quick ? ["6"] : ["6", "50"])).map((n) =>
          Math.round(positive("noisy-neighbours", n.trim())),
        ),
      ),
    ],
    noisyNeighbourEvents: Math.round(number("noisy-neighbour-events", 100, 10)),
    noisyTimeoutMs: Math.round(number("noisy-timeout-ms", 30_000, 30_000)),
    noisyWaitSeconds: number("noisy-wait", 40, 2),
    heavyHistory: Math.round(number("heavy-history", 1_000_000, 2000)),
    heavyReaders: Math.round(number("heavy-readers", 20, 2)),
    heavySeconds: number("heavy-seconds", 20, 1),
    heldBacklog: Math.round(number("held-backlog", 100_000, 2000)),
    redisUrl: env.BENCH_REDIS_URL || env.REDIS_URL || undefined,
    sustainedRate: get("sustained-rate") !== undefined ? positive("sustained-rate", get("sustained-rate")!) : quick ? 20 : undefined,
    sustainedSeconds: number("sustained-seconds", 30, 1),
    sustainedWaitSeconds: number("sustained-wait", 30, 30),
    steps: [
      ...new Set(
        (get("steps")?.split(",") ?? (quick ? ["10", "20"] : ["100", "250", "500", "750", "1000", "1500", "2000"])).map((n) =>
          positive("steps", n.trim()),
        ),
      ),
    ],
    stepSeconds: number("step-seconds", 10, 1),
    stepP99Ms: number("step-p99-ms", 1000, 1000),
    overloadRate: get("overload-rate") !== undefined ? positive("overload-rate", get("overload-rate")!) : undefined,
    overloadSeconds: number("overload-seconds", 30, 1),
    drainWaitSeconds: number("drain-wait", 180, 30),
    cpuProfDir: get("cpu-prof") ? path.resolve(get("cpu-prof")!) : undefined,
    callTimeoutSeconds: number("call-timeout", 60, 60),
    loadConnections: Math.round(number("load-connections", 64, 64)),
    scaleEvents: Math.round(number("scale-events", 20_000, 30)),
    overviewAttempts: Math.round(number("overview-attempts", 2_000_000, 2000)),
    overviewQueries: Math.round(number("overview-queries", 20, 3)),
    busyRate: number("busy-rate", 1000, 20),
    busySeconds: number("busy-seconds", 15, 1),
    busySubscribers: Math.round(number("busy-subscribers", 100, 3)),
    ceilingRequests: Math.round(number("ceiling-requests", 10_000, 200)),
    bodyBytes: Math.round(number("body-bytes", 1024, 1024)),
    destinations: get("destinations") === undefined ? (quick ? 2 : 0) : Math.round(positive("destinations", get("destinations")!)),
    outDir: out ? path.resolve(out) : path.join(projectRoot, "bench", "results"),
  };
}

export { usage };
