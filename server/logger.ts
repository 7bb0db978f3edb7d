import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      // Tokens and secrets must never reach a log line, even by accident.
      redact: {
        paths: ["*.authorization", "*.Authorization", "*.secret", "*.password", "headers.authorization"],
        censor: "[redacted]",
      },
    },
    destination,
  );
}
