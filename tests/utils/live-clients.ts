// Live-feed clients for tests: graphql-ws over a real WebSocket, GraphQL over
// SSE with fetch, and a bare protocol client that can stop reading its socket.
import { createClient, type Client } from "graphql-ws";
import { print, type DocumentNode } from "graphql";
import WebSocket from "ws";

export interface Collected<T> {
  items: T[];
  errors: unknown[];
  completed: boolean;
  /** Resolves once `count` items have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  stop(): void;
}

function collector<T>(): Collected<T> & { push(item: T): void } {
  const waiters: { count: number; resolve: () => void }[] = [];
  const state = {
    items: [] as T[],
    errors: [] as unknown[],
    completed: false,
    stop: () => undefined,
    push(item: T) {
      state.items.push(item);
      for (const w of waiters.filter((w) => state.items.length >= w.count)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    },
    waitFor(count: number, timeoutMs = 10_000) {
      if (state.items.length >= count) return Promise.resolve(state.items.slice());
      return new Promise<T[]>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`expected ${count} items, got ${state.items.length}: ${JSON.stringify(state.errors)}`)),
          timeoutMs,
        );
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(state.items.slice())) });
      });
    },
  };
  return state;
}

export function wsUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, "ws")}/graphql`;
}

/** A graphql-ws client; `closed` records the close event the server sent. */
export function wsClient(httpUrl: string, connectionParams: Record<string, unknown>) {
  const closed: { code?: number; reason?: string } = {};
  const client: Client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string };
        closed.code = e.code;
        closed.reason = e.reason;
      },
    },
  });
  return {
    client,
    closed,
    subscribe<T>(document: DocumentNode, variables?: Record<string, unknown>): Collected<T> {
      const collected = collector<T>();
      const stop = client.subscribe<T>(
        { query: print(document), variables },
        {
          next: (result) => (result.data ? collected.push(result.data) : collected.errors.push(result.errors)),
          error: (error) => void collected.errors.push(error),
          complete: () => void (collected.completed = true),
        },
      );
      collected.stop = stop;
      return collected;
    },
    dispose: () => client.dispose(),
  };
}

/** GraphQL over SSE (yoga's single-connection-per-operation mode) with fetch. */
export async function sseSubscribe<T>(
  httpUrl: string,
  document: DocumentNode,
  headers: Record<string, string>,
  variables?: Record<string, unknown>,
) {
  const controller = new AbortController();
  const response = await fetch(`${httpUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
    body: JSON.stringify({ query: print(document), variables }),
    signal: controller.signal,
  });
  const collected = collector<T>();
  collected.stop = () => controller.abort();
  if (response.ok && response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = "";
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event === "complete") collected.completed = true;
            else if (data) {
              const parsed = JSON.parse(data) as { data?: T; errors?: unknown };
              if (parsed.data) collected.push(parsed.data);
              else collected.errors.push(parsed.errors);
            }
          }
        }
        collected.completed = true;
      } catch {
        // aborted
      }
    })();
  }
  return { response, feed: collected as Collected<T> };
}

/** A bare graphql-transport-ws client whose socket can be paused (it stops reading). */
export async function rawSubscription(httpUrl: string, token: string, document: DocumentNode) {
  const socket = new WebSocket(wsUrl(httpUrl), "graphql-transport-ws");
  const messages: { type: string; payload?: unknown }[] = [];
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  socket.on("message", (data) => messages.push(JSON.parse(String(data)) as { type: string }));
  socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } }));
  await new Promise<void>((resolve) => {
    const check = () => (messages.some((m) => m.type === "connection_ack") ? resolve() : setTimeout(check, 10));
    check();
  });
  socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: print(document) } }));
  return { socket, messages, next: () => messages.filter((m) => m.type === "next") };
}
