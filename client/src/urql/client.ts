// The dashboard's one urql Client per signed-in token and organization: the
// token (and the chosen organization) on every request, the normalized cache,
// fetch for queries and mutations, and graphql-ws for subscriptions (the live
// feed). A bearer token cannot be refreshed, so an UNAUTHENTICATED answer, or
// a socket closed for its token, ends the session.
import { Client, fetchExchange, subscriptionExchange, type ExecutionResult } from "@urql/core";
import { authExchange } from "@urql/exchange-auth";
import { cacheExchange } from "@urql/exchange-graphcache";
import { isUnauthenticated } from "../session/auth-errors.ts";
import { organizationHeaders } from "../session/organization-choice.ts";
import { cacheOptions } from "./cache.ts";
import { LiveSocket } from "./live-socket.ts";

export interface SwitchyardClientOptions {
  /** The GraphQL endpoint, e.g. https://switchyard.example/graphql. */
  url: string;
  token: string;
  /** The organization to act in (X-Organization-Id); null for the token's own. */
  organizationId?: string | null;
  /** Called once the API has refused the token (revoked, unknown…). */
  onUnauthenticated(): void;
  /** Carries subscriptions; without one, a subscription fails with a network error. */
  live?: LiveSocket;
  /**
   * Called when the server ends a subscription by itself. It does so when the
   * token is revoked, so the session checks whether its token still works.
   */
  onSubscriptionEnded?(): void;
}

export function createSwitchyardClient({
  url,
  token,
  organizationId = null,
  onUnauthenticated,
  live,
  onSubscriptionEnded,
}: SwitchyardClientOptions): Client {
  return new Client({
    url,
    // POST even for queries: keeps variables such as search text out of URLs and access logs.
    preferGetMethod: false,
    exchanges: [
      cacheExchange(cacheOptions),
      authExchange(async (utils) => ({
        addAuthToOperation: (operation) =>
          utils.appendHeaders(operation, { Authorization: `Bearer ${token}`, ...organizationHeaders(organizationId) }),
        didAuthError: (error) => isUnauthenticated(error),
        refreshAuth: async () => onUnauthenticated(),
      })),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => {
            if (!live) {
              sink.error(new Error("This client has no live connection."));
              return { unsubscribe: () => undefined };
            }
            let stopped = false;
            const stop = live.connection().subscribe(
              { ...request, query: request.query ?? "" },
              {
                next: (value) => sink.next(value as ExecutionResult),
                error: (error) => sink.error(error),
                complete: () => {
                  // Completing tears the operation down (unsubscribe), so decide first.
                  const endedByServer = !stopped;
                  sink.complete();
                  if (endedByServer) onSubscriptionEnded?.();
                },
              },
            );
            return {
              unsubscribe: () => {
                stopped = true;
                stop();
              },
            };
          },
        }),
      }),
    ],
  });
}
