// Who is making a request: an access token, its role, its home organization
// and the organizations it may reach.
import type { Reach, Role } from "../db/generated/enums.ts";

export type { Reach, Role };

export interface Principal {
  tokenId: string;
  tokenName: string;
  role: Role;
  /** The token's own organization, where requests act unless they choose another. */
  organizationId: string;
  reach: Reach;
  /** With reach ORGANIZATIONS: the organizations listed for the token (its own included). */
  organizationIds: string[];
}

/** Whether the principal may act in `organizationId`. */
export function reaches(principal: Principal, organizationId: string): boolean {
  if (principal.reach === "ALL") return true;
  if (principal.reach === "ORGANIZATIONS") return principal.organizationIds.includes(organizationId);
  return principal.organizationId === organizationId;
}
