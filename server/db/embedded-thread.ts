// The embedded database (PGlite) on a thread of its own, behind the part of
// PGlite's interface that Switchyard and the Prisma adapter use: query, exec,
// transaction, listen and close. Executing statements is most of what an
// embedded Switchyard spends its CPU on; on its own thread it runs beside the
// event loop (GraphQL, Prisma's query compiler, sending webhooks) instead of
// taking turns with it.
import { inspect } from "node:util";
import { Worker } from "node:worker_threads";
import { messages, types, type QueryOptions, type Results } from "@electric-sql/pglite";
import type { ThreadReply, ThreadRequest, ThreadResults } from "./embedded-thread-protocol.ts";

/** What a transaction offers, as PGlite's does. */
export interface EmbeddedTransaction {
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(sql: string): Promise<Results<Record<string, unknown>>[]>;
  rollback(): Promise<void>;
}

export interface EmbeddedThread extends Omit<EmbeddedTransaction, "rollback"> {
  transaction<T>(work: (tx: EmbeddedTransaction) => Promise<T>): Promise<T>;
  listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

type Request = ThreadRequest extends infer R ? (R extends ThreadRequest ? Omit<R, "id"> : never) : never;

function parsed<T>({ rows, fields, affectedRows }: ThreadResults, options?: QueryOptions): Results<T> {
  const parse = (value: unknown, index: number) =>
    types.parseType(value as string | null, fields[index].dataTypeID, options?.parsers) as unknown;
  const parsedRows =
    options?.rowMode === "array"
      ? rows.map((row) => (row as unknown[]).map(parse))
      : rows.map((row) =>
          Object.fromEntries(fields.map((field, i) => [field.name, parse((row as Record<string, unknown>)[field.name], i)])),
        );
  return { rows: parsedRows as T[], fields, affectedRows };
}

function failure(reply: Extract<ThreadReply, { type: "error" }>): Error {
  if (!reply.database) return new Error(reply.message);
  // The Prisma adapter recognises database errors by their class, and reads their code and details.
  return Object.assign(new messages.DatabaseError(reply.message, 0, "error"), reply.database);
}

export async function startEmbeddedThread(location: string, loadDataDir?: Blob): Promise<EmbeddedThread> {
  // The thread runs TypeScript as the process does, through tsx (a worker does not inherit the process's loader).
  const entry = new URL("./embedded-thread-worker.ts", import.meta.url).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  const worker = new Worker(
    `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`,
    {
      eval: true,
      workerData: { location, loadDataDir },
    },
  );
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const listeners = new Map<number, (payload: string) => void>();
  let nextId = 0;
  let exited: Error | undefined;

  await new Promise<void>((resolve, reject) => {
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the embedded database's thread exited (${code}) before it was ready`)));
    worker.on("message", function starting(reply: ThreadReply) {
      if (reply.type === "ready") resolve();
      else if (reply.type === "failed") reject(new Error(reply.message));
      else return;
      worker.off("message", starting);
    });
  });
  worker.removeAllListeners("error").removeAllListeners("exit");
  worker.on("message", (reply: ThreadReply) => {
    if (reply.type === "notification") return listeners.get(reply.listenId)?.(reply.payload);
    if (reply.type !== "result" && reply.type !== "error") return;
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.type === "result") waiting?.resolve(reply.value);
    else waiting?.reject(failure(reply));
  });
  const fail = (thrown: unknown) => {
    const error = thrown instanceof Error ? thrown : new Error(`the embedded database's thread failed: ${inspect(thrown)}`);
    exited = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the embedded database's thread exited (${code})`)));

  function call<T>(request: Request): Promise<T> {
    if (exited) return Promise.reject(exited);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id });
    });
  }

  const on = (txId?: number) => ({
    query: async <T>(sql: string, params: unknown[] = [], options?: QueryOptions) =>
      parsed<T>(await call<ThreadResults>({ op: "query", sql, params, rowMode: options?.rowMode ?? "object", txId }), options),
    exec: async (sql: string) =>
      (await call<ThreadResults[]>({ op: "exec", sql, txId })).map((result) => parsed<Record<string, unknown>>(result)),
  });

  let nextTransaction = 0;
  let nextListener = 0;
  return {
    ...on(),
    async transaction(work) {
      const txId = nextTransaction++;
      await call({ op: "begin", txId });
      const tx: EmbeddedTransaction = { ...on(txId), rollback: () => call({ op: "rollback", txId }) };
      let result: Awaited<ReturnType<typeof work>>;
      try {
        result = await work(tx);
      } catch (error) {
        await call({ op: "end", txId, failed: true });
        throw error;
      }
      await call({ op: "end", txId, failed: false });
      return result;
    },
    async listen(channel, callback) {
      const listenId = nextListener++;
      listeners.set(listenId, callback);
      await call({ op: "listen", channel, listenId });
      return async () => {
        listeners.delete(listenId);
        await call({ op: "unlisten", listenId });
      };
    },
    async close() {
      if (exited) return;
      await call({ op: "close" });
      await worker.terminate();
    },
  };
}
