// Messages between the benchmark and its hanging receiver process.
export interface HangingStats {
  /** Requests received (headers and whole body) since the receiver was opened. */
  received: number;
  /** Of those, the ones still waiting for an answer on an open connection: requests in flight. */
  hanging: number;
  /** Connections open. */
  connections: number;
}

export type HangingRequest =
  /** Listen on a new port (after a release, a new one: nothing from before reaches it). */
  | { type: "open"; token: number }
  | { type: "stats"; token: number }
  /** Stop listening and destroy every connection; answers with the stats just before. */
  | { type: "release"; token: number }
  | { type: "close"; token: number };

export type HangingReply =
  | { type: "ready"; token?: undefined }
  | { type: "opened"; token: number; port: number }
  | ({ type: "stats"; token: number } & HangingStats);
