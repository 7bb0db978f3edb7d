// The signed-in dashboard: navigation, who is signed in (and, for partner
// tokens, in which organization), and the page.
import { useMemo } from "react";
import { useQuery } from "urql";
import { Link, Redirect, Route, Switch, useRoute } from "wouter";
import { pagePattern, pages, pagesFor, type Page } from "../pages.ts";
import { NoPagesForRole, NotAllowed, NotFound } from "../pages/fallback-pages.tsx";
import { SignedInContext, type SignedIn, type Viewer } from "../session/signed-in.tsx";
import { ViewerQuery } from "../session/viewer.ts";
import { OrganizationSwitcher } from "./organization-switcher.tsx";
import { QueryError } from "../ui/query-error.tsx";
import { roles } from "../ui/roles.ts";

export function Shell({ signOut, switchOrganization }: Pick<SignedIn, "signOut" | "switchOrganization">) {
  const [{ data, error }, refetch] = useQuery({ query: ViewerQuery });
  const signedIn = useMemo<SignedIn | null>(
    () => (data ? { viewer: data.viewer, signOut, switchOrganization } : null),
    [data, signOut, switchOrganization],
  );

  if (!signedIn) {
    const forbidden = error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN");
    return (
      <main className="centered">
        {forbidden ? (
          // The organization chosen earlier is out of the token's reach now.
          <div className="callout callout-error" role="alert">
            <p>This access token can no longer act in the organization chosen before.</p>
            <button type="button" className="button" onClick={() => switchOrganization(null)}>
              Go to the token&apos;s own organization
            </button>
          </div>
        ) : error ? (
          <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />
        ) : (
          <p className="loading" aria-busy="true">
            Loading…
          </p>
        )}
      </main>
    );
  }

  const { viewer } = signedIn;
  const allowed = pagesFor(viewer.role, viewer.reach);
  return (
    <SignedInContext value={signedIn}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="shell">
        {/* The column reaches the page's end on long pages; the sidebar in it stays in view. */}
        <div className="sidebar-column">
          <header className="sidebar">
            <Link href="/" className="brand">
              Switchyard
            </Link>
            <nav aria-label="Main" className="nav">
              <ul>
                {allowed.map((page) => (
                  <li key={page.path}>
                    <NavLink page={page} />
                  </li>
                ))}
              </ul>
            </nav>
            <Identity viewer={viewer} signOut={signOut} switchOrganization={switchOrganization} />
          </header>
        </div>
        <main id="main" className="main" tabIndex={-1}>
          <Switch>
            {pages.map((page) => (
              <Route key={page.path} path={pagePattern(page)}>
                {allowed.includes(page) ? <page.component /> : <NotAllowed page={page} role={viewer.role} />}
              </Route>
            ))}
            <Route path="/">{allowed[0] ? <Redirect to={allowed[0].path} replace /> : <NoPagesForRole role={viewer.role} />}</Route>
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </main>
      </div>
    </SignedInContext>
  );
}

function NavLink({ page }: { page: Page }) {
  const [active] = useRoute(pagePattern(page));
  return (
    <Link href={page.path} className="nav-link" aria-current={active ? "page" : undefined}>
      {page.label}
    </Link>
  );
}

function Identity({ viewer, signOut, switchOrganization }: { viewer: Viewer } & Pick<SignedIn, "signOut" | "switchOrganization">) {
  return (
    <section className="identity" aria-label="Signed in as">
      <dl>
        <dt>Token</dt>
        <dd className="identity-token">{viewer.tokenName}</dd>
        <dt>Role</dt>
        <dd>
          <span className="badge badge-info" title={roles[viewer.role].description}>
            {roles[viewer.role].label}
          </span>
        </dd>
        <OrganizationSwitcher viewer={viewer} switchOrganization={switchOrganization} />
      </dl>
      <button type="button" className="button button-small" onClick={() => signOut()}>
        Sign out
      </button>
    </section>
  );
}
