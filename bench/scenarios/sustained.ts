// Sustained load, the way users load Switchyard: Switchyard started as
// `npm start` starts it, in its own process, and a load generator in another
// publishing one event per call (publishEvent) over HTTP, keep-alive, open
// loop at a fixed rate (lib/open-loop.ts). Three scenarios:
// - sustained: the goal's rate for 30 s (embedded 500/s, PostgreSQL 1,000/s),
//   latency publish call → received beside raw POSTs interleaved at the same rate;
// - steps: rising rates until one misses p99 ≤ 1 s (or refuses calls, or leaves events behind);
// - overload: twice the highest rate the steps kept, for 30 s: do deliveries
//   go on while intake is overloaded, compared with how fast the same
//   Switchyard drains the backlog once publishing stops.
import { figure, type Figure } from "../lib/report.ts";
import { startLoadGenerator, type LoadGenerator } from "../lib/load.ts";
import { describeRun, runAtRate, type RateRun } from "../lib/open-loop.ts";
import type { Scenario, ScenarioContext } from "../lib/scenario.ts";
import { createChains, type TargetName } from "../lib/switchyard.ts";
import type { SwitchyardProcess } from "../lib/switchyard-process.ts";

/** Issue 12's goals: this rate, at most this p99 publish call → received. */
const GOALS: Record<TargetName, { ratePerSecond: number; p99Ms: number }> = {
  embedded: { ratePerSecond: 500, p99Ms: 200 },
  postgres: { ratePerSecond: 1000, p99Ms: 100 },
};

/** The highest rate the step search kept, per target, for an overload run later in the same benchmark run. */
const highestKept = new Map<TargetName, number>();

interface Loaded {
  sy: SwitchyardProcess;
  load: LoadGenerator;
  /** Next event number, so every event of a Switchyard is distinct. */
  seq: number;
}

/** Its own Switchyard process, chains to the sink, a load generator aimed at it, and a short uncounted warm-up. */
async function loaded(context: ScenarioContext): Promise<Loaded> {
  const { options } = context;
  const sy = await context.startSwitchyardProcess();
  const chain = await createChains(sy, { sinkOrigin: context.sink.origin, count: context.destinations, prefix: "bench" });
  const load = await startLoadGenerator({
    origin: sy.origin,
    accessToken: sy.adminToken,
    connections: options.loadConnections,
    bodyBytes: options.bodyBytes,
    eventTypes: chain.eventTypes,
    callTimeoutMs: options.callTimeoutSeconds * 1000,
  });
  const warmUp = await runAtRate(context, load, {
    ratePerSecond: options.quick ? 20 : 50,
    seconds: options.quick ? 0.25 : 2,
    firstSeq: 1_000_000,
    rawPosts: false,
    waitSeconds: 30,
  });
  if (warmUp.leftBehind > 0 || warmUp.accepted < warmUp.offered) throw new Error(`the warm-up failed: ${describeRun(warmUp)}`);
  return { sy, load, seq: 0 };
}

/**
 * Shares of the measured rate a `sustained` run first ramps through, 2 s each, uncounted: the figure is
 * a server already running under that load. Started cold straight at the rate, a process's first
 * seconds (code not yet optimised, caches and planner statistics empty) queue more than its spare
 * capacity at the goal's rate drains in 30 s (see bench/README.md, "Warm-up").
 */
export const RAMP_SHARES = [0.1, 0.25, 0.5, 0.75] as const;

async function ramp(context: ScenarioContext, l: Loaded, rate: number): Promise<RateRun[]> {
  const runs: RateRun[] = [];
  for (const share of RAMP_SHARES) {
    const ratePerSecond = Math.max(1, Math.round(rate * share));
    context.log(`warm-up ramp: ${ratePerSecond}/s for 2 s (not counted)`);
    runs.push(await at(context, l, { ratePerSecond, seconds: context.options.quick ? 0.25 : 2, rawPosts: false, waitSeconds: 30 }));
  }
  return runs;
}

async function at(context: ScenarioContext, l: Loaded, options: Omit<Parameters<typeof runAtRate>[2], "firstSeq">): Promise<RateRun> {
  const run = await runAtRate(context, l.load, { ...options, firstSeq: l.seq });
  l.seq += run.offered;
  context.log(describeRun(run));
  return run;
}

/** A run as the report keeps it: its rates rounded to a tenth. */
function kept(run: RateRun): RateRun {
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    ...run,
    acceptedPerSecond: round(run.acceptedPerSecond),
    deliveriesPerSecondDuringLoad: round(run.deliveriesPerSecondDuringLoad),
    drain: { ...run.drain, seconds: round(run.drain.seconds), perSecond: run.drain.perSecond === null ? null : round(run.drain.perSecond) },
  };
}

function refused(run: RateRun): number {
  return run.offered - run.accepted;
}

export const sustainedScenario: Scenario = {
  name: "sustained",
  title: "Sustained publishing over HTTP, open loop, one event a call",
  async run(context) {
    const { options } = context;
    const goal = GOALS[context.target.name];
    const rate = options.sustainedRate ?? goal.ratePerSecond;
    const l = await loaded(context);
    try {
      const warmUp = await ramp(context, l, rate);
      context.log(
        `publishEvent at ${rate}/s for ${options.sustainedSeconds} s, ${options.loadConnections} connections, a raw POST between each two`,
      );
      const run = await at(context, l, {
        ratePerSecond: rate,
        seconds: options.sustainedSeconds,
        rawPosts: true,
        waitSeconds: options.sustainedWaitSeconds,
      });
      if (!run.latency || !run.ceiling) throw new Error(`no event was accepted: ${describeRun(run)}`);
      const latency = run.latency;
      const ceiling = run.ceiling;
      const what = `${rate}/s offered, ${options.sustainedSeconds} s`;
      const isGoalRate = rate === goal.ratePerSecond;
      const figures: Figure[] = [
        figure({
          key: "sustained_accepted_per_second",
          label: `events accepted/s (publishEvent, ${what})`,
          unit: "/s",
          better: "higher",
          switchyard: run.acceptedPerSecond,
          ceilingLabel: "the rate offered",
          ceilingSamples: [rate],
        }),
        figure({
          key: "sustained_deliveries_per_second",
          label: `deliveries/s while publishing (${what})`,
          unit: "/s",
          better: "higher",
          switchyard: run.deliveriesPerSecondDuringLoad,
          ceilingLabel: "the rate offered",
          ceilingSamples: [rate],
        }),
        ...(["p50", "p95", "p99"] as const).map((p) =>
          figure({
            key: `sustained_latency_${p}_ms`,
            label: `sustained latency ${p}, publish call → received (${what})`,
            unit: "ms",
            better: "lower",
            switchyard: latency[p],
            ceilingLabel: "raw HTTP POST, same rate, interleaved",
            ceilingSamples: [ceiling[p]],
            // The goal holds only with nothing left behind: a missing event is as late as the wait, a lower bound.
            ...(p === "p99" && isGoalRate ? { goal: goal.p99Ms } : {}),
            ...(run.atLeast ? { atLeast: true as const } : {}),
          }),
        ),
      ];
      return {
        parameters: {
          ratePerSecond: rate,
          seconds: options.sustainedSeconds,
          connections: options.loadConnections,
          destinations: context.destinations,
          bodyBytes: options.bodyBytes,
          goal: isGoalRate ? goal : null,
        },
        figures,
        details: { ...kept(run), refused: refused(run), warmUp: warmUp.map(kept) },
      };
    } finally {
      await l.load.close();
    }
  },
};

interface Step {
  run: RateRun;
  kept: boolean;
  why?: string;
}

/** Rising rates on one Switchyard until one misses; returns every step tried. */
async function stepSearch(context: ScenarioContext, l: Loaded): Promise<Step[]> {
  const { options } = context;
  const steps: Step[] = [];
  for (const rate of options.steps) {
    context.log(`step ${rate}/s for ${options.stepSeconds} s`);
    const run = await at(context, l, {
      ratePerSecond: rate,
      seconds: options.stepSeconds,
      rawPosts: false,
      waitSeconds: options.sustainedWaitSeconds,
    });
    const why =
      refused(run) > 0
        ? `${refused(run)} calls refused or failed`
        : run.leftBehind > 0
          ? `${run.leftBehind} events left behind`
          : !run.latency || run.latency.p99 > options.stepP99Ms
            ? `p99 ${run.latency?.p99 ?? "?"} ms > ${options.stepP99Ms} ms`
            : undefined;
    steps.push({ run: kept(run), kept: why === undefined, why });
    if (why) break;
  }
  return steps;
}

function highestOf(steps: Step[]): number {
  return Math.max(0, ...steps.filter((s) => s.kept).map((s) => s.run.ratePerSecond));
}

export const stepsScenario: Scenario = {
  name: "steps",
  title: "Highest rate kept with p99 publish → received ≤ 1 s (steps)",
  async run(context) {
    const { options } = context;
    const before = await context.measureCeiling("before");
    const l = await loaded(context);
    let steps: Step[];
    try {
      steps = await stepSearch(context, l);
    } finally {
      await l.load.close();
    }
    await l.sy.stop();
    const after = await context.measureCeiling("after");
    const highest = highestOf(steps);
    highestKept.set(context.target.name, highest);
    const last = steps.at(-1);
    const limit = last && !last.kept ? `missed at ${last.run.ratePerSecond}/s: ${last.why}` : "kept every step";
    context.log(`highest rate kept: ${highest}/s (${limit})`);
    return {
      parameters: {
        steps: options.steps,
        stepSeconds: options.stepSeconds,
        p99Ms: options.stepP99Ms,
        connections: options.loadConnections,
      },
      figures: [
        figure({
          key: "highest_rate_kept_per_second",
          label: `highest publishEvent rate kept with p99 ≤ ${options.stepP99Ms} ms, nothing refused or left behind (steps of ${options.stepSeconds} s; ${limit})`,
          unit: "/s",
          better: "higher",
          switchyard: highest,
          ceilingLabel: `raw HTTP requests/s, ${context.worker.concurrency} at a time`,
          ceilingSamples: [before.perSecond, after.perSecond],
          // The search stopped at its last step without missing: the real limit is higher.
          ...(last?.kept ? { atLeast: true as const } : {}),
        }),
      ],
      details: { highest, steps },
    };
  },
};

export const overloadScenario: Scenario = {
  name: "overload",
  title: "Deliveries while intake is overloaded (twice the highest rate kept) vs. the drain after",
  async run(context) {
    const { options } = context;
    const l = await loaded(context);
    try {
      let highest = highestKept.get(context.target.name);
      let steps: Step[] | undefined;
      if (options.overloadRate === undefined && highest === undefined) {
        context.log("no step search earlier in this run: searching first, on this Switchyard");
        steps = await stepSearch(context, l);
        highest = highestOf(steps);
      }
      // When not even the first step was kept, that step's rate is already overload.
      const rate = options.overloadRate ?? (highest ? 2 * highest : options.steps[0]);
      context.log(`overload: publishEvent at ${rate}/s for ${options.overloadSeconds} s, then the drain`);
      const run = await at(context, l, {
        ratePerSecond: rate,
        seconds: options.overloadSeconds,
        rawPosts: false,
        waitSeconds: options.drainWaitSeconds,
      });
      // Deliveries cannot outrun intake: when Switchyard accepted less than it drains, what it accepted is the most it could
      // have delivered meanwhile. No backlog left to drain (drain null): it kept up, and only the accepted rate bounds it.
      const keptUp = run.drain.perSecond === null;
      const bound = Math.min(run.drain.perSecond ?? Infinity, run.acceptedPerSecond);
      const boundBy = bound === run.acceptedPerSecond ? "intake" : "drain";
      const what = `${rate}/s offered for ${options.overloadSeconds} s`;
      return {
        parameters: {
          ratePerSecond: rate,
          seconds: options.overloadSeconds,
          highestKept: highest ?? null,
          connections: options.loadConnections,
        },
        figures: [
          figure({
            key: "overload_accepted_per_second",
            label: `events accepted/s while overloaded (${what})`,
            unit: "/s",
            better: "higher",
            switchyard: run.acceptedPerSecond,
            ceilingLabel: "the rate offered",
            ceilingSamples: [rate],
          }),
          figure({
            key: "overload_deliveries_per_second",
            label: `deliveries/s while overloaded (${what}; bound by ${boundBy}${keptUp ? ", no backlog left to drain" : ""})`,
            unit: "/s",
            better: "higher",
            switchyard: run.deliveriesPerSecondDuringLoad,
            ceilingLabel:
              "deliveries/s draining the backlog once publishing stopped (same Switchyard), or events accepted/s meanwhile if lower",
            ceilingSamples: [bound],
            goal: bound / 2,
          }),
        ],
        details: { ...kept(run), refused: refused(run), keptUp, boundBy, ...(steps ? { steps } : {}) },
      };
    } finally {
      await l.load.close();
    }
  },
};
