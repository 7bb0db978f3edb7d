// Ingest keys this process found a source for lately. An address that has used
// up its unknown keys is refused before any lookup, except for these: a
// provider whose address also calls a rotated URL still reaches its other
// sources. Only routing, never trust: a key here is still looked up (so a
// rotated key stops at once) and every request is still verified.
import { LRUCache } from "lru-cache";

const REMEMBERED_KEYS = 10_000;
const REMEMBERED_MS = 15 * 60 * 1000;

export interface FoundKeys {
  has(key: string): boolean;
  found(key: string): void;
  gone(key: string): void;
}

export function createFoundKeys(): FoundKeys {
  const keys = new LRUCache<string, true>({ max: REMEMBERED_KEYS, ttl: REMEMBERED_MS });
  return {
    has: (key) => keys.has(key),
    found: (key) => void keys.set(key, true),
    gone: (key) => void keys.delete(key),
  };
}
