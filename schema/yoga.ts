// GraphQL over HTTP and SSE: graphql-yoga serving the Pothos schema, with
// bearer-token auth, per-token rate limits, depth and cost limits, and health
// endpoints (which no limit touches). WebSocket traffic (live-socket.ts) goes
// through the same envelope.
import type { IncomingMessage } from "node:http";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { GraphQLError } from "graphql";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga, maskError as defaultMaskError, useReadinessCheck, type YogaServerInstance } from "graphql-yoga";
import { NotFoundError, RateLimitedError, ValidationError } from "../server/errors.ts";
import { authFailureMessages } from "../server/auth/authenticate.ts";
import { reaches } from "../server/auth/principal.ts";
import type { RequestBudget, Refusal } from "../server/rate-limit/request-budget.ts";
import { textProblem } from "../server/input-text.ts";
import type { Runtime } from "../server/runtime.ts";
import type { GraphQLContext } from "./context.ts";
import { useResponseBudgetRelease } from "./response-budget.ts";
import { useRequestSizeLimit } from "./request-size-limit.ts";
import { schema } from "./index.ts";
import { operationCost, type OperationRequest } from "./operation-cost.ts";
import { MAX_TOKENS, parsedDocuments, parseErrors, useDocumentLimits } from "./graphql-documents.ts";
import { operationFor } from "../server/operation.ts";
import type { IntakeAdmission } from "../server/delivery/intake-admission.ts";
import { useIntakeAdmission } from "./intake-admission.ts";
import { readinessResponse, useMetricsEndpoint } from "./metrics-endpoint.ts";
import { useRequestMetrics } from "./request-metrics.ts";
import { useOperationTracing } from "./operation-tracing.ts";
import { useActingOrganization } from "./acting-organization.ts";
import { busyRetryAfterSeconds, databaseLimitOf } from "../server/db/organization-share.ts";
import type { DatabaseSettings } from "../server/config.ts";
import type { Metrics } from "../server/observability/metrics.ts";

export type SwitchyardYoga = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

/** Chooses the organization a request acts in, for tokens that reach several. */
export const ORGANIZATION_HEADER = "x-organization-id";

/** The paths yoga answers; the HTTP server gives every other path to the dashboard. */
export const yogaPaths = { graphql: "/graphql", health: "/healthz", readiness: "/readyz", metrics: "/metrics" } as const;

/** What a request brings: its credentials, where it comes from, and the operation it asks for. */
export interface RequestInfo {
  authorization: string | null | undefined;
  organizationId?: string | null;
  /** The client's address, counted against failed authentications; unknown for in-process calls. */
  address?: string;
  operation?: OperationRequest;
}

/**
 * Resolves the principal behind an Authorization header (UNAUTHENTICATED,
 * HTTP 401, when there is none), spends the operation's cost from the token's
 * budget (RATE_LIMITED, HTTP 429, when it is used up), and chooses the
 * organization the request acts in: the token's own, or the one named by
 * X-Organization-Id if the token reaches it (FORBIDDEN, HTTP 403, if not).
 */
export async function contextFor(runtime: Runtime, budget: RequestBudget, request: RequestInfo): Promise<GraphQLContext> {
  const result = await runtime.tokens.authenticate(runtime.clock, request.authorization);
  if (!result.ok) {
    const refused = request.address === undefined ? undefined : await budget.failedAuthentication(request.address);
    if (refused)
      throw rateLimited(
        refused.retryAfterSeconds,
        `Too many failed authentications from this address; retry in ${refused.retryAfterSeconds} s.`,
      );
    throw new GraphQLError(authFailureMessages[result.reason], {
      extensions: { code: "UNAUTHENTICATED", reason: result.reason, http: { status: 401, headers: { "WWW-Authenticate": "Bearer" } } },
    });
  }
  const principal = result.principal;
  const refused = await budget.spend(principal.tokenId, operationCost(schema, request.operation ?? {}));
  if (refused) throw rateLimited(refused.retryAfterSeconds, overBudgetMessage(refused));
  const acting = request.organizationId || principal.organizationId;
  if (acting !== principal.organizationId) {
    // Over WebSocket the id is any JSON string: text the database refuses is simply no organization; nor is an archived one.
    const exists =
      !textProblem(acting) &&
      reaches(principal, acting) &&
      (await runtime.prisma.organization.count({ where: { id: acting, archivedAt: null } })) > 0;
    if (!exists) {
      throw new GraphQLError(`This token cannot act in organization ${acting}.`, {
        extensions: { code: "FORBIDDEN", http: { status: 403 } },
      });
    }
  }
  const actor = { tokenId: principal.tokenId, tokenName: principal.tokenName };
  return {
    ...operationFor(runtime, { organizationId: acting }, actor),
    principal,
    charge: (points) => budget.charge(principal.tokenId, points),
  };
}

function overBudgetMessage({ cost, limit, windowSeconds, retryAfterSeconds }: Refusal): string {
  const budget = `this token may spend ${limit} points every ${windowSeconds} s (a point per root field, per event published)`;
  if (cost > limit) return `Rate limit: this request costs ${cost} points and ${budget}; split it into smaller requests.`;
  return `Rate limit exceeded: ${budget} and this request costs ${cost}; retry in ${retryAfterSeconds} s.`;
}

/** HTTP 429 with Retry-After; over WebSocket the same error without its HTTP part. */
function rateLimited(retryAfter: number, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "RATE_LIMITED", retryAfter, http: { status: 429, headers: { "Retry-After": String(retryAfter) } } },
  });
}

/**
 * Domain errors thrown outside a mutation's typed result (in a query
 * argument, say) reach the client as they are, with a code, and so do the
 * API's database limits (server/db/organization-share.ts); anything else
 * unexpected is masked as an internal error.
 */
function errorMasker(database: DatabaseSettings, metrics: Metrics) {
  return (error: unknown, message: string, isDev?: boolean): Error => {
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    if (original instanceof ValidationError) {
      return new GraphQLError(original.message, { extensions: { code: "BAD_USER_INPUT", issues: original.issues } });
    }
    if (original instanceof NotFoundError) return new GraphQLError(original.message, { extensions: { code: "NOT_FOUND" } });
    if (original instanceof RateLimitedError) return rateLimited(original.retryAfterSeconds, original.message);
    const limit = databaseLimitOf(original);
    if (limit) metrics.databaseLimit(limit);
    if (limit === "busy") {
      const retryAfter = busyRetryAfterSeconds(database.apiStatementTimeoutMs);
      const message =
        `This organization's requests already hold the ${database.perOrganization} database connections one organization may use at once, ` +
        `and more of its statements are waiting; retry in ${retryAfter} s, or send fewer requests at a time.`;
      return new GraphQLError(message, {
        extensions: {
          code: "RATE_LIMITED",
          reason: "DATABASE_BUSY",
          retryAfter,
          http: { status: 429, headers: { "Retry-After": String(retryAfter) } },
        },
      });
    }
    if (limit === "timeout") {
      const message =
        `This request's database work took longer than the ${database.apiStatementTimeoutMs / 1000} s an API request may take, and was cancelled; ` +
        "ask for less (a narrower filter, a smaller page, no totalCount).";
      return new GraphQLError(message, { extensions: { code: "QUERY_TIMEOUT" } });
    }
    return defaultMaskError(error, message, isDev);
  };
}

export function createGraphQLServer(runtime: Runtime, budget: RequestBudget, intake: IntakeAdmission): SwitchyardYoga {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: yogaPaths.graphql,
    healthCheckEndpoint: yogaPaths.health,
    landingPage: false,
    // Bodies are limited before yoga sees them (request-size-limit.ts: 16 MiB, by Content-Length and as chunks
    // arrive); yoga's own limit would pipe every body through a stream of its own, ~0.1 ms of CPU a request.
    maxRequestBodySize: false,
    parserAndValidationCache: { documentCache: parsedDocuments, errorCache: parseErrors },
    // The bundled GraphiQL: it must work with no internet access.
    renderGraphiQL,
    logging: false,
    maskedErrors: { maskError: errorMasker(runtime.config.database, runtime.metrics) },
    graphiql: {
      title: "Switchyard",
      headers: JSON.stringify({ Authorization: "Bearer <your access token>" }, null, 2),
    },
    // Over HTTP and SSE the token is in the request; over WebSocket, live-socket.ts passes it from connectionParams.
    context: async (initial) => {
      const fromSocket = initial as { authorization?: string; organizationId?: string };
      // Node's request, when served by http-server.ts or live-socket.ts; absent for in-process yoga.fetch calls.
      const address = (initial as { req?: IncomingMessage }).req?.socket.remoteAddress;
      if (fromSocket.authorization !== undefined) {
        return contextFor(runtime, budget, {
          authorization: fromSocket.authorization,
          organizationId: fromSocket.organizationId,
          address,
          operation: initial.params,
        });
      }
      return contextFor(runtime, budget, {
        authorization: initial.request.headers.get("authorization"),
        organizationId: initial.request.headers.get(ORGANIZATION_HEADER),
        address,
        operation: initial.params,
      });
    },
    plugins: [
      useRequestMetrics(runtime.metrics),
      useRequestSizeLimit(),
      useMetricsEndpoint(runtime, yogaPaths.metrics),
      useIntakeAdmission(intake),
      useReadinessCheck({
        endpoint: yogaPaths.readiness,
        // JSON naming each check and what failed; 503 when one did.
        check: async ({ fetchAPI }) => {
          const { status, headers, body } = await readinessResponse(runtime);
          return new fetchAPI.Response(body, { status, headers });
        },
      }),
      useOperationTracing(runtime.tracing),
      useActingOrganization(),
      useResponseBudgetRelease(),
      EnvelopArmorPlugin({
        maxDepth: { n: 10, ignoreIntrospection: true, flattenFragments: true },
        costLimit: { maxCost: 5000, ignoreIntrospection: true },
        maxAliases: { n: 20 },
        maxTokens: { n: MAX_TOKENS },
        maxDirectives: { n: 20 },
        blockFieldSuggestion: { enabled: false },
      }),
      // After the armor: it wraps the armor's parser.
      useDocumentLimits(),
    ],
  });
}
