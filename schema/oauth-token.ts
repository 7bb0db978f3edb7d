// POST /oauth/token: the OAuth2 client-credentials grant (RFC 6749 §4.4) over
// HTTP. @node-oauth/oauth2-server speaks the protocol (client authentication
// by HTTP Basic or body parameters, the RFC's error responses); Switchyard
// supplies the applications, issues the tokens (oauth-client-credentials.ts)
// and counts requests against the same budgets as the GraphQL API.
import type { IncomingMessage, ServerResponse } from "node:http";
import OAuth2Server from "@node-oauth/oauth2-server";
import type { AccessToken } from "../server/db/generated/client.ts";
import type { RequestBudget, Refusal } from "../server/rate-limit/request-budget.ts";
import type { Runtime } from "../server/runtime.ts";
import { generateIssuedTokenSecret } from "../server/auth/token-secret.ts";
import { findApplication, issueAccessToken } from "../server/tokens/oauth-client-credentials.ts";
import { lingerThenClose } from "./lingering-close.ts";

export const OAUTH_TOKEN_PATH = "/oauth/token";

// A token request is a few short form fields; anything larger is not one.
const MAX_BODY_BYTES = 8 * 1024;

export type OAuthTokenHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

interface Application extends OAuth2Server.Client {
  token: AccessToken;
}

/** A refusal by the request budget, in the RFC's error shape (no code there fits; this one says "try later"). */
class RateLimitedError extends OAuth2Server.OAuthError {
  constructor(readonly refusal: Refusal) {
    super(`Rate limit exceeded; retry in ${refusal.retryAfterSeconds} s.`, { code: 429, name: "temporarily_unavailable" });
  }
}

function reply(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json;charset=UTF-8", "cache-control": "no-store", pragma: "no-cache", ...headers });
  res.end(JSON.stringify(body));
}

const invalidRequest = (description: string) => ({ error: "invalid_request", error_description: description });

/** The body as text, or undefined once it is larger than a token request can be (the rest is then left unread). */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Not destroyed on leaving the loop: that would reset the connection before the 413 reaches the client.
  for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * RFC 6749 §2.3.1: the client id and secret are form-encoded before they go into HTTP Basic (stock clients encode
 * `_` as `%5F`), which the library does not undo: the header is handed on decoded. Undefined when it cannot be decoded.
 */
function decodedBasic(authorization: string): string | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/]+=*)\s*$/i.exec(authorization);
  if (!match) return authorization;
  const pair = Buffer.from(match[1], "base64").toString("utf8");
  const colon = pair.indexOf(":");
  if (colon < 0) return authorization;
  try {
    const [id, secret] = [pair.slice(0, colon), pair.slice(colon + 1)].map((part) => decodeURIComponent(part.replaceAll("+", " ")));
    return `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;
  } catch {
    return undefined;
  }
}

/** The form's parameters, or why not: the RFC forbids sending one more than once (§3.2). */
function formParameters(body: string): Record<string, string> | string {
  const parameters: Record<string, string> = Object.create(null);
  for (const [name, value] of new URLSearchParams(body)) {
    if (name in parameters) return `Parameter \`${name}\` is sent more than once.`;
    parameters[name] = value;
  }
  return parameters;
}

export function createOAuthTokenEndpoint(runtime: Runtime, budget: RequestBudget): OAuthTokenHandler {
  const model: OAuth2Server.ClientCredentialsModel = {
    getClient: async (clientId, clientSecret): Promise<Application | undefined> => {
      const token = await findApplication(runtime.prisma, clientId, clientSecret);
      return token && { id: token.id, grants: ["client_credentials"], token };
    },
    getUserFromClient: async (client) => {
      const refused = await budget.spend(client.id, 1);
      if (refused) throw new RateLimitedError(refused);
      return { id: client.id };
    },
    // An issued token has the application's own role and reach: there is nothing a scope could narrow or widen.
    validateScope: async (_user, _client, scope) => (scope && scope.length > 0 ? false : []),
    generateAccessToken: async () => generateIssuedTokenSecret(),
    saveToken: async (token, client) => {
      const { token: application } = client as Application;
      const issued = await issueAccessToken(
        runtime.prisma,
        runtime.clock,
        application,
        runtime.config.oauthTokenSeconds,
        token.accessToken,
      );
      // No scope in the answer: the application's role and reach are what it gets.
      return { accessToken: issued.secret, accessTokenExpiresAt: token.accessTokenExpiresAt, client, user: { id: client.id } };
    },
    getAccessToken: async () => undefined,
  };
  const oauth = new OAuth2Server({ model, accessTokenLifetime: runtime.config.oauthTokenSeconds });

  const replyWithError = async (error: unknown, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (error instanceof RateLimitedError) {
      return reply(
        res,
        429,
        { error: error.name, error_description: error.message },
        { "retry-after": String(error.refusal.retryAfterSeconds) },
      );
    }
    if (error instanceof OAuth2Server.InvalidClientError) {
      const refused = await budget.failedAuthentication(req.socket.remoteAddress ?? "unknown");
      if (refused) {
        const description = `Too many failed authentications from this address; retry in ${refused.retryAfterSeconds} s.`;
        return reply(
          res,
          429,
          { error: "temporarily_unavailable", error_description: description },
          { "retry-after": String(refused.retryAfterSeconds) },
        );
      }
      // RFC 6749 §5.2 allows 401 for every failed client authentication; one answer for both methods tells less.
      return reply(
        res,
        401,
        { error: "invalid_client", error_description: "Unknown client, or a wrong or revoked client secret." },
        {
          "www-authenticate": 'Basic realm="Switchyard"',
        },
      );
    }
    if (error instanceof OAuth2Server.OAuthError && !(error instanceof OAuth2Server.ServerError)) {
      return reply(res, error.code, { error: error.name, error_description: error.message });
    }
    runtime.logger.error({ err: (error as Error).message }, "token endpoint failed");
    reply(res, 503, { error: "server_error", error_description: "The token could not be issued; try again." });
  };

  return async (req, res) => {
    // A body left unread (refused as too large, or never read) is not drained: the connection closes after a bounded linger.
    res.once("finish", () => {
      if (!req.complete) lingerThenClose(req);
    });
    if (req.method !== "POST") return reply(res, 405, invalidRequest("Use POST."), { allow: "POST" });
    const body = await readBody(req);
    if (body === undefined) return reply(res, 413, invalidRequest(`The request body is larger than ${MAX_BODY_BYTES} bytes.`));
    const parameters = formParameters(body);
    if (typeof parameters === "string") return reply(res, 400, invalidRequest(parameters));
    // RFC 6749 §2.3: a client uses one authentication method per request.
    if (req.headers.authorization && (parameters.client_id !== undefined || parameters.client_secret !== undefined)) {
      return reply(res, 400, invalidRequest("Send the client credentials either as HTTP Basic or as body parameters, not both."));
    }
    // The library knows other grants (password, authorization code); Switchyard offers this one only.
    if (parameters.grant_type !== undefined && parameters.grant_type !== "client_credentials") {
      return reply(res, 400, { error: "unsupported_grant_type", error_description: "The only grant here is client_credentials." });
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
    if (headers.authorization) {
      const decoded = decodedBasic(headers.authorization);
      if (decoded === undefined) return replyWithError(new OAuth2Server.InvalidClientError("Undecodable client credentials."), req, res);
      headers.authorization = decoded;
    }
    const request = new OAuth2Server.Request({ method: req.method, headers, query: {}, body: parameters });
    const response = new OAuth2Server.Response();
    try {
      await oauth.token(request, response);
    } catch (error) {
      return replyWithError(error, req, res);
    }
    reply(res, 200, response.body as object);
  };
}
