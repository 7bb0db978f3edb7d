// Messages between the benchmark and its load generator's process.
import type { LatencySummary } from "./latency.ts";

export type LoadRequest =
  /** Whose API, with which token, through how many keep-alive connections, and the events' types and body size: before any other request. */
  | {
      type: "target";
      token: number;
      origin: string;
      accessToken: string;
      connections: number;
      bodyBytes: number;
      eventTypes: string[];
      /** A call unanswered this long is given up and counted as "timeout". */
      callTimeoutMs: number;
    }
  /** `count` publishEvent calls at `ratePerSecond`, open loop (never waiting for an answer to send the next); events numbered from `firstSeq`. */
  | { type: "open"; token: number; ratePerSecond: number; count: number; firstSeq: number }
  | { type: "close"; token: number };

export type LoadReply =
  | { type: "ready"; token?: undefined }
  | { type: "done"; token: number }
  | {
      type: "published";
      token: number;
      /** Parallel arrays: each accepted event's id and when its call started (monotonic ms). */
      ids: string[];
      started: number[];
      /** Monotonic ms: the first call started, the last call started, the last answer came. */
      first: number;
      lastStarted: number;
      finished: number;
      /** Calls by outcome: accepted, http_429, http_503, http_<status>, graphql_errors, timeout, network_<code>. */
      outcomes: Record<string, number>;
      /** Refusals (429/503) that said when to come back (Retry-After). */
      withRetryAfter: number;
      firstError?: string;
      /** Duration of the accepted calls. */
      callMs: LatencySummary | null;
    };
