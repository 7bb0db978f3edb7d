// Access-token secrets: `sy_` and 40 base62 characters (~238 bits), so they
// are easy to recognise in a leak scan and impossible to guess. Only the
// SHA-256 hash is stored; a fast hash is enough for secrets of this entropy.
// Access tokens issued by POST /oauth/token have the same body after `syo_`.
import { createHash, randomInt } from "node:crypto";

const PREFIX = "sy_";
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const LENGTH = 40;
const ISSUED_PREFIX = "syo_";
const SHAPE = /^sy_[0-9A-Za-z]{20,128}$/;
const ISSUED_SHAPE = /^syo_[0-9A-Za-z]{40}$/;

function randomBody(): string {
  let body = "";
  for (let i = 0; i < LENGTH; i++) body += ALPHABET[randomInt(ALPHABET.length)];
  return body;
}

export function generateTokenSecret(): string {
  return PREFIX + randomBody();
}

/** A short-lived access token for an application (OAuth2 client credentials). */
export function generateIssuedTokenSecret(): string {
  return ISSUED_PREFIX + randomBody();
}

export function isTokenSecretShape(secret: string): boolean {
  return SHAPE.test(secret);
}

/** Which kind of bearer secret this is by its shape: an access token's, one issued to an application, or neither. */
export function bearerKind(secret: string): "token" | "issued" | undefined {
  if (SHAPE.test(secret)) return "token";
  if (ISSUED_SHAPE.test(secret)) return "issued";
  return undefined;
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** The part of a secret that is safe to show again: prefix and four characters. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, PREFIX.length + 4);
}
