// The unguessable part of a source's ingest URL (/ingest/<key>): 192 random
// bits. It only routes a request to its source; the source's credential still
// verifies every request, so a leaked key lets nobody in, and rotating it
// stops the traffic of whoever holds the old one.
import { randomBytes } from "node:crypto";

const SHAPE = /^ik_[A-Za-z0-9_-]{32}$/;

export function generateIngestKey(): string {
  return `ik_${randomBytes(24).toString("base64url")}`;
}

/** Lets a request with no chance of naming a source be refused before any database work. */
export function isIngestKeyShape(key: string): boolean {
  return SHAPE.test(key);
}

export const INGEST_PATH_PREFIX = "/ingest/";

export function ingestPath(key: string): string {
  return `${INGEST_PATH_PREFIX}${key}`;
}
