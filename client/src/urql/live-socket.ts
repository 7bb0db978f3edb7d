// The live feed's transport: one graphql-ws connection per session, opened on
// the first subscription (not at sign-in) and closed when the session ends.
// The token (and the chosen organization) travel in connectionParams; the
// server closes with 4401 (no token) or 4403 (a bad or revoked one), which
// ends the session like a 401.
import { createClient, type Client as WsClient } from "graphql-ws";

export const UNAUTHORIZED_CLOSE_CODES: readonly number[] = [4401, 4403];

export interface LiveSocketOptions {
  /** The GraphQL endpoint over HTTP(S); the socket uses the same path over ws(s). */
  url: string;
  token: string;
  /** The organization to act in; null or absent for the token's own. */
  organizationId?: string | null;
  onUnauthenticated(): void;
  /** For Node, where there is no global WebSocket (tests pass `ws`). */
  webSocketImpl?: unknown;
}

export function webSocketUrl(httpUrl: string): string {
  const url = new URL(httpUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return url.href;
}

export class LiveSocket {
  private client: WsClient | null = null;
  private closed = false;

  constructor(private readonly options: LiveSocketOptions) {}

  /** The connection, created when first needed. */
  connection(): WsClient {
    if (this.closed) throw new Error("the session's live connection is closed");
    this.client ??= createClient({
      url: webSocketUrl(this.options.url),
      webSocketImpl: this.options.webSocketImpl,
      connectionParams: {
        authorization: `Bearer ${this.options.token}`,
        ...(this.options.organizationId && { organizationId: this.options.organizationId }),
      },
      // Reconnects after network blips, but never with a token the server refused.
      shouldRetry: (event) => !isUnauthorizedClose(event),
      retryAttempts: 10,
      on: {
        closed: (event) => {
          if (isUnauthorizedClose(event)) this.options.onUnauthenticated();
        },
      },
    });
    return this.client;
  }

  dispose(): void {
    this.closed = true;
    void this.client?.dispose();
    this.client = null;
  }
}

export function isUnauthorizedClose(event: unknown): boolean {
  const code = (event as { code?: unknown } | null)?.code;
  return typeof code === "number" && UNAUTHORIZED_CLOSE_CODES.includes(code);
}
