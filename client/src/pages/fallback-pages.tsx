// What the dashboard shows instead of a page: an unknown address, a page the
// role may not open, or a role with no page yet.
import { Link } from "wouter";
import type { Role } from "../gql/graphql.ts";
import type { Page } from "../pages.ts";
import { roles } from "../ui/roles.ts";
import { useDocumentTitle } from "../ui/use-document-title.ts";

export function NotFound() {
  useDocumentTitle("Not found");
  return (
    <section className="message-page">
      <h1>Page not found</h1>
      <p>
        Nothing lives at this address. <Link href="/">Go to the dashboard</Link>.
      </p>
    </section>
  );
}

export function NotAllowed({ page, role }: { page: Page; role: Role }) {
  useDocumentTitle(page.label);
  return (
    <section className="message-page">
      <h1>{page.label}</h1>
      {page.roles.includes(role) ? (
        // The role fits: the token's reach does not (a page for tokens over several organizations).
        <p>This token acts in one organization only. Ask an admin for a token that reaches several organizations.</p>
      ) : (
        <p>
          The {roles[role].label.toLowerCase()} role cannot open this page. Ask an admin for a token with the{" "}
          {page.roles.map((r) => roles[r].label.toLowerCase()).join(" or ")} role.
        </p>
      )}
    </section>
  );
}

export function NoPagesForRole({ role }: { role: Role }) {
  useDocumentTitle("Dashboard");
  return (
    <section className="message-page">
      <h1>Signed in</h1>
      <p>
        The dashboard has no page for the {roles[role].label.toLowerCase()} role yet. The GraphQL API at <a href="/graphql">/graphql</a>{" "}
        answers this token.
      </p>
    </section>
  );
}
