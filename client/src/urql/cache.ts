// Graphcache: one normalized record per id, pages of a connection merged, and
// the lists a mutation changes refreshed.
import type { CacheExchangeOpts, Cache, DataFields, KeyGenerator, KeyingConfig, UpdateResolver } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import schema from "../gql/introspection.ts";

// Ids are global and carry their type (tok_…, dst_…), so the id alone is a key.
const byId: KeyGenerator = (data) => String(data.id);
// Values without an identity of their own (connections, payloads, errors,
// stats buckets, feed items…) live inside their parent record.
const embedded: KeyGenerator = () => null;

/** A key for every object type of the schema: by id where it has one, embedded otherwise. */
export function keysFor(introspection: typeof schema): KeyingConfig {
  const keys: KeyingConfig = {};
  for (const type of introspection.__schema.types) {
    if (type.kind !== "OBJECT" || ["Query", "Mutation", "Subscription"].includes(type.name)) continue;
    const fields = (type as { fields?: readonly { name: string }[] }).fields ?? [];
    keys[type.name] = fields.some((field) => field.name === "id") ? byId : embedded;
  }
  return keys;
}

/** Drops every cached page of a list field, so the queries showing it fetch it again. */
export function invalidateList(cache: Cache, ...fieldNames: string[]): void {
  for (const field of cache.inspectFields("Query")) {
    if (fieldNames.includes(field.fieldName)) cache.invalidate("Query", field.fieldName, field.arguments);
  }
}

type Member = { __typename?: string; deletedId?: string } | null | undefined;
const member = (result: DataFields, fieldName: string) => result[fieldName] as Member;

/** An update that refreshes these lists when the mutation's result is its payload. */
function refreshes(payload: string, ...lists: string[]): UpdateResolver {
  return (result, _args, cache, info) => {
    if (member(result, info.fieldName)?.__typename === payload) invalidateList(cache, ...lists);
  };
}

/** A delete removes the record from every list and refreshes the lists' totals. */
function deletes(typename: string, ...lists: string[]): UpdateResolver {
  return (result, _args, cache, info) => {
    const deleted = member(result, info.fieldName);
    if (deleted?.__typename !== "DeletePayload" || !deleted.deletedId) return;
    cache.invalidate({ __typename: typename, id: deleted.deletedId });
    invalidateList(cache, ...lists);
  };
}

const history = ["deliveries", "deliveryAttempts", "events"];

export const cacheOptions: CacheExchangeOpts = {
  schema,
  keys: keysFor(schema),
  resolvers: {
    Query: {
      accessTokens: relayPagination(),
      credentials: relayPagination(),
      destinations: relayPagination(),
      webhooks: relayPagination(),
      eventTypes: relayPagination(),
      deliveries: relayPagination(),
      deliveryAttempts: relayPagination(),
      events: relayPagination(),
      programs: relayPagination(),
      notificationRules: relayPagination(),
      auditLog: relayPagination(),
      organizations: relayPagination(),
      sources: relayPagination(),
      incomingRequests: relayPagination(),
    },
  },
  updates: {
    Mutation: {
      // A new record goes at the top or in the middle of sorted lists and
      // changes their totals: those lists are fetched again. Renames, edits,
      // pauses and toggles need nothing here: the mutation result updates the
      // record, which every list shows.
      createAccessToken: refreshes("CreateAccessTokenPayload", "accessTokens"),
      // Active and revoked tokens are listed apart: a revoked one moves from one list to the other.
      revokeAccessToken: refreshes("AccessTokenPayload", "accessTokens"),
      createCredential: refreshes("CreateCredentialPayload", "credentials"),
      deleteCredential: deletes("Credential", "credentials"),
      createDestination: refreshes("DestinationPayload", "destinations"),
      deleteDestination: deletes("Destination", "destinations", ...history),
      createEventType: refreshes("EventTypePayload", "eventTypes"),
      // A program lists its webhooks.
      createWebhook: refreshes("WebhookPayload", "webhooks", "programs"),
      deleteWebhook: deletes("Webhook", "webhooks", "programs"),
      createProgram: refreshes("ProgramPayload", "programs"),
      createSource: refreshes("SourcePayload", "sources"),
      deleteSource: deletes("Source", "sources", "incomingRequests"),
      createNotificationRule: refreshes("NotificationRulePayload", "notificationRules"),
      deleteNotificationRule: deletes("NotificationRule", "notificationRules"),
      // New attempts and deliveries belong in the history lists.
      resendDelivery: refreshes("AttemptPayload", ...history),
      sendTestEvent: refreshes("AttemptPayload", ...history),
      retryFailedDeliveries: refreshes("RetryFailedDeliveriesPayload", ...history),
      publishEvent: refreshes("PublishedEvent", ...history),
      // A new organization joins the list; an archived one moves to the archived list.
      createOrganization: refreshes("OrganizationPayload", "organizations"),
      archiveOrganization: refreshes("OrganizationPayload", "organizations"),
    },
  },
};
