// Access-token secrets: `sy_` and 40 base62 characters (~238 bits), so they
// are easy to recognise in a leak scan and impossible to guess. Only the
// SHA-256 hash is stored; a fast hash is enough for secrets of this entropy.
import { createHash, randomInt } from "node:crypto";

const PREFIX = "sy_";
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const LENGTH = 40;
const SHAPE = /^sy_[0-9A-Za-z]{20,128}$/;

export function generateTokenSecret(): string {
  let body = "";
  for (let i = 0; i < LENGTH; i++) body += ALPHABET[randomInt(ALPHABET.length)];
  return PREFIX + body;
}

export function isTokenSecretShape(secret: string): boolean {
  return SHAPE.test(secret);
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** The part of a secret that is safe to show again: prefix and four characters. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, PREFIX.length + 4);
}
