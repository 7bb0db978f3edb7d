import type { StorageLike } from "../../client/src/session/token-storage.ts";

/** A Web Storage that keeps items in a Map, like localStorage does in a browser. */
export function memoryStorage(items = new Map<string, string>()): StorageLike & { items: Map<string, string> } {
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
}
