// The metrics listener: /metrics, /healthz and /readyz on a port of their own
// (SWITCHYARD_METRICS_PORT, on 127.0.0.1 unless SWITCHYARD_METRICS_HOST says
// otherwise), opened by every role: a worker has no other listener.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Runtime } from "../server/runtime.ts";
import { StartupError } from "../server/startup-error.ts";
import { metricsResponse, readinessResponse, type PlainResponse } from "./metrics-endpoint.ts";

export interface OpsServer {
  url: string;
  close(): Promise<void>;
}

async function answer(
  runtime: Runtime,
  method: string | undefined,
  path: string,
  authorization: string | undefined,
): Promise<PlainResponse> {
  if (method !== "GET" && method !== "HEAD") return { status: 405, headers: { allow: "GET, HEAD" }, body: "" };
  if (path === "/metrics") return metricsResponse(runtime, authorization);
  if (path === "/readyz") return readinessResponse(runtime);
  if (path === "/healthz") return { status: 200, headers: { "content-type": "application/json" }, body: '{"status":"ok"}' };
  return { status: 404, headers: { "content-type": "text/plain" }, body: "Not found: /metrics, /healthz and /readyz are served here.\n" };
}

export async function listenOps(runtime: Runtime, port: number, host: string): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://switchyard").pathname;
    answer(runtime, req.method, path, req.headers.authorization).then(
      ({ status, headers, body }) => res.writeHead(status, headers).end(req.method === "HEAD" ? undefined : body),
      (error: unknown) => {
        runtime.logger.error({ err: error }, "metrics listener failed to answer");
        res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      // The default port is fixed: a second process on one host must be given its own (or none).
      if (error.code !== "EADDRINUSE") return reject(error);
      reject(
        new StartupError(
          `SWITCHYARD_METRICS_PORT: ${host}:${port} is already in use (another Switchyard process on this host?); ` +
            "give each process its own port, 0 for any free one, or off.",
        ),
      );
    });
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
