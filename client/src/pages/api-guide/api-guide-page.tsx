// "Using the API": how to call Switchyard with an access token, with curl and
// with a GraphQL client, and how a third-party application gets tokens with
// the OAuth2 client-credentials grant. The examples use this server's address.
import { useEffect } from "react";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { CopyButton } from "../../ui/copy-button.tsx";

function Example({ label, code }: { label: string; code: string }) {
  return (
    <figure className="api-example">
      <figcaption>
        <span>{label}</span>
        <CopyButton text={code} label="Copy" small />
      </figcaption>
      <pre className="code-block">{code}</pre>
    </figure>
  );
}

export function ApiGuidePage() {
  useDocumentTitle("Using the API");
  const origin = window.location.origin;
  const endpoint = `${origin}/graphql`;
  // A link from elsewhere to a section (#oauth2) lands on it once the page is drawn.
  useEffect(() => {
    const section = window.location.hash.slice(1);
    if (section) document.getElementById(section)?.scrollIntoView();
  }, []);

  return (
    <article className="api-guide">
      <header className="page-header">
        <div>
          <h1>Using the API</h1>
          <p className="page-lead">
            Everything in this dashboard is done through Switchyard&apos;s GraphQL API at <code>{endpoint}</code>, and scripts can do the
            same. Every request carries an access token (Access tokens page, admins) as <code>Authorization: Bearer sy_…</code>.
          </p>
        </div>
        <a className="button" href="/graphql" target="_blank" rel="noreferrer">
          Open GraphiQL
        </a>
      </header>

      <section aria-labelledby="graphiql">
        <h2 id="graphiql">Try it in GraphiQL</h2>
        <p>
          <a href="/graphql" target="_blank" rel="noreferrer">
            GraphiQL
          </a>{" "}
          lists every query, mutation and subscription with its documentation, and runs them. Put your token in its Headers panel:
        </p>
        <Example label="GraphiQL headers" code={`{ "Authorization": "Bearer sy_…" }`} />
      </section>

      <section aria-labelledby="curl">
        <h2 id="curl">With curl</h2>
        <Example
          label="Who am I?"
          code={`curl -s ${endpoint} \\
  -H 'Authorization: Bearer sy_…' \\
  -H 'Content-Type: application/json' \\
  -d '{"query":"{ viewer { tokenName role organization { id name } } }"}'`}
        />
        <Example
          label="Publish an event"
          code={`curl -s ${endpoint} \\
  -H 'Authorization: Bearer sy_…' \\
  -H 'Content-Type: application/json' \\
  -d '{"query":"mutation ($input: PublishEventInput!) { publishEvent(input: $input) { __typename ... on PublishedEvent { event { id } } } }",
       "variables":{"input":{"type":"invoice.paid","payload":{"id":"inv_1"},"idempotencyKey":"inv_1-paid"}}}'`}
        />
        <p>
          A token that reaches several organizations acts in its own unless the request names another with{" "}
          <code>X-Organization-Id: org_…</code>.
        </p>
      </section>

      <section aria-labelledby="client">
        <h2 id="client">With a GraphQL client</h2>
        <p>
          Any GraphQL client works; this is <code>@urql/core</code> with <code>graphql-ws</code> for the live feed (the token goes in the
          socket&apos;s <code>connectionParams</code>).
        </p>
        <Example
          label="JavaScript (urql)"
          code={`import { Client, fetchExchange, subscriptionExchange, gql } from "@urql/core";
import { createClient as createWsClient } from "graphql-ws";

const token = process.env.SWITCHYARD_TOKEN; // sy_…
const ws = createWsClient({ url: "${endpoint.replace(/^http/, "ws")}", connectionParams: { authorization: \`Bearer \${token}\` } });
const client = new Client({
  url: "${endpoint}",
  fetchOptions: { headers: { authorization: \`Bearer \${token}\` } },
  exchanges: [fetchExchange, subscriptionExchange({ forwardSubscription: (op) => ({ subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...op, query: op.query ?? "" }, sink) }) }) })],
});

const { data, error } = await client.query(gql\`{ destinations(first: 10) { edges { node { id name url } } } }\`, {}).toPromise();`}
        />
      </section>

      <section aria-labelledby="oauth2">
        <h2 id="oauth2">Third-party applications (OAuth2)</h2>
        <p>
          An access token created &quot;for a third-party application&quot; has a client id (<code>tok_…</code>) and a client secret. The
          application exchanges them at <code>POST /oauth/token</code> for a short-lived access token (the OAuth2 client-credentials grant,
          RFC 6749 §4.4), with the application&apos;s role and organizations, and calls the API with that. The client secret itself is
          refused as a bearer token. Revoking the application ends its tokens at once.
        </p>
        <Example
          label="Get an access token (HTTP Basic, or client_id and client_secret in the form)"
          code={`curl -s ${origin}/oauth/token -u 'tok_…:sy_…' -d grant_type=client_credentials
# {"access_token":"syo_…","token_type":"Bearer","expires_in":3600}`}
        />
        <Example
          label="Call the API with it"
          code={`curl -s ${endpoint} \\
  -H 'Authorization: Bearer syo_…' \\
  -H 'Content-Type: application/json' \\
  -d '{"query":"{ viewer { tokenName role } }"}'`}
        />
        <Example
          label="JavaScript (openid-client)"
          code={`import * as oauth from "openid-client";

const config = new oauth.Configuration({ issuer: "${origin}", token_endpoint: "${origin}/oauth/token" }, "tok_…", "sy_…");
const { access_token, expires_in } = await oauth.clientCredentialsGrant(config);`}
        />
        <p>
          When a token expires (401 with <code>extensions.reason</code> <code>EXPIRED</code>), ask for a new one; there are no refresh
          tokens. Errors follow the RFC: <code>invalid_client</code> (401), <code>invalid_request</code>,{" "}
          <code>unsupported_grant_type</code>, <code>invalid_scope</code>.
        </p>
      </section>

      <section aria-labelledby="errors">
        <h2 id="errors">Errors and limits</h2>
        <ul>
          <li>
            A missing, malformed, unknown, revoked or expired token: HTTP 401, <code>extensions.code</code> <code>UNAUTHENTICATED</code> and
            a <code>reason</code>.
          </li>
          <li>
            Mutations answer typed errors in their result (<code>ValidationError</code> with the path of each bad field,{" "}
            <code>NotFoundError</code>, <code>ConflictError</code>…): ask for <code>__typename</code>.
          </li>
          <li>
            Each token has a request budget (a point per root field, per event published); beyond it HTTP 429 with <code>Retry-After</code>.
          </li>
        </ul>
      </section>
    </article>
  );
}
