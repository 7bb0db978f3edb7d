// The dashboard's session: signed out, or signed in with a token, the
// organization it acts in, and the urql Client that sends both. Switching the
// organization makes a new Client (an empty cache, a new live connection), so
// nothing of the previous organization stays on screen. A small external store (React reads it with
// useSyncExternalStore) so it can be tested without a browser.
import type { Client } from "@urql/core";
import { createSwitchyardClient } from "../urql/client.ts";
import { LiveSocket } from "../urql/live-socket.ts";
import { errorMessage } from "../ui/error-message.ts";
import { authFailureMessage, sessionEndedNotice } from "./auth-errors.ts";
import { organizationChoice, type OrganizationChoice } from "./organization-choice.ts";
import type { TokenStorage } from "./token-storage.ts";
import { ViewerQuery } from "./viewer.ts";

export type SessionState =
  | { status: "signed-out"; /** Why the last session ended, if not by signing out. */ notice: string | null }
  | {
      status: "signed-in";
      token: string;
      /** The organization chosen in the switcher; null for the token's own. */
      organizationId: string | null;
      client: Client;
    };

export type SignInResult = { ok: true } | { ok: false; message: string };

export interface SessionStoreOptions {
  storage: TokenStorage;
  /** Where the organization choice is kept; in memory when not given. */
  organizations?: OrganizationChoice;
  /** The GraphQL endpoint. */
  url: string;
  /** For Node, where there is no global WebSocket (tests pass `ws`). */
  webSocketImpl?: unknown;
}

export class SessionStore {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  /** Each session's live connection, closed when the session ends. */
  private readonly sockets = new WeakMap<Client, LiveSocket>();

  private readonly organizations: OrganizationChoice;

  constructor(private readonly options: SessionStoreOptions) {
    this.organizations = options.organizations ?? organizationChoice(undefined);
    const token = options.storage.load();
    this.state = token ? this.signedIn(token, this.organizations.load()) : { status: "signed-out", notice: null };
  }

  readonly getSnapshot = (): SessionState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Checks the token against the API (the viewer query) and keeps it if it works. */
  readonly signIn = async (input: string): Promise<SignInResult> => {
    const token = input.trim();
    if (!token) return { ok: false, message: "Enter an access token." };
    // A new sign-in starts in the token's own organization.
    const session = this.signedIn(token, null);
    const result = await session.client.query(ViewerQuery, {}).toPromise();
    const refused = (message: string): SignInResult => {
      this.sockets.get(session.client)?.dispose();
      return { ok: false, message };
    };
    if (result.error) return refused(authFailureMessage(result.error) ?? errorMessage(result.error));
    if (!result.data) return refused("The API gave no answer. Try again.");
    this.options.storage.save(token);
    this.organizations.save(null);
    // The viewer is already in this client's cache, so the layout shows it at once.
    this.set(session);
    return { ok: true };
  };

  /** Forgets the token; `notice` tells the sign-in page why, when it was not the person's choice. */
  readonly signOut = (notice: string | null = null): void => {
    this.options.storage.clear();
    this.organizations.save(null);
    this.set({ status: "signed-out", notice });
  };

  /**
   * Acts in another organization the token reaches (null: its own): keeps the
   * choice and starts over with a new Client, so no data of the previous
   * organization stays in the cache, and a new live connection.
   */
  readonly switchOrganization = (organizationId: string | null): void => {
    if (this.state.status !== "signed-in" || this.state.organizationId === organizationId) return;
    this.organizations.save(organizationId);
    this.set(this.signedIn(this.state.token, organizationId));
  };

  /** Follows a sign-in, sign-out or organization switch made in another tab (the storage event). */
  readonly syncFromStorage = (): void => {
    const token = this.options.storage.load();
    const organizationId = token ? this.organizations.load() : null;
    const current = this.state.status === "signed-in" ? this.state : null;
    if (token === (current?.token ?? null) && organizationId === (current?.organizationId ?? null)) return;
    this.set(token ? this.signedIn(token, organizationId) : { status: "signed-out", notice: null });
  };

  private signedIn(token: string, organizationId: string | null): SessionState & { status: "signed-in" } {
    const live = new LiveSocket({
      url: this.options.url,
      token,
      organizationId,
      webSocketImpl: this.options.webSocketImpl,
      onUnauthenticated: () => this.expire(client),
    });
    const client: Client = createSwitchyardClient({
      url: this.options.url,
      token,
      organizationId,
      live,
      onUnauthenticated: () => this.expire(client),
      // A 401 here ends the session through onUnauthenticated.
      onSubscriptionEnded: () => void client.query(ViewerQuery, {}, { requestPolicy: "network-only" }).toPromise(),
    });
    this.sockets.set(client, live);
    return { status: "signed-in", token, organizationId, client };
  }

  /** The API refused the token of this client: end its session, unless another one has replaced it. */
  private expire(client: Client): void {
    if (this.state.status !== "signed-in" || this.state.client !== client) return;
    this.options.storage.clear();
    this.organizations.save(null);
    this.set({ status: "signed-out", notice: sessionEndedNotice });
  }

  private set(state: SessionState): void {
    const previous = this.state;
    if (previous.status === "signed-in" && (state.status !== "signed-in" || state.client !== previous.client)) {
      this.sockets.get(previous.client)?.dispose();
    }
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
