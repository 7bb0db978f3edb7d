// The one place that confines reads and writes to an organization. Every
// query on an organization's records goes through `scoped`; nothing else
// adds an organizationId filter by hand.
import type { Principal } from "../auth/principal.ts";

export interface TenantScope {
  organizationId: string;
}

export function scoped<W extends object>(scope: TenantScope, where?: W): W & { organizationId: string } {
  return { ...(where ?? ({} as W)), organizationId: scope.organizationId };
}

/** The organizations a principal reaches, as a where clause on Organization itself. */
export function reachableOrganizations<W extends object>(principal: Principal, where?: W): W & { AND: object[] } {
  const reach =
    principal.reach === "ALL" ? {} : { id: { in: principal.reach === "ORGANIZATIONS" ? principal.organizationIds : [principal.organizationId] } };
  return { ...(where ?? ({} as W)), AND: [reach] };
}
