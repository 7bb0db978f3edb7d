// Credential secrets at rest: AES-256-GCM under the master key, with the
// record's identity as additional data so a sealed value cannot be moved to
// another record. Sealed form: `v1.<key id>.<iv>.<tag>.<ciphertext>` (base64url).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

export class SecretBoxError extends Error {}

export interface MasterKey {
  id: string;
  key: Buffer;
}

export function masterKey(key: Buffer): MasterKey {
  if (key.length !== 32) throw new SecretBoxError("The master key must be 32 bytes (AES-256).");
  return { id: createHash("sha256").update(key).digest("hex").slice(0, 8), key };
}

export interface SecretBox {
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
}

/** `current` seals; `current` and `previous` keys open, so keys can be rotated. */
export function createSecretBox(current: MasterKey, previous: MasterKey[] = []): SecretBox {
  const keys = new Map([current, ...previous].map((k) => [k.id, k.key]));
  return {
    seal(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", current.key, iv);
      cipher.setAAD(Buffer.from(context));
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return ["v1", current.id, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(
        ".",
      );
    },
    open(sealed, context) {
      const [version, keyId, iv, tag, ciphertext] = sealed.split(".");
      if (version !== "v1" || ciphertext === undefined) throw new SecretBoxError("Unrecognised sealed secret.");
      const key = keys.get(keyId);
      if (!key) throw new SecretBoxError(`This secret was sealed with master key ${keyId}, which is not configured.`);
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAAD(Buffer.from(context));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
      } catch {
        throw new SecretBoxError("A sealed secret failed its integrity check (wrong key or tampered data).");
      }
    },
  };
}
