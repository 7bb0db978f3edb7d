// GraphQL over WebSocket (the graphql-transport-ws protocol, graphql-ws) on
// the GraphQL path. Every operation runs through yoga's envelope, so it has
// the same context, auth, limits and plugins as HTTP. The token comes in
// connectionParams: { authorization: "Bearer sy_…" } (or { token: "sy_…" }),
// with { organizationId } to act in another organization the token reaches.
import { GraphQLError, type DocumentNode, type ExecutionArgs } from "graphql";
import { CloseCode, type OperationResult } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import type { WebSocketServer } from "ws";
import { authFailureMessages } from "../server/auth/authenticate.ts";
import type { RequestBudget } from "../server/rate-limit/request-budget.ts";
import type { Runtime } from "../server/runtime.ts";
import type { SwitchyardYoga } from "./yoga.ts";

type ConnectionParams = { authorization?: string; Authorization?: string; token?: string; organizationId?: string };

function authorizationOf(params: ConnectionParams | undefined): string | undefined {
  const header = params?.authorization ?? params?.Authorization;
  if (header) return header;
  return params?.token ? `Bearer ${params.token}` : undefined;
}

interface Envelope {
  execute: (args: ExecutionArgs) => OperationResult;
  subscribe: (args: ExecutionArgs) => OperationResult;
}

/** graphql-ws's own code for "too many": the client does not reconnect by itself. */
const TOO_MANY_FAILED_AUTHENTICATIONS = CloseCode.TooManyInitialisationRequests;

export function serveWebSockets(
  webSockets: WebSocketServer,
  yoga: SwitchyardYoga,
  runtime: Runtime,
  budget: RequestBudget,
): () => Promise<void> {
  const server = useServer<ConnectionParams>(
    {
      // Refused before anything runs: 4401 without a token, 4403 with a bad or revoked one, and
      // 4429 once the client's address has used up its failed authentications.
      onConnect: async (ctx) => {
        const result = await runtime.tokens.authenticate(runtime.clock, authorizationOf(ctx.connectionParams));
        if (result.ok) return true;
        const address = ctx.extra.request.socket.remoteAddress;
        const refused = address === undefined ? undefined : await budget.failedAuthentication(address);
        if (refused) {
          ctx.extra.socket.close(
            TOO_MANY_FAILED_AUTHENTICATIONS,
            `Too many failed authentications from this address; retry in ${refused.retryAfterSeconds} s.`,
          );
        } else {
          ctx.extra.socket.close(
            result.reason === "MISSING" ? CloseCode.Unauthorized : CloseCode.Forbidden,
            authFailureMessages[result.reason],
          );
        }
        return false;
      },
      execute: (args) => (args.rootValue as Envelope).execute(args),
      subscribe: (args) => (args.rootValue as Envelope).subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          authorization: authorizationOf(ctx.connectionParams) ?? "",
          organizationId: ctx.connectionParams?.organizationId,
        });
        // The limits (depth, aliases, tokens, cost) throw from parse and validate;
        // they answer this operation with an error instead of closing the socket.
        let document: DocumentNode;
        try {
          document = parse(params.query);
          const errors = validate(schema, document);
          if (errors.length > 0) return errors;
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        // Authenticates again: a token revoked since the connection opened can start nothing new.
        let contextValue: unknown;
        try {
          contextValue = await contextFactory();
        } catch (error) {
          // Over the token's budget: this operation ends with an error message; the connection stays for later ones.
          if (error instanceof GraphQLError && error.extensions.code === "RATE_LIMITED") {
            const { http: _http, ...extensions } = error.extensions;
            return [new GraphQLError(error.message, { extensions })];
          }
          ctx.extra.socket.close(CloseCode.Forbidden, (error as Error).message);
          throw error;
        }
        return {
          schema,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue,
          rootValue: { execute, subscribe } as Envelope,
        };
      },
    },
    webSockets,
    // Pings every interval; a client that has not answered by the next one (gone, or not reading) is cut off.
    runtime.config.liveKeepAliveMs,
  );
  return async () => {
    await server.dispose();
  };
}
