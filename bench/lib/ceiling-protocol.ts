// Messages between the benchmark and its ceiling process.
export type CeilingRequest =
  /** Where to send, how big a body and which user agent (Switchyard's): before any other request. */
  | { type: "target"; token: number; origin: string; bodyBytes: number; userAgent: string }
  /** `count` requests, `concurrency` at a time. */
  | { type: "closedLoop"; token: number; count: number; concurrency: number }
  /** `count` requests one at a time at `ratePerSecond`, the first after `delayMs`, not waiting for answers. */
  | { type: "paced"; token: number; count: number; ratePerSecond: number; delayMs: number }
  | { type: "close"; token: number };

export type CeilingReply =
  | { type: "ready"; token?: undefined }
  | { type: "done"; token: number }
  /** Parallel arrays: each request's event id and when it started (monotonic ms). */
  | { type: "sent"; token: number; ids: string[]; started: number[]; first: number; errors: number; firstError?: string };
