// Sources: incoming webhooks. The list, and a source's page with its ingest URL and request log.
import { Route, Switch } from "wouter";
import { NotFound } from "../fallback-pages.tsx";
import { SourceDetailPage } from "./source-detail.tsx";
import { SourcesPage } from "./sources-list.tsx";

export function SourcesSection() {
  return (
    <Switch>
      <Route path="/sources">
        <SourcesPage />
      </Route>
      <Route path="/sources/:id">{({ id }) => <SourceDetailPage id={id} />}</Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}
