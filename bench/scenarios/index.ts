// Every scenario, in the order a run takes them. A new figure is a new file
// here that returns its figures with the ceiling it measured beside them; the
// runner, the report and the test need nothing else.
import type { Scenario } from "../lib/scenario.ts";
import { ingestScenario } from "./ingest.ts";
import { latencyScenario } from "./latency.ts";
import { liveFeedBusyScenario } from "./live-feed-busy.ts";
import { liveFeedScenario } from "./live-feed.ts";
import { noisyNeighbourScenario } from "./noisy-neighbour.ts";
import { heavyReadsScenario } from "./heavy-reads.ts";
import { heldBacklogScenario } from "./held-backlog.ts";
import { overviewScenario } from "./overview.ts";
import { publishScenario } from "./publish.ts";
import { scaleOutScenario } from "./scale-out.ts";
import { overloadScenario, stepsScenario, sustainedScenario } from "./sustained.ts";
import { signedThroughputScenario, throughputScenario } from "./throughput.ts";

export const scenarios: Scenario[] = [
  publishScenario,
  throughputScenario,
  signedThroughputScenario,
  latencyScenario,
  ingestScenario,
  liveFeedScenario,
  noisyNeighbourScenario,
  heavyReadsScenario,
  heldBacklogScenario,
  sustainedScenario,
  // The overload scenario doubles the highest rate the steps kept, so they come first.
  stepsScenario,
  overloadScenario,
  scaleOutScenario,
  liveFeedBusyScenario,
  overviewScenario,
];
