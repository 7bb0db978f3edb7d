// The signed-in dashboard: navigation, who is signed in, and the page.
import { useMemo } from "react";
import { useQuery } from "urql";
import { Link, Redirect, Route, Switch, useRoute } from "wouter";
import { pagePattern, pages, type Page } from "../pages.ts";
import { NoPagesForRole, NotAllowed, NotFound } from "../pages/fallback-pages.tsx";
import { SignedInContext, type SignedIn, type Viewer } from "../session/signed-in.tsx";
import { ViewerQuery } from "../session/viewer.ts";
import { QueryError } from "../ui/query-error.tsx";
import { roles } from "../ui/roles.ts";

export function Shell({ signOut }: { signOut: SignedIn["signOut"] }) {
  const [{ data, error }, refetch] = useQuery({ query: ViewerQuery });
  const signedIn = useMemo<SignedIn | null>(() => (data ? { viewer: data.viewer, signOut } : null), [data, signOut]);

  if (!signedIn) {
    return (
      <main className="centered">
        {error ? (
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
  const allowed = pages.filter((page) => page.roles.includes(viewer.role));
  return (
    <SignedInContext value={signedIn}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="shell">
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
          <Identity viewer={viewer} signOut={signOut} />
        </header>
        <main id="main" className="main" tabIndex={-1}>
          <Switch>
            {pages.map((page) => (
              <Route key={page.path} path={pagePattern(page)}>
                {page.roles.includes(viewer.role) ? <page.component /> : <NotAllowed page={page} role={viewer.role} />}
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

function Identity({ viewer, signOut }: { viewer: Viewer; signOut: SignedIn["signOut"] }) {
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
        <dt>Organization</dt>
        <dd title={viewer.organization.id}>{viewer.organization.name}</dd>
      </dl>
      <button type="button" className="button button-small" onClick={() => signOut()}>
        Sign out
      </button>
    </section>
  );
}
