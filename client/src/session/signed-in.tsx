// What every page of a signed-in dashboard may ask: who is signed in, how to
// sign out, and how to act in another organization the token reaches.
import { createContext, useContext } from "react";
import type { ViewerQuery as ViewerQueryResult } from "../gql/graphql.ts";
import { canManage } from "../ui/roles.ts";

export type Viewer = ViewerQueryResult["viewer"];

export interface SignedIn {
  viewer: Viewer;
  signOut(notice?: string): void;
  /** null: the token's own organization. */
  switchOrganization(organizationId: string | null): void;
}

export const SignedInContext = createContext<SignedIn | null>(null);

export function useSignedIn(): SignedIn {
  const value = useContext(SignedInContext);
  if (!value) throw new Error("useSignedIn() outside a signed-in dashboard");
  return value;
}

/** Whether the signed-in role may change things (create, edit, delete, re-send): viewers only read. */
export function useCanManage(): boolean {
  return canManage(useSignedIn().viewer.role);
}
