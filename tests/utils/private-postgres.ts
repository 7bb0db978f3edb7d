// A PostgreSQL cluster of a test's own, in a temporary folder on a free port,
// that the test may stop, kill and restart. initdb refuses to run as root, so
// as root the cluster runs as the postgres user.
import { execFile } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort, postgresBin } from "./private-services.ts";

const exec = promisify(execFile);

export interface PrivatePostgres {
  /** postgresql://root@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  start(): Promise<void>;
  /** "fast" disconnects clients and shuts down cleanly; "immediate" is a crash (recovery on the next start). */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  /** Stops, removes the folder. Safe to call when not started or already stopped. */
  close(): Promise<void>;
}

const asRoot = userInfo().uid === 0;

function pgCommand(binary: string, args: string[]) {
  const file = path.join(postgresBin!, binary);
  return asRoot ? exec("runuser", ["-u", "postgres", "--", file, ...args]) : exec(file, args);
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), "switchyard-drill-pg-"));
  if (asRoot)
    chownSync(
      dir,
      Number((await exec("id", ["-u", "postgres"])).stdout.trim()),
      Number((await exec("id", ["-g", "postgres"])).stdout.trim()),
    );
  const data = path.join(dir, "pg");
  const port = await freePort();
  // The superuser is named root, as on the machine's shared cluster; fsync off: a drill's data need not survive the machine.
  await pgCommand("initdb", ["-D", data, "-A", "trust", "-U", "root", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  let running = false;
  const pg: PrivatePostgres = {
    url: `postgresql://root@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      await pgCommand("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-w", "-o", options, "start"]);
      running = true;
    },
    async stop(mode = "fast") {
      await pgCommand("pg_ctl", ["-D", data, "-w", "-m", mode, "stop"]);
      running = false;
    },
    async close() {
      if (running) await pg.stop("immediate").catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await pg.start();
  } catch (error) {
    await pg.close();
    throw error;
  }
  return pg;
}
