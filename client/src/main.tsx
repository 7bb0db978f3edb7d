import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { ORGANIZATION_STORAGE_KEY, organizationChoice } from "./session/organization-choice.ts";
import { SessionStore } from "./session/session-store.ts";
import { browserStorage, TOKEN_STORAGE_KEY, tokenStorage } from "./session/token-storage.ts";
import "./styles.css";

const sessions = new SessionStore({
  storage: tokenStorage(browserStorage()),
  organizations: organizationChoice(browserStorage()),
  url: new URL("/graphql", window.location.origin).href,
});
// Signing in or out, or switching organization, in one tab does the same in the others.
window.addEventListener("storage", (event) => {
  if (event.key === TOKEN_STORAGE_KEY || event.key === ORGANIZATION_STORAGE_KEY || event.key === null) sessions.syncFromStorage();
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App sessions={sessions} />
  </StrictMode>,
);
