// Messages between the benchmark and its sink process.
export type SinkRequest =
  | { type: "reset"; token: number }
  | { type: "count"; token: number }
  /** Answer "reached" once `count` requests have arrived (since the last reset). */
  | { type: "waitFor"; token: number; count: number }
  /** Drop the waiter registered under `waiter`. */
  | { type: "forget"; token: number; waiter: number }
  | { type: "arrivals"; token: number }
  | { type: "close"; token: number };

export type SinkReply =
  | { type: "ready"; port: number }
  | { type: "done"; token: number }
  | { type: "count"; token: number; count: number }
  | { type: "reached"; token: number; count: number }
  /** Parallel arrays: the event id of each request and when it arrived (monotonic ms); `bytes`: all bodies together. */
  | { type: "arrivals"; token: number; ids: string[]; times: number[]; count: number; unparsed: number; bytes: number };
