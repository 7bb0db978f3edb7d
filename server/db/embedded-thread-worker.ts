// The embedded database's own thread: PGlite runs here, so that executing
// statements (most of an embedded Switchyard's CPU) happens beside the event
// loop that serves requests and sends webhooks, not on it. Values go back as
// PostgreSQL's text; the calling side parses them with PGlite's parsers (and
// any it was given), which are functions and cannot cross threads.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, type Transaction, messages, types } from "@electric-sql/pglite";
import type { DatabaseErrorFields, ThreadReply, ThreadRequest, ThreadResults } from "./embedded-thread-protocol.ts";

const port = parentPort!;
const { location, loadDataDir } = workerData as { location: string; loadDataDir?: Blob };
const post = (reply: ThreadReply) => port.postMessage(reply);

/** Every type PGlite would parse, parsed as itself: the text goes back as it came. */
const asText = Object.fromEntries(Object.keys(types.parsers).map((oid) => [oid, (value: string) => value]));

interface OpenTransaction {
  tx?: Transaction;
  /** Ends the transaction's callback: it commits, or (failed) rolls back. */
  end?: (failed: boolean) => void;
  /** The transaction's outcome: rejects when it rolled back, or its COMMIT failed. */
  settled: Promise<void>;
}
const transactions = new Map<number, OpenTransaction>();
const unlisteners = new Map<number, () => Promise<void>>();

function on(txId: number | undefined): Pick<PGlite, "query" | "exec"> {
  if (txId === undefined) return pglite;
  const tx = transactions.get(txId)?.tx;
  if (!tx) throw new Error(`transaction ${txId} is not open`);
  return tx;
}

const results = ({ rows, fields, affectedRows }: ThreadResults): ThreadResults => ({ rows, fields, affectedRows });

async function handle(request: ThreadRequest): Promise<ThreadResults | ThreadResults[] | undefined> {
  switch (request.op) {
    case "query":
      return results(await on(request.txId).query(request.sql, request.params, { rowMode: request.rowMode, parsers: asText }));
    case "exec":
      return (await on(request.txId).exec(request.sql, { parsers: asText })).map(results);
    case "begin":
      return new Promise<undefined>((started, failed) => {
        let began = false;
        const open: OpenTransaction = {
          settled: pglite.transaction(
            (tx) =>
              new Promise<void>((commit, rollBack) => {
                began = true;
                open.tx = tx;
                open.end = (failed) => (failed ? rollBack(new Error("rolled back by the caller")) : commit());
                started(undefined);
              }),
          ),
        };
        transactions.set(request.txId, open);
        open.settled.catch((error: unknown) => {
          if (began) return;
          transactions.delete(request.txId);
          failed(error);
        });
      });
    case "rollback":
      await transactions.get(request.txId)?.tx?.rollback();
      return undefined;
    case "end": {
      const open = transactions.get(request.txId);
      if (!open) return undefined;
      transactions.delete(request.txId);
      open.end?.(request.failed);
      if (request.failed) await open.settled.catch(() => undefined);
      else await open.settled;
      return undefined;
    }
    case "listen":
      unlisteners.set(
        request.listenId,
        await pglite.listen(request.channel, (payload) => post({ type: "notification", listenId: request.listenId, payload })),
      );
      return undefined;
    case "unlisten":
      await unlisteners.get(request.listenId)?.();
      unlisteners.delete(request.listenId);
      return undefined;
    case "close":
      await pglite.close();
      return undefined;
  }
}

let pglite: PGlite;
try {
  pglite = await PGlite.create(location, loadDataDir ? { loadDataDir } : {});
  post({ type: "ready" });
} catch (error) {
  post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  throw error;
}

port.on("message", (request: ThreadRequest) => {
  handle(request).then(
    (value) => {
      try {
        post({ type: "result", id: request.id, value });
      } catch (error) {
        post({ type: "error", id: request.id, message: `the result could not be sent back: ${(error as Error).message}` });
      }
      if (request.op === "close") port.close();
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!(error instanceof messages.DatabaseError)) return post({ type: "error", id: request.id, message });
      // PGlite adds the query, its parameters and options (functions among them) to the error: only pg-protocol's fields cross.
      const database: DatabaseErrorFields = {};
      for (const [key, value] of Object.entries(error))
        if ((typeof value === "string" || typeof value === "number") && key !== "query") database[key] = value;
      post({ type: "error", id: request.id, message, database });
    },
  );
});
