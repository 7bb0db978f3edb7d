// Real Switchyard processes for tests that need them (start-up, roles, crashes).
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface RunningProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the first stdout/stderr line (JSON log lines parsed) that matches. */
  waitFor(match: (line: string, json: Record<string, unknown> | undefined) => boolean, timeoutMs?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function run(command: string, args: string[], env: Record<string, string | undefined>): RunningProcess {
  const child = spawn(command, args, {
    cwd: projectRoot,
    // A variable given as undefined is removed, not inherited.
    env: Object.fromEntries(
      Object.entries({ ...process.env, SWITCHYARD_LOG_LEVEL: "info", SWITCHYARD_METRICS_PORT: "0", ...env }).filter(
        ([, v]) => v !== undefined,
      ),
    ) as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so a stop reaches npm's children too.
    detached: true,
  });
  let output = "";
  const listeners = new Set<(line: string) => void>();
  let partial = "";
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    partial += chunk.toString();
    const lines = partial.split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) for (const listener of listeners) listener(line);
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => output,
    exited,
    waitFor: (match, timeoutMs = 30_000) =>
      new Promise<string>((resolve, reject) => {
        const parse = (line: string) => {
          try {
            return JSON.parse(line) as Record<string, unknown>;
          } catch {
            return undefined;
          }
        };
        const existing = output.split("\n").find((line) => match(line, parse(line)));
        if (existing !== undefined) return resolve(existing);
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`timed out waiting for output; got:\n${output}`));
        }, timeoutMs);
        const listener = (line: string) => {
          if (!match(line, parse(line))) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(line);
        };
        listeners.add(listener);
        void exited.then(() => {
          if (!listeners.has(listener)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          reject(new Error(`process exited before the expected output; got:\n${output}`));
        });
      }),
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, signal);
      const result = await exited;
      // npm can exit before the server it started has finished shutting down.
      while (groupAlive(child.pid!)) await new Promise((resolve) => setTimeout(resolve, 50));
      return result;
    },
  };
}

/** Runs a Switchyard process (`tsx schema/main.ts`) and waits until its API listens; returns its URL. */
export async function startSwitchyard(
  env: Record<string, string | undefined>,
  args: string[] = [],
): Promise<RunningProcess & { url: string }> {
  const proc = run(process.execPath, ["--import", "tsx", "schema/main.ts", ...args], { PORT: "0", HOST: "127.0.0.1", ...env });
  const line = await proc.waitFor((_line, json) => json?.msg === "Switchyard API listening");
  const url = String((JSON.parse(line) as { url: string }).url).replace(/\/graphql$/, "");
  return Object.assign(proc, { url });
}

/** Runs a `--role worker` process and waits until its delivery worker runs. */
export async function startSwitchyardWorker(env: Record<string, string | undefined>): Promise<RunningProcess> {
  const proc = run(process.execPath, ["--import", "tsx", "schema/main.ts", "--role", "worker"], env);
  await proc.waitFor((_line, json) => json?.msg === "delivery worker started");
  return proc;
}

/** Runs a command to completion and returns its exit code and output. */
export async function runToEnd(
  command: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ code: number | null; output: string }> {
  const proc = run(command, args, env);
  const { code } = await proc.exited;
  return { code, output: proc.output() };
}
