// Destinations: the list, create, edit and the details page.
import { Route, Switch } from "wouter";
import { NotFound } from "../fallback-pages.tsx";
import { DestinationDetailPage } from "./destination-detail.tsx";
import { CreateDestinationPage, EditDestinationPage } from "./destination-form.tsx";
import { DestinationsPage } from "./destinations-list.tsx";

export function DestinationsSection() {
  return (
    <Switch>
      <Route path="/destinations">
        <DestinationsPage />
      </Route>
      <Route path="/destinations/new">
        <CreateDestinationPage />
      </Route>
      <Route path="/destinations/:id/edit">{({ id }) => <EditDestinationPage id={id} />}</Route>
      <Route path="/destinations/:id">{({ id }) => <DestinationDetailPage id={id} />}</Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}
