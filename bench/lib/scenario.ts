// What a scenario is and what the runner hands it. A scenario measures one
// thing on one database (a "target") and returns figures, each with the
// ceiling it measured beside it. Adding one: a file under bench/scenarios/
// exporting a Scenario, listed in bench/scenarios/index.ts.
import type { Config } from "../../server/config.ts";
import type { Ceiling, ThroughputFigure } from "./ceiling.ts";
import type { BenchOptions } from "./options.ts";
import type { Figure } from "./report.ts";
import type { Sink } from "./sink.ts";
import type { BenchApp, Target } from "./switchyard.ts";
import type { SwitchyardProcess } from "./switchyard-process.ts";

export interface ScenarioContext {
  target: Target;
  options: BenchOptions;
  /** The run's one sink (reset before each scenario). */
  sink: Sink;
  /** The worker settings Switchyard runs with (the ceiling uses its concurrency). */
  worker: Config["worker"];
  /** Destinations to spread events over (options.destinations, or enough for the worker's whole concurrency). */
  destinations: number;
  log(message: string): void;
  /** A Switchyard for this scenario on its target's database; the runner stops it (and drops its database) afterwards. */
  startSwitchyard(options?: { startWorker?: boolean }): Promise<BenchApp>;
  /**
   * A Switchyard started as users start it, in processes of its own (`--role
   * all`, or `--role api` with `redis` to add worker processes to); stopped
   * by the runner like the others.
   */
  startSwitchyardProcess(options?: {
    role?: "all" | "api";
    redis?: boolean;
    /** Settings beyond the benchmark's own (benchEnv), for a scenario that needs one changed. */
    env?: Record<string, string>;
  }): Promise<SwitchyardProcess>;
  /** The run's ceiling client (its own process), for ceilings a scenario paces itself. */
  ceiling: Ceiling;
  /** A closed-loop ceiling run (options.ceilingRequests at the worker's concurrency), kept in the scenario's results. */
  measureCeiling(when: string): Promise<ThroughputFigure>;
}

export interface ScenarioOutput {
  parameters: Record<string, unknown>;
  figures: Figure[];
  details: Record<string, unknown>;
}

export interface Scenario {
  /** For --scenarios and the results: lower-case, dashes. */
  name: string;
  title: string;
  /** Why it cannot run on this target with these options (the run lists it as skipped), or undefined. */
  skip?(target: Target, options: BenchOptions): string | undefined;
  run(context: ScenarioContext): Promise<ScenarioOutput>;
}
