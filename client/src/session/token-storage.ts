// Where the dashboard keeps the access token between visits: localStorage,
// under one key. Storage can be missing or refuse writes (private windows,
// quotas, disabled storage); the token is then kept in memory for this page.

export const TOKEN_STORAGE_KEY = "switchyard.accessToken";

/** The part of the Web Storage API this module uses. */
export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export interface TokenStorage {
  load(): string | null;
  save(token: string): void;
  clear(): void;
}

export function tokenStorage(storage: StorageLike | undefined): TokenStorage {
  return storedString(storage, TOKEN_STORAGE_KEY);
}

/** One string kept under `key`, with the same fallbacks as the token (memory when storage refuses it). */
export function storedString(storage: StorageLike | undefined, key: string): TokenStorage {
  // Only used when storage refused the token.
  let inMemory: string | null = null;
  const tryStorage = (action: (storage: StorageLike) => void): boolean => {
    if (!storage) return false;
    try {
      action(storage);
      return true;
    } catch {
      return false;
    }
  };
  return {
    load: () => {
      let stored: string | null = null;
      tryStorage((s) => (stored = s.getItem(key)?.trim() || null));
      return stored ?? inMemory;
    },
    save: (token) => {
      inMemory = tryStorage((s) => s.setItem(key, token)) ? null : token;
    },
    clear: () => {
      inMemory = null;
      tryStorage((s) => s.removeItem(key));
    },
  };
}

/** The browser's localStorage, or undefined where even reaching it throws. */
export function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
