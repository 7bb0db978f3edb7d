// An organization as a where or data clause. Requests query through the
// organization's handle (tenant-db.ts), which adds it to every clause anyway;
// creates still name it because Prisma's input types require it.
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
    principal.reach === "ALL"
      ? {}
      : { id: { in: principal.reach === "ORGANIZATIONS" ? principal.organizationIds : [principal.organizationId] } };
  return { ...(where ?? ({} as W)), AND: [reach] };
}
