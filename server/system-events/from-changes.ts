// Which system events a recorded change raises, and what they carry.
import { snapshot, type Action, type Actor, type Change } from "../changes/change.ts";

interface Raised {
  type: string;
  data: object;
}

type Builder = (change: Change, actor: Actor, organizationId: string) => Raised;

const resourceEvent =
  (type: string, key: string): Builder =>
  (change, actor, organizationId) => ({
    type,
    data: {
      organizationId,
      actor,
      [key]: snapshot(change.after ?? change.before),
      ...(change.before && change.after ? { previous: snapshot(change.before) } : {}),
    },
  });

const userUpdated: Builder = (change, actor, organizationId) => {
  const token = (change.after ?? change.before) as { id: string; name: string; role: string };
  return { type: "user.updated", data: { organizationId, actor, user: { id: token.id, name: token.name, role: token.role } } };
};

const builders: Partial<Record<Action, Builder[]>> = {
  "organization.created": [resourceEvent("organization.created", "organization")],
  "organization.updated": [resourceEvent("organization.updated", "organization")],
  "organization.archived": [resourceEvent("organization.archived", "organization")],
  "token.created": [resourceEvent("token.created", "token"), userUpdated],
  "token.renamed": [userUpdated],
  "token.revoked": [resourceEvent("token.revoked", "token")],
  "destination.created": [resourceEvent("destination.created", "destination")],
  "destination.updated": [resourceEvent("destination.updated", "destination")],
  "destination.paused": [resourceEvent("destination.updated", "destination")],
  "destination.resumed": [resourceEvent("destination.updated", "destination")],
  "destination.circuit_closed": [resourceEvent("destination.updated", "destination")],
  "destination.credential_rotated": [resourceEvent("destination.updated", "destination")],
  "destination.grace_ended": [resourceEvent("destination.updated", "destination")],
  "destination.deleted": [resourceEvent("destination.deleted", "destination")],
  "destination.disabled": [
    (change, actor, organizationId) => ({
      type: "destination.disabled",
      data: {
        organizationId,
        actor,
        destination: snapshot(change.after),
        reason: (change.after as { disabledReason?: string }).disabledReason ?? "",
      },
    }),
  ],
  "credential.created": [resourceEvent("credential.created", "credential")],
  "credential.deleted": [resourceEvent("credential.deleted", "credential")],
  "webhook.created": [resourceEvent("webhook.created", "webhook")],
  "webhook.updated": [resourceEvent("webhook.updated", "webhook")],
  "webhook.deleted": [resourceEvent("webhook.deleted", "webhook")],
  "source.created": [resourceEvent("source.created", "source")],
  "source.updated": [resourceEvent("source.updated", "source")],
  "source.key_rotated": [resourceEvent("source.updated", "source")],
  "source.deleted": [resourceEvent("source.deleted", "source")],
};

export function systemEventsFor(change: Change, actor: Actor, organizationId: string): Raised[] {
  return (builders[change.action] ?? []).map((build) => build(change, actor, organizationId));
}
