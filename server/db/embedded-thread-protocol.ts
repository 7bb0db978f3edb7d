// Messages between the process and the embedded database's thread
// (embedded-thread.ts, embedded-thread-worker.ts).

export interface ThreadField {
  name: string;
  dataTypeID: number;
}

/** A query's result as the thread sends it: every value as PostgreSQL's text, parsed on the other side. */
export interface ThreadResults {
  rows: unknown[];
  fields: ThreadField[];
  affectedRows?: number;
}

export type ThreadRequest = { id: number } & (
  | { op: "query"; sql: string; params: unknown[]; rowMode: "array" | "object"; txId?: number }
  | { op: "exec"; sql: string; txId?: number }
  | { op: "begin"; txId: number }
  | { op: "rollback"; txId: number }
  | { op: "end"; txId: number; failed: boolean }
  | { op: "listen"; channel: string; listenId: number }
  | { op: "unlisten"; listenId: number }
  | { op: "close" }
);

/** What a DatabaseError carries besides its message (pg-protocol's fields). */
export type DatabaseErrorFields = Record<string, string | number | undefined>;

export type ThreadReply =
  | { type: "ready" }
  | { type: "failed"; message: string }
  | { type: "result"; id: number; value?: ThreadResults | ThreadResults[] }
  | { type: "error"; id: number; message: string; database?: DatabaseErrorFields }
  | { type: "notification"; listenId: number; payload: string };
