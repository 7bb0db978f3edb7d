// Messages between the benchmark and its subscribers' process.
export type SubscribersRequest =
  /** `count` graphql-ws clients on `url`, each running `query` (a subscription) with the access token in connectionParams. */
  | { type: "graphql"; token: number; url: string; accessToken: string; query: string; count: number }
  /** `count` plain WebSocket clients on `url` (the ceiling's broadcast server). */
  | { type: "raw"; token: number; url: string; count: number }
  /** What arrived since the last collect (then forgotten). */
  | { type: "collect"; token: number }
  /** Closes every client. */
  | { type: "disconnect"; token: number }
  | { type: "close"; token: number };

export interface Received {
  /** Parallel arrays: the item's id (attempt id, or the broadcast's id) and when it arrived (monotonic ms). */
  ids: string[];
  at: number[];
}

export type SubscribersReply =
  | { type: "ready"; token?: undefined }
  | { type: "done"; token: number }
  | {
      type: "received";
      token: number;
      graphql: Received & { missed: number; errors: string[]; sampleBytes: number };
      raw: Received;
    };
