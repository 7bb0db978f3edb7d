// A whole Switchyard in server mode for fault drills: its own PostgreSQL and
// Redis, an api process (which applies the migrations and creates the admin
// token) and a worker process, delivering to a loopback receiver.
import { generateTokenSecret } from "../../server/auth/token-secret.ts";
import { startPrivatePostgres, type PrivatePostgres } from "./private-postgres.ts";
import { startPrivateRedis, type PrivateRedis } from "./private-redis.ts";
import { startSwitchyard, startSwitchyardWorker, type RunningProcess } from "./processes.ts";
import { startTestReceiver, type TestReceiver } from "./test-receiver.ts";
import { graphqlClient, testSecretKey, type TestApp } from "./test-app.ts";

export interface DrillStack {
  postgres: PrivatePostgres;
  redis: PrivateRedis;
  receiver: TestReceiver;
  api: RunningProcess & { url: string };
  worker: RunningProcess;
  adminToken: string;
  /** GraphQL calls to the api process over HTTP, as the admin token. */
  graphql: TestApp["graphql"];
  /** Replaces the worker process with one started with these settings added. */
  restartWorker(env: Record<string, string>): Promise<RunningProcess>;
  close(): Promise<void>;
}

export async function startDrillStack(env: Record<string, string> = {}): Promise<DrillStack> {
  const parts: Partial<DrillStack> = {};
  // Reads parts when called: restartWorker replaces the worker.
  const close = async () => {
    await Promise.all([parts.api?.stop("SIGKILL"), parts.worker?.stop("SIGKILL")]);
    await Promise.all([parts.receiver?.close(), parts.redis?.close(), parts.postgres?.close()]);
  };
  try {
    [parts.postgres, parts.redis, parts.receiver] = await Promise.all([startPrivatePostgres(), startPrivateRedis(), startTestReceiver()]);
    const adminToken = generateTokenSecret();
    const common = {
      DATABASE_URL: parts.postgres.url,
      REDIS_URL: parts.redis.url,
      SWITCHYARD_SECRET_KEY: testSecretKey,
      SWITCHYARD_ALLOW_HTTP: "true",
      SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8",
      ...env,
    };
    parts.api = await startSwitchyard({ ...common, SWITCHYARD_MIGRATE: "true", SWITCHYARD_ADMIN_TOKEN: adminToken }, ["--role", "api"]);
    parts.worker = await startSwitchyardWorker(common);
    const graphql = graphqlClient(fetch, adminToken, parts.api.url);
    const stack = parts as DrillStack;
    return Object.assign(stack, {
      adminToken,
      graphql,
      close,
      restartWorker: async (extra: Record<string, string>) => {
        await stack.worker.stop("SIGKILL");
        return (stack.worker = await startSwitchyardWorker({ ...common, ...extra }));
      },
    });
  } catch (error) {
    await close();
    throw error;
  }
}

/** Lines a process wrote that show it crashed (Node ends a fatal error with its version) or left a promise rejection unhandled. */
export function crashLines(proc: RunningProcess): string[] {
  return proc
    .output()
    .split("\n")
    .filter((line) => /unhandled|uncaught|failed to start|^Node\.js v\d/i.test(line));
}
