// The dashboard's pages, in navigation order, and who may open them. A page
// owns its path and everything under it (/destinations/new, /destinations/:id…);
// the navigation shows the ones the role allows.
import type { ComponentType } from "react";
import type { Reach, Role } from "./gql/graphql.ts";
import { AccessTokensPage } from "./pages/access-tokens/access-tokens-page.tsx";
import { AuditLogPage } from "./pages/audit-log/audit-log-page.tsx";
import { ApiGuidePage } from "./pages/api-guide/api-guide-page.tsx";
import { CredentialsPage } from "./pages/credentials/credentials-page.tsx";
import { DestinationsSection } from "./pages/destinations/destinations-section.tsx";
import { EventTypesPage } from "./pages/event-types/event-types-page.tsx";
import { HistorySection } from "./pages/history/history-section.tsx";
import { LiveFeedPage } from "./pages/live-feed/live-feed-page.tsx";
import { OverviewPage } from "./pages/overview/overview-page.tsx";
import { RulesSection } from "./pages/notification-rules/rules-section.tsx";
import { ProgramsPage } from "./pages/programs/programs-page.tsx";
import { OrganizationsPage } from "./pages/organizations/organizations-page.tsx";
import { SourcesSection } from "./pages/sources/sources-section.tsx";
import { WebhooksSection } from "./pages/webhooks/webhooks-section.tsx";

export interface Page {
  path: string;
  label: string;
  roles: readonly Role[];
  /** Only for tokens that reach several organizations (partners). */
  partners?: true;
  component: ComponentType;
}

// Viewers read every page but the admins' (access tokens, audit log); what
// they cannot do (create, edit, delete, re-send) is left out of the pages
// themselves.
const everyone: readonly Role[] = ["ADMIN", "OPERATOR", "VIEWER"];

// The first page a token may open is its home, where it lands after sign-in ("/" goes there): a partner's
// is the organization search, everyone else's the overview.
export const pages: readonly Page[] = [
  { path: "/organizations", label: "Organizations", roles: everyone, partners: true, component: OrganizationsPage },
  { path: "/overview", label: "Overview", roles: everyone, component: OverviewPage },
  { path: "/destinations", label: "Destinations", roles: everyone, component: DestinationsSection },
  { path: "/webhooks", label: "Webhooks", roles: everyone, component: WebhooksSection },
  { path: "/programs", label: "Programs", roles: everyone, component: ProgramsPage },
  { path: "/notification-rules", label: "Notification rules", roles: everyone, component: RulesSection },
  { path: "/live", label: "Live feed", roles: everyone, component: LiveFeedPage },
  { path: "/history", label: "History", roles: everyone, component: HistorySection },
  { path: "/sources", label: "Sources", roles: everyone, component: SourcesSection },
  { path: "/event-types", label: "Event types", roles: everyone, component: EventTypesPage },
  { path: "/credentials", label: "Credentials", roles: everyone, component: CredentialsPage },
  { path: "/access-tokens", label: "Access tokens", roles: ["ADMIN"], component: AccessTokensPage },
  { path: "/audit-log", label: "Audit log", roles: ["ADMIN"], component: AuditLogPage },
  { path: "/api", label: "Using the API", roles: everyone, component: ApiGuidePage },
];

/** The pages a token with this role and reach may open, in navigation order. */
export function pagesFor(role: Role, reach: Reach): Page[] {
  return pages.filter((page) => page.roles.includes(role) && (!page.partners || reach !== "ORGANIZATION"));
}

/** The route pattern of a page: its path and anything below it. */
export function pagePattern(page: Page): string {
  return `${page.path}/*?`;
}
