// The partner's organization choice: kept like the token, none for the
// token's own organization, and the switcher's shape by how many it reaches.
import { describe, expect, it } from "vitest";
import {
  choiceFor,
  ORGANIZATION_STORAGE_KEY,
  organizationChoice,
  organizationHeaders,
  SEARCHABLE_FROM,
  switcherKind,
} from "../../client/src/session/organization-choice.ts";
import { TOKEN_STORAGE_KEY, tokenStorage } from "../../client/src/session/token-storage.ts";
import { memoryStorage } from "./memory-storage.ts";

describe("organization choice", () => {
  it("keeps the chosen organization under its own key, next to the token", () => {
    const storage = memoryStorage();
    tokenStorage(storage).save("sy_abc");
    const choice = organizationChoice(storage);
    expect(choice.load()).toBeNull();
    choice.save("org_north");
    expect(storage.items.get(ORGANIZATION_STORAGE_KEY)).toBe("org_north");
    expect(organizationChoice(storage).load()).toBe("org_north"); // a new page load
    choice.save(null);
    expect(storage.items.has(ORGANIZATION_STORAGE_KEY)).toBe(false);
    expect(storage.items.get(TOKEN_STORAGE_KEY)).toBe("sy_abc");
  });

  it("keeps it in memory when storage refuses it", () => {
    const choice = organizationChoice(undefined);
    choice.save("org_north");
    expect(choice.load()).toBe("org_north");
    choice.save(null);
    expect(choice.load()).toBeNull();
  });

  it("chooses nothing for the token's own organization, and sends no header then", () => {
    expect(choiceFor("org_home", "org_home")).toBeNull();
    expect(choiceFor("org_north", "org_home")).toBe("org_north");
    expect(organizationHeaders(null)).toEqual({});
    expect(organizationHeaders("org_north")).toEqual({ "X-Organization-Id": "org_north" });
  });

  it("shows the name alone for one organization, and a search from the second on", () => {
    expect(switcherKind(0)).toBe("name-only");
    expect(switcherKind(1)).toBe("name-only");
    expect(SEARCHABLE_FROM).toBe(2);
    expect(switcherKind(2)).toBe("search");
    expect(switcherKind(100)).toBe("search");
  });
});
