// The API process's listener: GraphQL over HTTP and SSE (yoga), the
// graphql-ws WebSocket endpoint on the same path, the health endpoints, and
// sources' ingest URLs (/ingest/<key>), the OAuth2 token endpoint, and the dashboard on every other path.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import type { DashboardHandler } from "./dashboard.ts";
import { isIngestPath, type IngestHandler } from "./ingest-route.ts";
import { OAUTH_TOKEN_PATH, type OAuthTokenHandler } from "./oauth-token.ts";
import { limitRequestBody, MAX_REQUEST_BYTES } from "./request-size-limit.ts";
import { limitConnections, type ConnectionLimits } from "./connection-limits.ts";
import { yogaPaths, type SwitchyardYoga } from "./yoga.ts";

export interface HttpServer {
  url: string;
  server: Server;
  webSockets: WebSocketServer;
  close(): Promise<void>;
}

const apiPaths = new Set<string>(Object.values(yogaPaths));

/** What the listener serves besides GraphQL, and what one client may hold of it. */
export interface ListenOptions {
  dashboard?: DashboardHandler;
  oauthToken?: OAuthTokenHandler;
  ingest?: IngestHandler;
  limits: ConnectionLimits;
}

export async function listen(
  yoga: SwitchyardYoga,
  port: number,
  host: string,
  { dashboard, oauthToken, ingest, limits }: ListenOptions,
): Promise<HttpServer> {
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://switchyard").pathname;
    if (ingest && isIngestPath(pathname)) return ingest(req, res, pathname);
    if (oauthToken && pathname === OAUTH_TOKEN_PATH) return void oauthToken(req, res);
    if (!dashboard || apiPaths.has(pathname)) {
      limitRequestBody(req, res);
      return void yoga(req, res);
    }
    dashboard(req, res, () => void yoga(req, res));
  });
  // The same ceiling as HTTP bodies: ws reads a frame's announced length first
  // and closes with 1009 before buffering anything larger.
  const webSockets = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: MAX_REQUEST_BYTES });
  limitConnections(server, webSockets, limits);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    server,
    webSockets,
    close: async () => {
      for (const socket of webSockets.clients) socket.close(1001, "Server shutting down");
      await new Promise<void>((resolve) => webSockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
