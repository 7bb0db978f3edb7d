// Readiness: can this process do its work? The database answers a query and,
// when configured, Redis a PING, each within a deadline. The answer names
// what failed without the driver's message (it may carry hosts and users and
// /readyz needs no token); the message goes to the log.
import type { Runtime } from "../runtime.ts";

const CHECK_TIMEOUT_MS = 2000;

export interface CheckResult {
  status: "up" | "down";
  /** Why it is down, in words safe to show anyone. */
  error?: string;
  ms: number;
}

export interface Readiness {
  status: "ready" | "not ready";
  /** The checks that failed, by name. */
  failed: string[];
  checks: Record<string, CheckResult>;
}

async function timed(runtime: Runtime, name: string, check: () => Promise<unknown>): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { status: "up", ms: Math.round(performance.now() - started) };
  } catch (error) {
    const message = (error as Error).message;
    runtime.logger.warn({ check: name, err: message }, "readiness check failed");
    const shown = message.startsWith("no answer") || message.startsWith("not connected") ? message : "the check failed (see the log)";
    return { status: "down", error: shown, ms: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkReadiness(runtime: Runtime): Promise<Readiness> {
  const names = ["database", ...(runtime.config.redisUrl ? ["redis"] : [])];
  const results = await Promise.all(
    names.map((name) => timed(runtime, name, name === "database" ? () => runtime.db.sql.query("SELECT 1") : () => runtime.live.ping())),
  );
  const checks = Object.fromEntries(names.map((name, i) => [name, results[i]]));
  const failed = names.filter((name) => checks[name].status === "down");
  return { status: failed.length === 0 ? "ready" : "not ready", failed, checks };
}
