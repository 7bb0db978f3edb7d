// Record ids are TypeIDs (prefix + time-ordered UUIDv7 in base32): an id says
// what it names, sorts by creation time, and is the GraphQL global id as is.
import { typeid, getType } from "typeid-js";

export const idPrefixes = {
  Organization: "org",
  AccessToken: "tok",
  OAuthAccessToken: "oat",
  Credential: "cred",
  Destination: "dst",
  EventType: "evtype",
  Webhook: "wh",
  Event: "evt",
  Delivery: "dlv",
  Attempt: "att",
  Program: "prg",
  AuditEntry: "aud",
  NotificationRule: "rule",
  Source: "src",
  IncomingRequest: "inreq",
} as const;

export type IdType = keyof typeof idPrefixes;

export function newId(type: IdType): string {
  return typeid(idPrefixes[type]).toString();
}

const typeByPrefix = new Map<string, IdType>(Object.entries(idPrefixes).map(([type, prefix]) => [prefix, type as IdType]));

/** The type an id names, or undefined when it is not one of ours. */
export function idType(id: string): IdType | undefined {
  try {
    return typeByPrefix.get(getType(id as never));
  } catch {
    return undefined;
  }
}
