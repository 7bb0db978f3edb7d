// What each role is called and may do, as the schema describes them.
import type { Role } from "../gql/graphql.ts";

export const roles = {
  ADMIN: { label: "Admin", description: "Everything, including access tokens." },
  OPERATOR: { label: "Operator", description: "Manage destinations, credentials, webhooks and rules; re-send deliveries." },
  VIEWER: { label: "Viewer", description: "Read, and watch the live feed." },
} satisfies Record<Role, { label: string; description: string }>;

export const roleOrder: Role[] = ["ADMIN", "OPERATOR", "VIEWER"];

/** Admins and operators manage destinations, credentials, webhooks and deliveries; viewers read. */
export function canManage(role: Role): boolean {
  return role === "ADMIN" || role === "OPERATOR";
}
