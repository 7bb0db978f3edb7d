// One access token in the list: name (an application's with its client id), role, secret prefix, dates, and its actions.
import { graphql } from "../../gql/index.ts";
import type { AccessTokenRowFragment } from "../../gql/graphql.ts";
import { roles } from "../../ui/roles.ts";
import { TimeAgo } from "../../ui/time.tsx";

// Mutations on tokens select this fragment too, so their results keep the
// cached rows complete.
export const AccessTokenRow = graphql(`
  fragment AccessTokenRow on AccessToken {
    id
    name
    role
    secretPrefix
    createdAt
    lastUsedAt
    revoked
    revokedAt
    application
    clientId
  }
`);

export interface TokenRowProps {
  token: AccessTokenRowFragment;
  /** The token this dashboard is signed in with. */
  isCurrent: boolean;
  onRename(): void;
  onRevoke(): void;
}

export function TokenRow({ token, isCurrent, onRename, onRevoke }: TokenRowProps) {
  return (
    <tr className={token.revoked ? "row-revoked" : undefined}>
      <th scope="row" data-label="Name">
        <span>
          <span className="token-name">{token.name}</span>
          {isCurrent && <span className="badge badge-info">this session</span>}
          {token.application && <span className="badge badge-muted">application</span>}
        </span>
        {token.clientId && (
          <span className="token-client-id">
            Client id <code>{token.clientId}</code>
          </span>
        )}
      </th>
      <td data-label="Role">{roles[token.role].label}</td>
      <td data-label="Prefix">
        <code>{token.secretPrefix}…</code>
      </td>
      <td data-label="Created">
        <TimeAgo iso={token.createdAt} />
      </td>
      <td data-label="Last used">{token.lastUsedAt ? <TimeAgo iso={token.lastUsedAt} /> : "Never"}</td>
      <td data-label="State">
        {token.revoked ? (
          <span className="badge badge-muted">
            Revoked
            {token.revokedAt && (
              <>
                {" "}
                <TimeAgo iso={token.revokedAt} />
              </>
            )}
          </span>
        ) : (
          <span className="badge badge-ok">Active</span>
        )}
      </td>
      <td className="row-actions">
        {!token.revoked && (
          <>
            <button type="button" className="button button-small" onClick={onRename} aria-label={`Rename ${token.name}`}>
              Rename
            </button>
            <button type="button" className="button button-small button-danger" onClick={onRevoke} aria-label={`Revoke ${token.name}`}>
              Revoke
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
