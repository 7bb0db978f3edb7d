// Every scenario, in the order a run takes them. A new figure is a new file
// here that returns its figures with the ceiling it measured beside them; the
// runner, the report and the test need nothing else.
import type { Scenario } from "../lib/scenario.ts";
import { latencyScenario } from "./latency.ts";
import { liveFeedScenario } from "./live-feed.ts";
import { noisyNeighbourScenario } from "./noisy-neighbour.ts";
import { publishScenario } from "./publish.ts";
import { signedThroughputScenario, throughputScenario } from "./throughput.ts";

export const scenarios: Scenario[] = [
  publishScenario,
  throughputScenario,
  signedThroughputScenario,
  latencyScenario,
  liveFeedScenario,
  noisyNeighbourScenario,
];
