// The dashboard's token storage: localStorage when it works, memory when it
// refuses, never an exception.
import { describe, expect, it } from "vitest";
import { TOKEN_STORAGE_KEY, tokenStorage, type StorageLike } from "../../client/src/session/token-storage.ts";
import { memoryStorage } from "./memory-storage.ts";

/** A storage that refuses everything, like Safari's private mode once did. */
const refusingStorage: StorageLike = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
  removeItem: () => {
    throw new Error("SecurityError");
  },
};

describe("token storage", () => {
  it("saves, loads and clears the token under one key", () => {
    const storage = memoryStorage();
    const tokens = tokenStorage(storage);
    expect(tokens.load()).toBeNull();
    tokens.save("sy_abc");
    expect(storage.items.get(TOKEN_STORAGE_KEY)).toBe("sy_abc");
    expect(tokens.load()).toBe("sy_abc");
    tokens.clear();
    expect(storage.items.size).toBe(0);
    expect(tokens.load()).toBeNull();
  });

  it("sees what another tab wrote, and treats a blank value as none", () => {
    const storage = memoryStorage();
    const tokens = tokenStorage(storage);
    storage.items.set(TOKEN_STORAGE_KEY, "  sy_from_another_tab \n");
    expect(tokens.load()).toBe("sy_from_another_tab");
    storage.items.set(TOKEN_STORAGE_KEY, "   ");
    expect(tokens.load()).toBeNull();
  });

  it("keeps the token in memory for this page when storage refuses it", () => {
    for (const storage of [refusingStorage, undefined]) {
      const tokens = tokenStorage(storage);
      tokens.save("sy_abc");
      expect(tokens.load()).toBe("sy_abc");
      tokens.clear();
      expect(tokens.load()).toBeNull();
    }
  });

  it("does not bring back a token another tab cleared", () => {
    const storage = memoryStorage();
    const tokens = tokenStorage(storage);
    tokens.save("sy_abc");
    storage.items.delete(TOKEN_STORAGE_KEY);
    expect(tokens.load()).toBeNull();
  });
});
