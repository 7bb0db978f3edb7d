// History (README, Dashboard): every request sent, and the details of one.
import { Route, Switch } from "wouter";
import { AttemptDetailPage } from "./attempt-detail.tsx";
import { HistoryPage } from "./history-list.tsx";

export function HistorySection() {
  return (
    <Switch>
      <Route path="/history/:id">{({ id }) => <AttemptDetailPage id={id} />}</Route>
      <Route>
        <HistoryPage />
      </Route>
    </Switch>
  );
}
