// Webhooks: the list, create, and edit (events and options).
import { Route, Switch } from "wouter";
import { NotFound } from "../fallback-pages.tsx";
import { CreateWebhookPage, EditWebhookPage } from "./webhook-form.tsx";
import { WebhooksPage } from "./webhooks-list.tsx";

export function WebhooksSection() {
  return (
    <Switch>
      <Route path="/webhooks">
        <WebhooksPage />
      </Route>
      <Route path="/webhooks/new">
        <CreateWebhookPage />
      </Route>
      <Route path="/webhooks/:id/edit">{({ id }) => <EditWebhookPage id={id} />}</Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}
