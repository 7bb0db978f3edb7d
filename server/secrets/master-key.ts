// Where the master key comes from: SWITCHYARD_SECRET_KEY (32 bytes, base64 or
// hex), or, for the embedded database only, a key generated into the data
// folder on first start (with a warning: whoever has the folder has the key).
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { StartupError } from "../startup-error.ts";
import { createSecretBox, masterKey, type MasterKey, type SecretBox } from "./secret-box.ts";

export function decodeKey(text: string, name: string): MasterKey {
  const trimmed = text.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (bytes.length !== 32) {
    throw new StartupError(`${name} must be 32 random bytes, base64 or hex encoded (e.g. \`openssl rand -base64 32\`).`);
  }
  return masterKey(bytes);
}

export function loadSecretBox(config: Config, logger: Logger): SecretBox {
  const previous = config.previousSecretKeys.map((key, i) => decodeKey(key, `SWITCHYARD_PREVIOUS_SECRET_KEYS[${i}]`));
  if (config.secretKey) return createSecretBox(decodeKey(config.secretKey, "SWITCHYARD_SECRET_KEY"), previous);
  if (config.databaseUrl) {
    throw new StartupError(
      "SWITCHYARD_SECRET_KEY is required with DATABASE_URL: every process must encrypt credentials with the same key " +
        "(generate one with `openssl rand -base64 32`).",
    );
  }
  if (config.dataDir === "memory://") return createSecretBox(masterKey(randomBytes(32)), previous);
  const file = path.join(config.dataDir, "secret.key");
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString("base64") + "\n", { mode: 0o600 });
    logger.warn(
      { file },
      "generated a master key for credential secrets in the data folder; back it up with the data, or set SWITCHYARD_SECRET_KEY",
    );
  }
  return createSecretBox(decodeKey(readFileSync(file, "utf8"), file), previous);
}
