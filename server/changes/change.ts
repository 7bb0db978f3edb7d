// What a recorded change is, and who made it: shared by the audit log
// (record-change.ts) and the system events a change raises
// (system-events/from-changes.ts), so neither imports the other.
import type { SystemEventName } from "../system-events/catalogue.ts";

/** Changes recorded in the audit log that raise no system event of their own name (some raise a broader one). */
export type AuditOnlyAction =
  | "token.renamed"
  | "destination.paused"
  | "destination.resumed"
  | "destination.circuit_closed"
  | "destination.tested"
  | "destination.credential_rotated"
  | "destination.grace_ended"
  | "delivery.resent"
  | "deliveries.requeued"
  | "program.created"
  | "program.updated"
  | "event_type.created"
  | "event_type.updated"
  | "event_type.archived"
  | "event_type.restored"
  | "notification_rule.created"
  | "notification_rule.updated"
  | "notification_rule.deleted"
  | "source.key_rotated";

/** What a recorded change can be: a system event's name (a change that raises it), or an audit-only action. */
export type Action = Exclude<SystemEventName, "user.updated" | "delivery.exhausted"> | AuditOnlyAction;

export interface Actor {
  /** Null when Switchyard itself made the change. */
  tokenId: string | null;
  tokenName: string;
}

export const SWITCHYARD: Actor = { tokenId: null, tokenName: "Switchyard" };

/** An operator at `npm run cli`, who holds no token. */
export const COMMAND_LINE: Actor = { tokenId: null, tokenName: "command line" };

export interface Change {
  /** resource.verb, e.g. destination.updated; the system event type of the same name. */
  action: Action;
  resourceType: string;
  resourceId: string;
  before?: object | null;
  after?: object | null;
}

// Columns that hold secrets, or their hashes: never copied into the log.
// A source's ingest key is the secret part of its URL: anyone holding it may post (still verified) requests.
const SECRET_COLUMNS = new Set(["sealedSecrets", "secretHash", "ingestKey"]);

export function snapshot(record: object | null | undefined): object | null {
  if (!record) return null;
  return JSON.parse(JSON.stringify(record, (key, value: unknown) => (SECRET_COLUMNS.has(key) ? undefined : value))) as object;
}
