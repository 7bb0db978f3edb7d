// `npm start [-- --role api|worker|all]`: runs a Switchyard process.
import { parseArgs } from "node:util";
import { ConfigError, loadConfig, type Role } from "../server/config.ts";
import { StartupError } from "../server/startup-error.ts";
import { startApp } from "./app.ts";

const roles: Role[] = ["api", "worker", "all"];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { role: { type: "string", default: "all" } } });
  const role = values.role as Role;
  if (!roles.includes(role)) throw new ConfigError(`--role must be one of ${roles.join(", ")}; got "${values.role}".`);
  const started = startApp(loadConfig(process.env, role));
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // A signal during start-up waits for it, so the shutdown closes everything the start opened.
    const app = await started.catch(() => undefined);
    if (!app) return;
    app.runtime.logger.info({ signal }, "stopping");
    await app.stop();
    app.runtime.logger.info({ signal }, "stopped");
    process.exit(0);
  };
  // Handled from the start, not once it returns: after the "listening" line a process manager may signal at any time.
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  await started;
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    // One line per problem, each naming the setting; no stack trace for something the operator can fix.
    for (const line of error.message.split("\n")) console.error(`switchyard: ${line}`);
  } else {
    console.error("switchyard: failed to start:", error);
  }
  process.exit(1);
});
