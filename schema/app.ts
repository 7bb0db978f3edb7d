// Starts a Switchyard process with the roles it was given: `api` (GraphQL,
// dashboard, health), `worker` (deliveries and background jobs), or `all`.
import type { Config } from "../server/config.ts";
import { ConfigError } from "../server/config.ts";
import { bootstrap, bootstrapBanner } from "../server/organizations/bootstrap.ts";
import { ensureSystemEventTypesEverywhere } from "../server/system-events/raise.ts";
import { closeRuntime, createRuntime, type Runtime, type RuntimeOverrides } from "../server/runtime.ts";
import { createDeliveryWorker, type DeliveryWorker } from "../server/delivery/worker.ts";
import { createRequestBudget } from "../server/rate-limit/request-budget.ts";
import { prepareDashboard } from "./dashboard.ts";
import { listen, type HttpServer } from "./http-server.ts";
import { createIngestHandler } from "./ingest-route.ts";
import { createOAuthTokenEndpoint } from "./oauth-token.ts";
import { serveWebSockets } from "./live-socket.ts";
import { createGraphQLServer, type SwitchyardYoga } from "./yoga.ts";
import { createIntakeAdmission } from "../server/delivery/intake-admission.ts";
import { listenOps, type OpsServer } from "./ops-server.ts";

export interface App {
  runtime: Runtime;
  yoga: SwitchyardYoga;
  /** The delivery worker, in the worker and all roles. */
  worker?: DeliveryWorker;
  /** Base URL when the api role listens, e.g. http://localhost:4000. */
  url?: string;
  /** Base URL of the metrics listener (/metrics, /healthz, /readyz), unless SWITCHYARD_METRICS_PORT=off. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

export interface StartOptions extends RuntimeOverrides {
  /** Where the first-start banner goes (the admin token is in it). */
  print?: (text: string) => void;
  /** false: build the worker but leave it to the caller to run (tests drive it with runOnce). */
  startWorker?: boolean;
}

function checkRoles(config: Config): void {
  if (config.role !== "all" && !config.databaseUrl) {
    throw new ConfigError(
      `--role ${config.role} needs DATABASE_URL: separate api and worker processes share a PostgreSQL database. ` +
        "Without it, run one process with --role all (the default) on the embedded database.",
    );
  }
  if (config.role !== "all" && !config.redisUrl) {
    throw new ConfigError(
      `--role ${config.role} needs REDIS_URL: the live feed travels through Redis between api and worker processes. ` +
        "Without it, run one process with --role all.",
    );
  }
}

export async function startApp(config: Config, options: StartOptions = {}): Promise<App> {
  checkRoles(config);
  const runtime = await createRuntime(config, options);
  // Only the api role answers requests; a worker has no budget to share through Redis.
  const budget = createRequestBudget(config.rateLimit, config.role === "worker" ? undefined : config.redisUrl, runtime.logger);
  // Publishing over GraphQL and sources' requests are refused alike while an organization is too far behind on deliveries.
  const intake = createIntakeAdmission(runtime.prisma, runtime.clock, runtime.logger, {
    maxBacklog: config.intakeMaxBacklog,
    maxBacklogPerOrganization: config.intakeMaxBacklogPerOrganization,
  });
  const yoga = createGraphQLServer(runtime, budget, intake);
  let http: HttpServer | undefined;
  let ops: OpsServer | undefined;
  let closeWebSockets: (() => Promise<void>) | undefined;
  const worker = config.role === "api" ? undefined : createDeliveryWorker(runtime);
  try {
    if (config.metrics.port !== undefined) {
      ops = await listenOps(runtime, config.metrics.port, config.metrics.host);
      runtime.logger.info({ url: `${ops.url}/metrics` }, "metrics listening");
    }
    if (config.role !== "worker") {
      const first = await bootstrap(runtime, config.adminToken);
      await ensureSystemEventTypesEverywhere(runtime.prisma);
      http = await listen(yoga, config.port, config.host, {
        dashboard: await prepareDashboard(runtime.logger),
        oauthToken: createOAuthTokenEndpoint(runtime, budget),
        ingest: createIngestHandler(runtime, { budget, intake }),
        limits: {
          perAddress: config.maxConnectionsPerAddress,
          webSocketMessagesPerSecond: config.webSocketMessagesPerSecond,
          idleMs: config.idleConnectionMs,
        },
      });
      closeWebSockets = serveWebSockets(http.webSockets, yoga, runtime, budget);
      if (first.created) (options.print ?? ((text) => process.stdout.write(text)))(bootstrapBanner(first, `${http.url}/graphql`));
      else if (first.adminTokenIgnored) {
        runtime.logger.warn("SWITCHYARD_ADMIN_TOKEN is ignored: it only sets the first token of an empty database");
      }
      runtime.logger.info({ url: `${http.url}/graphql`, database: runtime.db.kind }, "Switchyard API listening");
    }
    if (worker && options.startWorker !== false) worker.start();
  } catch (error) {
    await http?.close();
    await ops?.close();
    await budget.close();
    await closeRuntime(runtime);
    throw error;
  }
  return {
    runtime,
    yoga,
    worker,
    url: http?.url,
    metricsUrl: ops?.url,
    stop: async () => {
      // The worker first: it may need the database to give back what it holds.
      await worker?.stop();
      await closeWebSockets?.();
      await http?.close();
      await ops?.close();
      await budget.close();
      await closeRuntime(runtime);
    },
  };
}
