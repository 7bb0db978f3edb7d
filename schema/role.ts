import { builder } from "./builder.ts";

export const Role = builder.enumType("Role", {
  description: "What a principal may do in the organizations it reaches.",
  values: {
    ADMIN: { description: "Everything, including access tokens." },
    OPERATOR: { description: "Manage destinations, credentials, webhooks and rules; re-send deliveries." },
    VIEWER: { description: "Read, and watch the live feed." },
  } as const,
});

export const Reach = builder.enumType("Reach", {
  description: "Which organizations a token may act in (choose one per request with the X-Organization-Id header).",
  values: {
    ORGANIZATION: { description: "Its own organization only: a channel partner." },
    ORGANIZATIONS: { description: "Its own and the ones listed for it: a global partner over several." },
    ALL: { description: "Every organization: a global partner over all." },
  } as const,
});
