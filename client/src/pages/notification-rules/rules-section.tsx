// Notification rules: the list, create, and edit.
import { Route, Switch } from "wouter";
import { NotFound } from "../fallback-pages.tsx";
import { CreateRulePage, EditRulePage } from "./rule-form.tsx";
import { RulesPage } from "./rules-list.tsx";

export function RulesSection() {
  return (
    <Switch>
      <Route path="/notification-rules">
        <RulesPage />
      </Route>
      <Route path="/notification-rules/new">
        <CreateRulePage />
      </Route>
      <Route path="/notification-rules/:id/edit">{({ id }) => <EditRulePage id={id} />}</Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}
