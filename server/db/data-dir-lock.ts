// The embedded database lives in one process at a time: PGlite is not safe
// to open twice. A lock file with the owner's pid makes a second opener fail
// clearly instead of corrupting the data.
import { openSync, closeSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { StartupError } from "../startup-error.ts";

export class DataDirInUseError extends StartupError {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the data folder's lock; returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, "switchyard.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(file, "utf8"));
      if (owner && owner !== process.pid && alive(owner)) {
        throw new DataDirInUseError(
          `The embedded database in ${dataDir} is in use by process ${owner}. ` +
            "Stop that Switchyard first, or use its API (for tokens: the createAccessToken mutation).",
        );
      }
      rmSync(file, { force: true }); // left behind by a process that is gone
    }
  }
  throw new DataDirInUseError(`Could not lock ${dataDir}.`);
}
