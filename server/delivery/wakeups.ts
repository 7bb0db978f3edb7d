// Wakes idle delivery workers as soon as deliveries are due, instead of
// waiting for their next poll: in-process for one process, PostgreSQL
// LISTEN/NOTIFY across processes. Polling still runs as the safety net.
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import pg from "pg";
import type { Logger } from "../logger.ts";

export interface Wakeups {
  notify(): void;
  onWake(listener: () => void): () => void;
  close(): Promise<void>;
}

const CHANNEL = "switchyard_deliveries_due";

export function localWakeups(): Wakeups {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    notify: () => emitter.emit("wake"),
    onWake: (listener) => {
      emitter.on("wake", listener);
      return () => emitter.off("wake", listener);
    },
    close: async () => {
      emitter.removeAllListeners();
    },
  };
}

export function postgresWakeups(databaseUrl: string, logger: Logger): Wakeups {
  const local = localWakeups();
  // Notifications carry the sender's id: this process has already woken its own workers.
  const self = randomUUID();
  const notifier = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  notifier.on("error", () => undefined);
  let listener: pg.Client | undefined;
  let closed = false;

  const listen = async () => {
    if (closed) return;
    const client = new pg.Client({ connectionString: databaseUrl });
    client.on("notification", (message) => {
      if (message.payload !== self) local.notify();
    });
    client.on("error", (error) => {
      logger.warn({ err: error.message }, "lost the delivery wake-up connection; reconnecting");
      void client.end().catch(() => undefined);
      if (!closed) setTimeout(() => void listen(), 1000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      listener = client;
    } catch (error) {
      logger.warn({ err: (error as Error).message }, "could not listen for delivery wake-ups; polling only");
      if (!closed) setTimeout(() => void listen(), 1000).unref();
    }
  };
  void listen();

  // One NOTIFY at a time: those asked for meanwhile make one more, sent once it is done (so each
  // request is still followed by a NOTIFY sent after it). Under load a publish statement finishes
  // every few milliseconds, and every NOTIFY is a statement, and a lock on the server's queue.
  let sending = false;
  let again = false;
  const send = () => {
    sending = true;
    notifier
      .query(`SELECT pg_notify('${CHANNEL}', $1)`, [self])
      .catch(() => undefined)
      .finally(() => {
        sending = false;
        if (!again || closed) return;
        again = false;
        send();
      });
  };

  return {
    notify: () => {
      local.notify();
      if (sending) again = true;
      else send();
    },
    onWake: local.onWake,
    close: async () => {
      closed = true;
      await listener?.end().catch(() => undefined);
      await notifier.end();
      await local.close();
    },
  };
}
