// Fault drills stop, kill and restart PostgreSQL and Redis: they run their own,
// never the shared ones. This finds the machine's binaries; without them the
// drills are skipped and say so, unless DRILLS_REQUIRED=true (CI), which
// turns a missing binary into a failure instead of a silent skip.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";

function postgresBinDir(): string | undefined {
  if (process.env.POSTGRES_BIN_DIR) return process.env.POSTGRES_BIN_DIR;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  // The newest installed major version.
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(root, versions[0], "bin") : undefined;
}

function onPath(command: string): string | undefined {
  try {
    return execFileSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export const postgresBin = postgresBinDir();
export const redisServerBin = process.env.REDIS_SERVER_BIN ?? onPath("redis-server");

/** Why the drills cannot run here, or undefined when they can. */
const missing = [
  ...(postgresBin && existsSync(path.join(postgresBin, "pg_ctl")) ? [] : ["PostgreSQL's initdb/pg_ctl (set POSTGRES_BIN_DIR)"]),
  ...(redisServerBin ? [] : ["redis-server (set REDIS_SERVER_BIN)"]),
];

export const drillsCanRun = missing.length === 0;
if (!drillsCanRun) {
  const message = `Fault drills need ${missing.join(" and ")}`;
  if (process.env.DRILLS_REQUIRED === "true") throw new Error(`DRILLS_REQUIRED is set: ${message}`);
  console.warn(`${message}: the fault drills are skipped.`);
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
