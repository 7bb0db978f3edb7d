// A Switchyard started as its users start it: `npm start` is
// `node --import tsx schema/main.ts [--role api|worker|all]`, each process
// its own, its settings in the environment (benchEnv, the scratch database,
// REDIS_URL for separate roles). The benchmark talks to it only over HTTP,
// as users do, and knows it is ready from its log lines.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { generateTokenSecret } from "../../server/auth/token-secret.ts";
import { projectRoot } from "./child.ts";
import { benchEnv, httpGraphqlClient, scratchDatabase, type GraphQLClient, type Target, type TargetName } from "./switchyard.ts";

export interface SwitchyardProcess extends GraphQLClient {
  target: TargetName;
  /** The API's origin, http://127.0.0.1:<port>. */
  origin: string;
  adminToken: string;
  /** The scratch database (postgres). */
  database?: string;
  /** Starts one more `--role worker` process on the same database and Redis; resolves once its worker runs. */
  addWorker(): Promise<void>;
  /** Stops every process (SIGTERM, as a process manager does) and drops the database. */
  stop(): Promise<void>;
}

interface Started {
  child: ChildProcess;
  /** The last lines it wrote, for the error when it fails. */
  tail(): string;
  exited: Promise<void>;
}

/** Log lines (pino JSON) that say a role is up. */
const LISTENING = "Switchyard API listening";
const WORKER_STARTED = "delivery worker started";

function spawnSwitchyard(
  role: "all" | "api" | "worker",
  env: Record<string, string>,
  readyWhen: string[],
  nodeOptions: string[],
): Promise<Started & { url?: string }> {
  // Only what the benchmark sets: not the DATABASE_URL (the admin server) or REDIS_URL the benchmark itself was given.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("SWITCHYARD_") && name !== "DATABASE_URL" && name !== "REDIS_URL"),
  );
  const child = spawn(process.execPath, [...nodeOptions, "--import", "tsx", "schema/main.ts", "--role", role], {
    cwd: projectRoot,
    env: { ...inherited, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const started: Started = { child, tail: () => lines.join("\n"), exited };
  return new Promise((resolve, reject) => {
    const waiting = new Set(readyWhen);
    let url: string | undefined;
    let partial = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`Switchyard (--role ${role}) was not ready after 60 s:\n${started.tail()}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      partial += chunk.toString();
      const complete = partial.split("\n");
      partial = complete.pop() ?? "";
      for (const line of complete) {
        lines.push(line);
        if (lines.length > 40) lines.shift();
        if (waiting.size === 0) continue;
        let parsed: { msg?: string; url?: string };
        try {
          parsed = JSON.parse(line) as { msg?: string; url?: string };
        } catch {
          continue;
        }
        if (parsed.msg === LISTENING) url = parsed.url?.replace(/\/graphql$/, "");
        if (parsed.msg && waiting.delete(parsed.msg) && waiting.size === 0) {
          clearTimeout(timer);
          resolve({ ...started, url });
        }
      }
    };
    // Read to the end, always: a full pipe would block the process.
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("error", reject);
    void exited.then(() => {
      clearTimeout(timer);
      if (waiting.size > 0)
        reject(new Error(`Switchyard (--role ${role}) exited (${child.exitCode}) before it was ready:\n${started.tail()}`));
    });
  });
}

async function stopProcess(started: Started): Promise<void> {
  const { child } = started;
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  // Its shutdown waits for requests in flight (SWITCHYARD_SHUTDOWN_DEADLINE_MS, 10 s by default).
  const killed = setTimeout(() => child.kill("SIGKILL"), 20_000);
  await started.exited;
  clearTimeout(killed);
}

/**
 * One Switchyard process on a scratch database: `--role all` (the default,
 * API and worker in one), or `--role api` alone, to which `addWorker` adds
 * worker processes (postgres with `redisUrl` only, as Switchyard requires).
 */
export async function startSwitchyardProcess(
  target: Target,
  options: { role?: "all" | "api"; redisUrl?: string; cpuProfDir?: string; env?: Record<string, string> } = {},
): Promise<SwitchyardProcess> {
  const role = options.role ?? "all";
  // main.ts exits on SIGTERM once stopped, which is when node writes the profile.
  const nodeOptions = options.cpuProfDir ? ["--cpu-prof", "--cpu-prof-dir", options.cpuProfDir] : [];
  const adminToken = generateTokenSecret();
  const scratch = await scratchDatabase(target, { dataDirFromTemplate: true });
  const env: Record<string, string> = {
    ...benchEnv(),
    // Readiness comes from the info lines; Switchyard writes nothing per request at this level.
    SWITCHYARD_LOG_LEVEL: "info",
    SWITCHYARD_ADMIN_TOKEN: adminToken,
    SWITCHYARD_SECRET_KEY: randomBytes(32).toString("base64"),
    ...scratch.env,
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...options.env,
  };
  const processes: Started[] = [];
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      try {
        // Workers first, as in app.stop: they may need the database to give back what they hold.
        await Promise.all(processes.slice(1).map(stopProcess));
        if (processes[0]) await stopProcess(processes[0]);
      } finally {
        await scratch.cleanup();
      }
    })());
  try {
    const api = await spawnSwitchyard(role, env, role === "all" ? [LISTENING, WORKER_STARTED] : [LISTENING], nodeOptions);
    processes.push(api);
    if (!api.url) throw new Error("Switchyard did not say where it listens");
    const origin = api.url;
    return {
      target: target.name,
      origin,
      adminToken,
      database: scratch.database,
      ...httpGraphqlClient(origin, adminToken),
      async addWorker() {
        if (role !== "api") throw new Error("worker processes go beside a --role api process");
        processes.push(await spawnSwitchyard("worker", env, [WORKER_STARTED], nodeOptions));
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
