// Signed out: the sign-in page. Signed in: the dashboard, on the session's
// urql Client (a new one, with an empty cache, for every token and every
// organization it switches to).
import { useSyncExternalStore } from "react";
import { Provider } from "urql";
import { Shell } from "./layout/shell.tsx";
import { SignInPage } from "./pages/sign-in.tsx";
import type { SessionStore } from "./session/session-store.ts";

export function App({ sessions }: { sessions: SessionStore }) {
  const session = useSyncExternalStore(sessions.subscribe, sessions.getSnapshot);
  if (session.status === "signed-out") return <SignInPage notice={session.notice} signIn={sessions.signIn} />;
  return (
    <Provider value={session.client} key={`${session.token}|${session.organizationId ?? ""}`}>
      <Shell signOut={sessions.signOut} switchOrganization={sessions.switchOrganization} />
    </Provider>
  );
}
