// A Redis of a test's own on a free port, without persistence, that the test
// may kill (SIGKILL: clients see the connection drop) and start again on the
// same port.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { freePort, redisServerBin } from "./private-services.ts";

export interface PrivateRedis {
  /** redis://127.0.0.1:<port> */
  url: string;
  port: number;
  start(): Promise<void>;
  kill(): Promise<void>;
  close(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const redis: PrivateRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      const started = spawn(redisServerBin!, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      child = started;
      let output = "";
      await new Promise<void>((resolve, reject) => {
        started.stdout!.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes("Ready to accept connections")) resolve();
        });
        started.once("exit", (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)));
      });
    },
    async kill() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      running.kill("SIGKILL");
      await once(running, "exit");
    },
    close: () => redis.kill(),
  };
  await redis.start();
  return redis;
}
