// `npm run bench`: runs every scenario on every target database, each
// Switchyard figure next to the ceiling (raw HTTP to the same sink) measured
// in the same run, and writes bench/results/latest.json and latest.md.
// See bench/README.md.
import os from "node:os";
import { fileURLToPath } from "node:url";
import { startCeiling } from "./lib/ceiling.ts";
import { parseOptions, usage, type BenchOptions } from "./lib/options.ts";
import {
  formatSwitchyard,
  formatValue,
  gitInfo,
  machineInfo,
  markdown,
  writeReport,
  type BenchReport,
  type CeilingRun,
  type ScenarioResult,
} from "./lib/report.ts";
import type { ScenarioContext } from "./lib/scenario.ts";
import { startSink } from "./lib/sink.ts";
import { embeddedTemplate, startSwitchyard, workerSettings, type Target } from "./lib/switchyard.ts";
import { startSwitchyardProcess } from "./lib/switchyard-process.ts";
import { scenarios as allScenarios } from "./scenarios/index.ts";

export interface BenchRun {
  report: BenchReport;
  files: { json: string; md: string };
}

/** A Switchyard a scenario started, in this process or in its own. */
interface Running {
  database?: string;
  stop(): Promise<void>;
}

/** Switchyards still running, so an interrupted run can stop them and drop their databases. */
const running = new Set<Running>();

export async function runBench(options: BenchOptions, log: (line: string) => void = (line) => console.log(line)): Promise<BenchRun> {
  const started = Date.now();
  const machine = machineInfo();
  const worker = workerSettings();
  const destinations = options.destinations || Math.ceil(worker.concurrency / worker.perDestination);
  const selected = options.scenarios
    ? options.scenarios.map((name) => {
        const scenario = allScenarios.find((s) => s.name === name);
        if (!scenario) throw new Error(`unknown scenario ${name}; known: ${allScenarios.map((s) => s.name).join(", ")}`);
        return scenario;
      })
    : allScenarios;
  const skipped = [
    ...(options.targets.includes("embedded") ? [] : ["embedded (not in --targets)"]),
    ...(options.targets.includes("postgres")
      ? []
      : [options.postgresUrl ? "postgres (not in --targets)" : "postgres (set DATABASE_URL to a PostgreSQL server to measure it too)"]),
  ];

  // The helper processes boot (tsx) while this one migrates the embedded template.
  const [sink, ceilingProcess, template] = await Promise.all([
    startSink(),
    startCeiling(),
    options.targets.includes("embedded") ? embeddedTemplate(options.embeddedTemplate) : undefined,
  ]);
  const ceiling = await ceilingProcess.aimAt(sink, options.bodyBytes);
  const results: ScenarioResult[] = [];
  try {
    for (const name of options.targets) {
      const target: Target = { name, adminUrl: options.postgresUrl, embeddedStorage: options.embeddedStorage, template };
      for (const scenario of selected) {
        const prefix = `[${name} · ${scenario.name}]`;
        const why = scenario.skip?.(target, options);
        if (why) {
          skipped.push(`${name} · ${scenario.name}: ${why}`);
          log(`${prefix} skipped: ${why}`);
          continue;
        }
        log(`${prefix} ${scenario.title}`);
        const ceilingRuns: CeilingRun[] = [];
        const apps: Running[] = [];
        const track = <T extends Running>(app: T): T => {
          apps.push(app);
          running.add(app);
          return app;
        };
        const context: ScenarioContext = {
          target,
          options,
          sink,
          worker,
          destinations,
          ceiling,
          log: (message) => log(`${prefix} ${message}`),
          startSwitchyard: async (startOptions) => track(await startSwitchyard(target, startOptions)),
          startSwitchyardProcess: async (startOptions = {}) =>
            track(
              await startSwitchyardProcess(target, {
                role: startOptions.role,
                redisUrl: startOptions.redis ? options.redisUrl : undefined,
                cpuProfDir: options.cpuProfDir,
                env: startOptions.env,
              }),
            ),
          measureCeiling: async (when) => {
            const measured = await ceiling.throughput(options.ceilingRequests, worker.concurrency);
            await sink.reset();
            ceilingRuns.push({
              when,
              requests: measured.count,
              meanBodyBytes: measured.meanBodyBytes,
              concurrency: worker.concurrency,
              perSecond: measured.perSecond,
              latency: measured.latency,
            });
            log(
              `${prefix} ceiling (${when}): ${Math.round(measured.perSecond)} requests/s, p50 ${measured.latency.p50} ms, p99 ${measured.latency.p99} ms`,
            );
            return measured;
          },
        };
        const scenarioStarted = Date.now();
        const loadAverage1m = Math.round(os.loadavg()[0] * 100) / 100;
        await sink.reset();
        let result: ScenarioResult;
        try {
          const output = await scenario.run(context);
          result = {
            scenario: scenario.name,
            title: scenario.title,
            target: name,
            ok: true,
            seconds: 0,
            loadAverage1m,
            ceilingRuns,
            ...output,
          };
          for (const f of output.figures)
            log(
              `${prefix} ${f.label}: ${formatSwitchyard(f)} (ceiling ${formatValue(f.ceiling, f.unit)}, ratio ${f.ratio.toPrecision(3)})`,
            );
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          log(`${prefix} FAILED: ${error instanceof Error ? (error.stack ?? message) : message}`);
          result = {
            scenario: scenario.name,
            title: scenario.title,
            target: name,
            ok: false,
            error: message,
            seconds: 0,
            loadAverage1m,
            parameters: {},
            figures: [],
            ceilingRuns,
            details: {},
          };
        } finally {
          for (const app of apps) {
            await app.stop().catch((error: unknown) => log(`${prefix} stopping Switchyard failed: ${String(error)}`));
            running.delete(app);
          }
        }
        result.seconds = (Date.now() - scenarioStarted) / 1000;
        if (apps.some((a) => a.database)) result.details.databases = apps.flatMap((a) => (a.database ? [a.database] : []));
        results.push(result);
      }
    }
  } finally {
    await ceilingProcess.close();
    await sink.close();
  }

  const report: BenchReport = {
    schema: "switchyard-bench/1",
    date: new Date(started).toISOString(),
    quick: options.quick,
    seconds: (Date.now() - started) / 1000,
    machine: { ...machine, loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100) },
    git: gitInfo(),
    settings: {
      targets: options.targets,
      scenarios: selected.map((s) => s.name),
      embeddedStorage: options.embeddedStorage,
      events: options.events,
      publishEvents: options.publishEvents,
      batch: options.batch,
      latencyEvents: options.latencyEvents,
      latencyRate: options.latencyRate,
      liveEvents: options.liveEvents,
      liveRate: options.liveRate,
      liveSubscribers: options.liveSubscribers,
      noisyEvents: options.noisyEvents,
      noisyRate: options.noisyRate,
      noisyNeighbours: options.noisyNeighbours,
      noisyNeighbourEvents: options.noisyNeighbourEvents,
      noisyTimeoutMs: options.noisyTimeoutMs,
      noisyWaitSeconds: options.noisyWaitSeconds,
      sustainedRate: options.sustainedRate ?? "goal's rate per target",
      sustainedSeconds: options.sustainedSeconds,
      sustainedWaitSeconds: options.sustainedWaitSeconds,
      steps: options.steps,
      stepSeconds: options.stepSeconds,
      stepP99Ms: options.stepP99Ms,
      overloadRate: options.overloadRate ?? "twice the step search's highest",
      overloadSeconds: options.overloadSeconds,
      drainWaitSeconds: options.drainWaitSeconds,
      loadConnections: options.loadConnections,
      callTimeoutSeconds: options.callTimeoutSeconds,
      scaleEvents: options.scaleEvents,
      busyRate: options.busyRate,
      busySeconds: options.busySeconds,
      busySubscribers: options.busySubscribers,
      ceilingRequests: options.ceilingRequests,
      bodyBytes: options.bodyBytes,
      destinations,
      worker: { concurrency: worker.concurrency, perDestination: worker.perDestination, pollIntervalMs: worker.pollIntervalMs },
      graphql:
        "app.yoga.fetch (in process, no socket); sustained, steps, overload and scale-out: HTTP to Switchyard processes started as npm start does",
    },
    results,
    skipped,
  };
  return { report, files: writeReport(report, options.outDir) };
}

async function main(): Promise<void> {
  let options: BenchOptions | "help";
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (options === "help") {
    console.log(usage);
    return;
  }
  const interrupted = async (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping Switchyard and dropping scratch databases`);
    await Promise.allSettled([...running].map((app) => app.stop()));
    process.exit(130);
  };
  process.once("SIGINT", (signal) => void interrupted(signal));
  process.once("SIGTERM", (signal) => void interrupted(signal));

  let run: BenchRun;
  try {
    run = await runBench(options);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const { report, files } = run;
  console.log(`\n${markdown(report)}`);
  console.log(`Written: ${files.json}, ${files.md}`);
  const failed = report.results.filter((r) => !r.ok);
  if (failed.length > 0) {
    console.error(`${failed.length} scenario(s) failed: ${failed.map((r) => `${r.target} · ${r.scenario}`).join(", ")}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
