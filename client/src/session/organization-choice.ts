// The organization a partner token acts in, chosen in the switcher and kept in
// the browser next to the token. None chosen (or the token's own) means no
// X-Organization-Id header: the API acts in the token's own organization.
import { storedString, type StorageLike } from "./token-storage.ts";

export const ORGANIZATION_STORAGE_KEY = "switchyard.organizationId";

export interface OrganizationChoice {
  load(): string | null;
  /** null goes back to the token's own organization. */
  save(organizationId: string | null): void;
}

export function organizationChoice(storage: StorageLike | undefined): OrganizationChoice {
  const stored = storedString(storage, ORGANIZATION_STORAGE_KEY);
  return {
    load: stored.load,
    save: (organizationId) => (organizationId ? stored.save(organizationId) : stored.clear()),
  };
}

/** The choice to keep when switching to `organizationId`: none for the token's own organization. */
export function choiceFor(organizationId: string, homeOrganizationId: string): string | null {
  return organizationId === homeOrganizationId ? null : organizationId;
}

/** From this many organizations on (seed 004: the second), the switcher has a search box beside its select. */
export const SEARCHABLE_FROM = 2;

export type SwitcherKind = "name-only" | "search";

/** What the shell shows for the organizations a token reaches: its name alone when there is no other. */
export function switcherKind(reachable: number): SwitcherKind {
  return reachable >= SEARCHABLE_FROM ? "search" : "name-only";
}

/** Request headers that choose the organization, if one is chosen. */
export function organizationHeaders(organizationId: string | null): Record<string, string> {
  return organizationId ? { "X-Organization-Id": organizationId } : {};
}
