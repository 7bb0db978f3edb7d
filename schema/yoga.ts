// GraphQL over HTTP and SSE: graphql-yoga serving the Pothos schema, with
// bearer-token auth, depth and cost limits, and health endpoints. WebSocket
// traffic (live-socket.ts) goes through the same envelope.
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { GraphQLError } from "graphql";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga, maskError as defaultMaskError, useReadinessCheck, type YogaServerInstance } from "graphql-yoga";
import { NotFoundError, ValidationError } from "../server/errors.ts";
import { authenticate, authFailureMessages } from "../server/auth/authenticate.ts";
import { reaches } from "../server/auth/principal.ts";
import { textProblem } from "../server/input-text.ts";
import type { Runtime } from "../server/runtime.ts";
import type { GraphQLContext } from "./context.ts";
import { useRequestSizeLimit } from "./request-size-limit.ts";
import { schema } from "./index.ts";

export type SwitchyardYoga = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

/** Chooses the organization a request acts in, for tokens that reach several. */
export const ORGANIZATION_HEADER = "x-organization-id";

/** The paths yoga answers; the HTTP server gives every other path to the dashboard. */
export const yogaPaths = { graphql: "/graphql", health: "/healthz", readiness: "/readyz" } as const;

/**
 * Resolves the principal behind an Authorization header (UNAUTHENTICATED,
 * HTTP 401, when there is none) and the organization the request acts in:
 * the token's own, or the one named by X-Organization-Id if the token reaches
 * it (FORBIDDEN, HTTP 403, if not).
 */
export async function contextFor(
  runtime: Runtime,
  authorization: string | null | undefined,
  organizationId?: string | null,
): Promise<GraphQLContext> {
  const result = await authenticate(runtime.prisma, runtime.clock, authorization);
  if (!result.ok) {
    throw new GraphQLError(authFailureMessages[result.reason], {
      extensions: { code: "UNAUTHENTICATED", reason: result.reason, http: { status: 401, headers: { "WWW-Authenticate": "Bearer" } } },
    });
  }
  const principal = result.principal;
  const acting = organizationId || principal.organizationId;
  if (acting !== principal.organizationId) {
    // Over WebSocket the id is any JSON string: text the database refuses is simply no organization.
    const exists =
      !textProblem(acting) && reaches(principal, acting) && (await runtime.prisma.organization.count({ where: { id: acting } })) > 0;
    if (!exists) {
      throw new GraphQLError(`This token cannot act in organization ${acting}.`, {
        extensions: { code: "FORBIDDEN", http: { status: 403 } },
      });
    }
  }
  return { runtime, principal, scope: { organizationId: acting } };
}

/**
 * Domain errors thrown outside a mutation's typed result (in a query
 * argument, say) reach the client as they are, with a code; anything else
 * unexpected is masked as an internal error.
 */
function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof ValidationError) {
    return new GraphQLError(original.message, { extensions: { code: "BAD_USER_INPUT", issues: original.issues } });
  }
  if (original instanceof NotFoundError) return new GraphQLError(original.message, { extensions: { code: "NOT_FOUND" } });
  return defaultMaskError(error, message, isDev);
}

export function createGraphQLServer(runtime: Runtime): SwitchyardYoga {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: yogaPaths.graphql,
    healthCheckEndpoint: yogaPaths.health,
    landingPage: false,
    // The bundled GraphiQL: it must work with no internet access.
    renderGraphiQL,
    logging: false,
    maskedErrors: { maskError },
    graphiql: {
      title: "Switchyard",
      headers: JSON.stringify({ Authorization: "Bearer <your access token>" }, null, 2),
    },
    // Over HTTP and SSE the token is in the request; over WebSocket, live-socket.ts passes it from connectionParams.
    context: async (initial) => {
      const fromSocket = initial as { authorization?: string; organizationId?: string };
      if (fromSocket.authorization !== undefined) return contextFor(runtime, fromSocket.authorization, fromSocket.organizationId);
      return contextFor(runtime, initial.request.headers.get("authorization"), initial.request.headers.get(ORGANIZATION_HEADER));
    },
    plugins: [
      useRequestSizeLimit(),
      useReadinessCheck({
        endpoint: yogaPaths.readiness,
        check: async () => {
          await runtime.db.sql.query("SELECT 1");
        },
      }),
      EnvelopArmorPlugin({
        maxDepth: { n: 10, ignoreIntrospection: true, flattenFragments: true },
        costLimit: { maxCost: 5000, ignoreIntrospection: true },
        maxAliases: { n: 20 },
        maxTokens: { n: 5000 },
        maxDirectives: { n: 20 },
        blockFieldSuggestion: { enabled: false },
      }),
    ],
  });
}
