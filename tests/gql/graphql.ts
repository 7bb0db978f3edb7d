/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, as an ISO 8601 string in UTC. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: any; output: any; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
};

/** A named API credential. Its secret was shown once, at creation, and cannot be read back. */
export type AccessToken = Node & {
  __typename?: 'AccessToken';
  /** An application's token: its secret is a client secret for POST /oauth/token, not a bearer token. */
  application: Scalars['Boolean']['output'];
  /** For an application, its OAuth2 client id (the client-credentials grant at POST /oauth/token). */
  clientId?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** With reach ORGANIZATIONS, the other organizations it may act in: those the caller reaches too. */
  organizations: Array<Organization>;
  reach: Reach;
  revoked: Scalars['Boolean']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: Role;
  /** The first characters of the secret, to tell tokens apart. */
  secretPrefix: Scalars['String']['output'];
};

export type AccessTokenConnection = {
  __typename?: 'AccessTokenConnection';
  edges: Array<AccessTokenEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccessTokenEdge = {
  __typename?: 'AccessTokenEdge';
  cursor: Scalars['String']['output'];
  node: AccessToken;
};

export type AccessTokenFilter = {
  /** Only revoked (true) or only active (false) tokens. */
  revoked?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type AccessTokenPayload = {
  __typename?: 'AccessTokenPayload';
  accessToken: AccessToken;
};

export type ArchiveEventTypeInput = {
  /** False brings it back. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};

export type ArchiveEventTypeResult = EventTypePayload | NotFoundError | ValidationError;

export type ArchiveOrganizationInput = {
  id: Scalars['ID']['input'];
};

export type ArchiveOrganizationResult = ConflictError | NotFoundError | OrganizationPayload | ValidationError;

export type Attempt = Node & {
  __typename?: 'Attempt';
  delivery: Delivery;
  durationMs: Scalars['Int']['output'];
  errorCode?: Maybe<AttemptErrorCode>;
  errorMessage?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  /** Response headers that came but were not stored (beyond the limits of responseHeaders). */
  omittedHeaderCount: Scalars['Int']['output'];
  /** Null only where the answer has no room left for it (an error RESPONSE_TOO_LARGE says so); the rest of the answer stands. */
  requestBody?: Maybe<Scalars['String']['output']>;
  /** Secret headers are redacted. */
  requestHeaders: Scalars['JSONObject']['output'];
  /** At most 64 KiB of it, written as responseBodyEncoding says. */
  responseBody?: Maybe<Scalars['String']['output']>;
  responseBodyEncoding: BodyEncoding;
  responseBodyTruncated: Scalars['Boolean']['output'];
  /** At most 100 headers and 16 KiB, in the order they came. Bytes above 0x7F in a value read as Latin-1 characters. */
  responseHeaders?: Maybe<Scalars['JSONObject']['output']>;
  responseStatus?: Maybe<Scalars['Int']['output']>;
  sentAt: Scalars['DateTime']['output'];
  succeeded: Scalars['Boolean']['output'];
  /** SCHEDULED by the retry schedule, or MANUAL (a re-send). */
  trigger: AttemptTrigger;
  /** Secret query parameters are redacted. */
  url: Scalars['String']['output'];
};

export type AttemptConnection = {
  __typename?: 'AttemptConnection';
  edges: Array<AttemptEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AttemptEdge = {
  __typename?: 'AttemptEdge';
  cursor: Scalars['String']['output'];
  node: Attempt;
};

export type AttemptErrorCode =
  | 'CONNECTION_REFUSED'
  | 'CONNECTION_RESET'
  | 'DNS'
  | 'HTTP_STATUS'
  | 'INVALID_RESPONSE'
  | 'NETWORK'
  | 'SSRF_BLOCKED'
  | 'TIMEOUT'
  | 'TLS';

export type AttemptFeedItem = {
  __typename?: 'AttemptFeedItem';
  attempt: Attempt;
  /** Items this subscriber missed just before this one, because it read too slowly (0 normally). */
  missedBefore: Scalars['Int']['output'];
  /** Set on the first item after the live feed was cut off: items published in this time may be missing before this one. */
  missedBetween?: Maybe<LiveFeedGap>;
  recordedAt: Scalars['DateTime']['output'];
};

export type AttemptFilter = {
  deliveryId?: InputMaybe<Scalars['ID']['input']>;
  destinationId?: InputMaybe<Scalars['ID']['input']>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
  eventType?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<AttemptOutcome>;
  /** An event id, or part of the URL the request was sent to or of its destination's name (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Sent at or after. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  trigger?: InputMaybe<AttemptTrigger>;
  /** Sent before. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
  webhookId?: InputMaybe<Scalars['ID']['input']>;
};

export type AttemptOrder = {
  direction?: InputMaybe<SortDirection>;
  field: AttemptOrderField;
};

export type AttemptOrderField =
  | 'DURATION'
  | 'RESPONSE_STATUS'
  | 'SENT_AT'
  | 'URL';

export type AttemptOutcome =
  | 'FAILED'
  | 'SUCCEEDED';

export type AttemptPayload = {
  __typename?: 'AttemptPayload';
  attempt: Attempt;
};

export type AttemptTrigger =
  | 'MANUAL'
  | 'SCHEDULED';

export type AttentionReason =
  /** Cooling down after consecutive failures: nothing is sent until the probe. */
  | 'CIRCUIT_OPEN'
  /** Disabled (410 Gone, or failing for days): nothing is sent until it is enabled again. */
  | 'DISABLED'
  /** Its latest attempts failed. */
  | 'FAILING'
  /** Paused by someone: deliveries wait. */
  | 'PAUSED';

export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  /** resource.verb, e.g. destination.updated. */
  action: Scalars['String']['output'];
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  resourceId: Scalars['ID']['output'];
  resourceType: Scalars['String']['output'];
  /** Null when Switchyard made the change itself. */
  tokenId?: Maybe<Scalars['ID']['output']>;
  tokenName: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditLogFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  resourceId?: InputMaybe<Scalars['ID']['input']>;
  resourceType?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  tokenId?: InputMaybe<Scalars['ID']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How a stored body is written: TEXT is the body itself (it was UTF-8 without NUL); BASE64 is base64 of its exact bytes, because they were not text (NUL bytes, invalid UTF-8, binary). */
export type BodyEncoding =
  | 'BASE64'
  | 'TEXT';

/** CLOSED: deliveries flow. OPEN: after repeated failures nothing is sent until nextProbeAt. HALF_OPEN: the cooldown is over; one probe request decides (success closes, failure reopens for twice as long). */
export type CircuitState =
  | 'CLOSED'
  | 'HALF_OPEN'
  | 'OPEN';

export type CloseDestinationCircuitResult = DestinationPayload | NotFoundError | ValidationError;

/** The change clashes with existing data, for example a code already in use. */
export type ConflictError = Error & {
  __typename?: 'ConflictError';
  message: Scalars['String']['output'];
  path: Array<Scalars['String']['output']>;
};

export type CreateAccessTokenInput = {
  /** For a third-party application (OAuth2 client credentials): its id is the client id and its secret the client secret, which POST /oauth/token exchanges for short-lived access tokens; the secret is not itself a bearer token. Defaults to false. */
  application?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  /** The organization the token belongs to: the one the request acts in by default, or another this token reaches (a partner's first token in a new organization). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** With reach ORGANIZATIONS: the other organizations it may act in. */
  organizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Which organizations it may act in. Defaults to ORGANIZATION (this one). */
  reach?: InputMaybe<Reach>;
  /** What the token may do. Defaults to OPERATOR. */
  role?: InputMaybe<Role>;
};

/** A new token and its secret. The secret is shown here once and never again. */
export type CreateAccessTokenPayload = {
  __typename?: 'CreateAccessTokenPayload';
  accessToken: AccessToken;
  /** Send as `Authorization: Bearer <secret>` (an application's: as its client secret to POST /oauth/token). Store it now: it cannot be read back. */
  secret: Scalars['String']['output'];
};

export type CreateAccessTokenResult = CreateAccessTokenPayload | ValidationError;

export type CreateCredentialInput = {
  /** The type's fields (see `credentialTypes`), e.g. `{ apiKey, apiSecret }` for M3TER_SIGNED_REQUEST. */
  fields: Scalars['JSONObject']['input'];
  name: Scalars['String']['input'];
  /** The system the credential is for. */
  system?: InputMaybe<Scalars['String']['input']>;
  type: CredentialType;
};

export type CreateCredentialPayload = {
  __typename?: 'CreateCredentialPayload';
  credential: Credential;
  /** The signing secret Switchyard generated because none was given (STANDARD_WEBHOOKS). Shown here once, never again. */
  generatedSecret?: Maybe<Scalars['String']['output']>;
};

export type CreateCredentialResult = CreateCredentialPayload | ValidationError;

export type CreateDestinationInput = {
  /** Derived from the name when omitted. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** An OUTGOING credential; omit for none. */
  credentialId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  headers?: InputMaybe<Array<HttpHeaderInput>>;
  name: Scalars['String']['input'];
  /** 1 to 1000 requests a second; omit for no limit. */
  rateLimitPerSecond?: InputMaybe<Scalars['Int']['input']>;
  /** 1000 to 30000; default 15000. */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  /** Absolute https URL that accepts POST. */
  url: Scalars['String']['input'];
};

export type CreateDestinationResult = ConflictError | DestinationPayload | ValidationError;

export type CreateEventTypeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** An example payload; checked against the schema. */
  example?: InputMaybe<Scalars['JSON']['input']>;
  name: Scalars['String']['input'];
  /** Only global webhooks (not linked to a program) may subscribe to it. */
  partnerOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** JSON Schema (draft 2020-12); omit to accept any payload. */
  schema?: InputMaybe<Scalars['JSON']['input']>;
};

export type CreateEventTypeResult = ConflictError | EventTypePayload | ValidationError;

export type CreateNotificationRuleInput = {
  /** A CEL expression over the event; omit to match every event of the type. */
  condition?: InputMaybe<Scalars['String']['input']>;
  destinationIds: Array<Scalars['ID']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** A system or custom event type, e.g. delivery.exhausted. */
  eventType: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type CreateNotificationRuleResult = NotificationRulePayload | ValidationError;

export type CreateOrganizationInput = {
  name: Scalars['String']['input'];
};

export type CreateOrganizationResult = OrganizationPayload | ValidationError;

export type CreateProgramInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateProgramResult = ConflictError | ProgramPayload | ValidationError;

export type CreateSourceInput = {
  createEventTypes?: InputMaybe<Scalars['Boolean']['input']>;
  /** An incoming credential of this organization. */
  credentialId: Scalars['ID']['input'];
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  eventType?: InputMaybe<Scalars['String']['input']>;
  eventTypeField?: InputMaybe<Scalars['String']['input']>;
  eventTypeMode?: InputMaybe<SourceEventTypeMode>;
  eventTypePrefix?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  programId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateSourceResult = ConflictError | SourcePayload | ValidationError;

export type CreateWebhookInput = {
  /** An existing destination; fixed once created: a new URL or secret means a new destination. */
  destinationId?: InputMaybe<Scalars['ID']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Instead of destinationId: a new endpoint, made with the webhook. */
  endpoint?: InputMaybe<WebhookEndpointInput>;
  eventTypes: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  options?: InputMaybe<WebhookOptionsInput>;
  /** Links the webhook to a program; omit for a global webhook. Fixed once created. */
  programId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateWebhookResult = ConflictError | ValidationError | WebhookPayload;

/** A typed credential. It cannot be edited (delete it and create another), and its secrets are never returned. */
export type Credential = Node & {
  __typename?: 'Credential';
  createdAt: Scalars['DateTime']['output'];
  /** Destinations that authenticate with this credential. */
  destinations: Array<Destination>;
  direction: CredentialDirection;
  /** A non-secret reminder: a key id, a username, or the last characters of a secret. */
  hint?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The fields that are not secret, e.g. an API key id or a header name. */
  publicFields: Scalars['JSONObject']['output'];
  /** The system it is for, e.g. "Webhook destination". */
  system: Scalars['String']['output'];
  type: CredentialType;
};

export type CredentialConnection = {
  __typename?: 'CredentialConnection';
  edges: Array<CredentialEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** OUTGOING credentials authenticate Switchyard's requests; INCOMING ones verify webhooks others send. */
export type CredentialDirection =
  | 'INCOMING'
  | 'OUTGOING';

export type CredentialEdge = {
  __typename?: 'CredentialEdge';
  cursor: Scalars['String']['output'];
  node: Credential;
};

/** One field of a credential type, enough to build its form. */
export type CredentialFieldInfo = {
  __typename?: 'CredentialFieldInfo';
  defaultValue?: Maybe<Scalars['String']['output']>;
  /** Left out, Switchyard generates it and shows it once. */
  generated: Scalars['Boolean']['output'];
  label: Scalars['String']['output'];
  /** The key in createCredential's `fields`. */
  name: Scalars['String']['output'];
  options?: Maybe<Array<Scalars['String']['output']>>;
  required: Scalars['Boolean']['output'];
  /** Write-only: never returned after creation. */
  secret: Scalars['Boolean']['output'];
};

export type CredentialFilter = {
  direction?: InputMaybe<CredentialDirection>;
  /** Part of the name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Exact system name. */
  system?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<CredentialType>;
};

/** A destination still sending a credential's signature, and until when. */
export type CredentialGraceDestination = {
  __typename?: 'CredentialGraceDestination';
  graceEndsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** The credential is the previous one of destinations in a rotation's grace period; they are listed with its end. */
export type CredentialInGraceError = Error & {
  __typename?: 'CredentialInGraceError';
  destinations: Array<CredentialGraceDestination>;
  message: Scalars['String']['output'];
};

/** The credential is still used by destinations or sources; they are listed. */
export type CredentialInUseError = Error & {
  __typename?: 'CredentialInUseError';
  destinations: Array<Destination>;
  message: Scalars['String']['output'];
  sources: Array<Source>;
};

export type CredentialOrder = {
  direction?: InputMaybe<SortDirection>;
  field: CredentialOrderField;
};

export type CredentialOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'TYPE';

export type CredentialType =
  | 'API_KEY'
  | 'BASIC'
  | 'BEARER'
  | 'HMAC_SHA256'
  | 'HTTP_BASIC'
  | 'HUBSPOT_CLIENT_SECRET'
  | 'M3TER_APP_SIGNATURE'
  | 'M3TER_SIGNED_REQUEST'
  | 'NONE'
  | 'SAGE_INTACCT_CLIENT_SECRET'
  | 'STANDARD_WEBHOOKS'
  | 'STRIPE_SIGNATURE';

export type CredentialTypeInfo = {
  __typename?: 'CredentialTypeInfo';
  direction: CredentialDirection;
  fields: Array<CredentialFieldInfo>;
  label: Scalars['String']['output'];
  type: CredentialType;
};

export type DeleteCredentialInput = {
  id: Scalars['ID']['input'];
};

export type DeleteCredentialResult = CredentialInGraceError | CredentialInUseError | DeletePayload | NotFoundError | ValidationError;

export type DeleteDestinationResult = DeletePayload | DestinationInUseError | NotFoundError | ValidationError;

export type DeleteNotificationRuleInput = {
  id: Scalars['ID']['input'];
};

export type DeleteNotificationRuleResult = DeletePayload | NotFoundError | ValidationError;

export type DeletePayload = {
  __typename?: 'DeletePayload';
  deletedId: Scalars['ID']['output'];
};

export type DeleteSourceInput = {
  id: Scalars['ID']['input'];
};

export type DeleteSourceResult = DeletePayload | NotFoundError | ValidationError;

export type DeleteWebhookInput = {
  id: Scalars['ID']['input'];
};

export type DeleteWebhookResult = DeletePayload | NotFoundError | ValidationError;

export type Delivery = Node & {
  __typename?: 'Delivery';
  attemptCount: Scalars['Int']['output'];
  attempts: Array<Attempt>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  destination: Destination;
  event: Event;
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  lastError?: Maybe<Scalars['String']['output']>;
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The notification rule that caused it, if one did. */
  rule?: Maybe<NotificationRule>;
  status: DeliveryStatus;
  /** Null for test events, rule deliveries, or when the webhook was deleted. */
  webhook?: Maybe<Webhook>;
};

export type DeliveryConnection = {
  __typename?: 'DeliveryConnection';
  edges: Array<DeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DeliveryEdge = {
  __typename?: 'DeliveryEdge';
  cursor: Scalars['String']['output'];
  node: Delivery;
};

export type DeliveryFeedItem = {
  __typename?: 'DeliveryFeedItem';
  changedAt: Scalars['DateTime']['output'];
  delivery: Delivery;
  missedBefore: Scalars['Int']['output'];
  /** Set on the first item after the live feed was cut off: items published in this time may be missing before this one. */
  missedBetween?: Maybe<LiveFeedGap>;
  /** The state it changed to. */
  status: DeliveryStatus;
};

export type DeliveryFilter = {
  destinationId?: InputMaybe<Scalars['ID']['input']>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
  eventType?: InputMaybe<Scalars['String']['input']>;
  /** Created at or after. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<Array<DeliveryStatus>>;
  /** Created before. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
  webhookId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeliveryOrder = {
  direction?: InputMaybe<SortDirection>;
  field: DeliveryOrderField;
};

export type DeliveryOrderField =
  | 'CREATED_AT'
  | 'LAST_ATTEMPT_AT'
  | 'NEXT_ATTEMPT_AT';

/** SCHEDULED waits for its next attempt; SENDING is being attempted; SUCCEEDED got a 2xx; FAILED ran out of attempts (or the endpoint is gone); CANCELLED was dropped. */
export type DeliveryStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'SCHEDULED'
  | 'SENDING'
  | 'SUCCEEDED';

export type Destination = Node & {
  __typename?: 'Destination';
  /** Why it needs attention, worst first; empty when it does not. */
  attentionReasons: Array<AttentionReason>;
  circuit: DestinationCircuit;
  /** While set and in the future, nothing is sent to it. */
  circuitOpenUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Unique in the organization; derived from the name unless given. */
  code: Scalars['String']['output'];
  consecutiveFailures: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** How Switchyard authenticates; none means only the default headers. */
  credential?: Maybe<Credential>;
  description: Scalars['String']['output'];
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** When the rotation's grace period ends; null when none is under way. */
  graceEndsAt?: Maybe<Scalars['DateTime']['output']>;
  headers: Array<HttpHeader>;
  id: Scalars['ID']['output'];
  lastSuccessAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** After a rotation: the credential whose signature requests also carry until graceEndsAt. */
  previousCredential?: Maybe<Credential>;
  /** At most this many requests a second; none means no limit. */
  rateLimitPerSecond?: Maybe<Scalars['Int']['output']>;
  state: DestinationState;
  /** Attempts, successes and latency per time bucket, oldest first; empty buckets are left out. */
  stats: Array<DestinationStatsBucket>;
  timeoutMs: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};


export type DestinationStatsArgs = {
  bucketMinutes?: InputMaybe<Scalars['Int']['input']>;
  since: Scalars['DateTime']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The destination's circuit breaker. */
export type DestinationCircuit = {
  __typename?: 'DestinationCircuit';
  /** How long it stays open this time: 60 s, doubled by each failed probe, at most 30 minutes. */
  cooldownSeconds?: Maybe<Scalars['Int']['output']>;
  /** When the probe request may go out; null while closed or while a probe is in flight. */
  nextProbeAt?: Maybe<Scalars['DateTime']['output']>;
  openedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the probe in flight was sent. */
  probeSentAt?: Maybe<Scalars['DateTime']['output']>;
  state: CircuitState;
};

export type DestinationConnection = {
  __typename?: 'DestinationConnection';
  edges: Array<DestinationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DestinationEdge = {
  __typename?: 'DestinationEdge';
  cursor: Scalars['String']['output'];
  node: Destination;
};

export type DestinationFilter = {
  credentialId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name, code or URL, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<DestinationState>;
};

export type DestinationIdInput = {
  id: Scalars['ID']['input'];
};

/** The destination is still used; what uses it is listed. */
export type DestinationInUseError = Error & {
  __typename?: 'DestinationInUseError';
  message: Scalars['String']['output'];
  notificationRules: Array<NotificationRule>;
  webhooks: Array<Webhook>;
};

export type DestinationOrder = {
  direction?: InputMaybe<SortDirection>;
  field: DestinationOrderField;
};

export type DestinationOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME';

export type DestinationPayload = {
  __typename?: 'DestinationPayload';
  destination: Destination;
};

/** ACTIVE receives deliveries; PAUSED holds them until resumed; DISABLED was switched off by Switchyard (see disabledReason). */
export type DestinationState =
  | 'ACTIVE'
  | 'DISABLED'
  | 'PAUSED';

export type DestinationStatsBucket = {
  __typename?: 'DestinationStatsBucket';
  attempts: Scalars['Int']['output'];
  p50DurationMs?: Maybe<Scalars['Int']['output']>;
  p95DurationMs?: Maybe<Scalars['Int']['output']>;
  start: Scalars['DateTime']['output'];
  succeeded: Scalars['Int']['output'];
  /** 0 to 1. */
  successRate: Scalars['Float']['output'];
};

export type DestinationsNeedingAttentionConnection = {
  __typename?: 'DestinationsNeedingAttentionConnection';
  edges: Array<DestinationsNeedingAttentionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DestinationsNeedingAttentionEdge = {
  __typename?: 'DestinationsNeedingAttentionEdge';
  cursor: Scalars['String']['output'];
  node: Destination;
};

export type EndDestinationCredentialGraceResult = DestinationPayload | NotFoundError | ValidationError;

/** Something a mutation refused to do, and why. */
export type Error = {
  message: Scalars['String']['output'];
};

export type Event = Node & {
  __typename?: 'Event';
  createdAt: Scalars['DateTime']['output'];
  deliveries: Array<Delivery>;
  id: Scalars['ID']['output'];
  idempotencyKey?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  /** Null only where the answer has no room left for it (an error RESPONSE_TOO_LARGE says so); the rest of the answer stands. */
  payload?: Maybe<Scalars['JSON']['output']>;
  /** The program it belongs to; null reaches only global webhooks. */
  programId?: Maybe<Scalars['ID']['output']>;
  source: EventSource;
  type: Scalars['String']['output'];
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventFilter = {
  since?: InputMaybe<Scalars['DateTime']['input']>;
  source?: InputMaybe<EventSource>;
  type?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type EventSource =
  | 'API'
  | 'INGEST'
  | 'SYSTEM';

export type EventType = Node & {
  __typename?: 'EventType';
  archived: Scalars['Boolean']['output'];
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  example?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  /** resource.verb, e.g. invoice.paid. */
  name: Scalars['String']['output'];
  /** Only global webhooks (not linked to a program) may subscribe to it. */
  partnerOnly: Scalars['Boolean']['output'];
  /** JSON Schema (draft 2020-12) payloads must satisfy. */
  schema?: Maybe<Scalars['JSON']['output']>;
  /** Raised by Switchyard itself; cannot be changed or archived. */
  system: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type EventTypeConnection = {
  __typename?: 'EventTypeConnection';
  edges: Array<EventTypeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventTypeEdge = {
  __typename?: 'EventTypeEdge';
  cursor: Scalars['String']['output'];
  node: EventType;
};

export type EventTypeFilter = {
  /** Defaults to false: only live types. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name or description. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** true: only Switchyard's system types; false: only the organization's own. */
  system?: InputMaybe<Scalars['Boolean']['input']>;
};

export type EventTypePayload = {
  __typename?: 'EventTypePayload';
  eventType: EventType;
};

/** One invalid input field. */
export type FieldIssue = {
  __typename?: 'FieldIssue';
  message: Scalars['String']['output'];
  /** Where the field is in the input, e.g. ["input", "url"]. */
  path: Array<Scalars['String']['output']>;
};

export type HttpHeader = {
  __typename?: 'HttpHeader';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type HttpHeaderInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type IncomingOutcome =
  | 'ACCEPTED'
  | 'REJECTED';

/** Why a request was refused. The sender only sees the status: 401 (MISSING_SIGNATURE, BAD_SIGNATURE, STALE_TIMESTAMP), 403 (SOURCE_DISABLED), 413 (TOO_LARGE), 415 (UNSUPPORTED_MEDIA_TYPE), 400 (INVALID_JSON), 422 (EVENT_REFUSED), 429 (RATE_LIMITED). Refusals before the credential checked out are recorded at most 20 a minute per source, the rest counted in the next one's detail; a verified sender's rate limit is recorded once per window. */
export type IncomingRejection =
  | 'BAD_SIGNATURE'
  | 'EVENT_REFUSED'
  | 'INVALID_JSON'
  | 'MISSING_SIGNATURE'
  | 'RATE_LIMITED'
  | 'SOURCE_DISABLED'
  | 'STALE_TIMESTAMP'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE';

/** One request received at a source's ingest URL. */
export type IncomingRequest = Node & {
  __typename?: 'IncomingRequest';
  /** At most 64 KiB of it (1 KiB for a request that did not verify), written as bodyEncoding says; null when not read. */
  body?: Maybe<Scalars['String']['output']>;
  /** The size the body had (or announced, when it was not read). */
  bodyBytes: Scalars['Int']['output'];
  bodyEncoding: BodyEncoding;
  bodyTruncated: Scalars['Boolean']['output'];
  /** What exactly was wrong; never sent to the sender. */
  detail?: Maybe<Scalars['String']['output']>;
  /** Accepted, but every event it carried had been received before (same provider event id). */
  duplicate: Scalars['Boolean']['output'];
  /** The events it became (several for a batch), with their deliveries; empty when rejected, or once purged. */
  events: Array<Event>;
  /** Request headers; Authorization and cookies redacted. */
  headers: Scalars['JSONObject']['output'];
  id: Scalars['ID']['output'];
  outcome: IncomingOutcome;
  receivedAt: Scalars['DateTime']['output'];
  rejection?: Maybe<IncomingRejection>;
  responseStatus: Scalars['Int']['output'];
  source: Source;
};

export type IncomingRequestConnection = {
  __typename?: 'IncomingRequestConnection';
  edges: Array<IncomingRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IncomingRequestEdge = {
  __typename?: 'IncomingRequestEdge';
  cursor: Scalars['String']['output'];
  node: IncomingRequest;
};

export type IncomingRequestFeedFilter = {
  outcome?: InputMaybe<IncomingOutcome>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

export type IncomingRequestFeedItem = {
  __typename?: 'IncomingRequestFeedItem';
  missedBefore: Scalars['Int']['output'];
  /** Set on the first item after the live feed was cut off: items published in this time may be missing before this one. */
  missedBetween?: Maybe<LiveFeedGap>;
  receivedAt: Scalars['DateTime']['output'];
  request: IncomingRequest;
};

export type IncomingRequestFilter = {
  outcome?: InputMaybe<IncomingOutcome>;
  rejection?: InputMaybe<IncomingRejection>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

export type LiveFeedFilter = {
  destinationId?: InputMaybe<Scalars['ID']['input']>;
  eventType?: InputMaybe<Scalars['String']['input']>;
  /** Attempts only: SUCCEEDED or FAILED. */
  outcome?: InputMaybe<AttemptOutcome>;
  /** Delivery changes only: these states. */
  status?: InputMaybe<Array<DeliveryStatus>>;
  webhookId?: InputMaybe<Scalars['ID']['input']>;
};

/** A time when the live feed was cut off (the server lost its connection to Redis): items of that time may be missing. Reload history for it. */
export type LiveFeedGap = {
  __typename?: 'LiveFeedGap';
  from: Scalars['DateTime']['output'];
  until: Scalars['DateTime']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Archived types can no longer be published or subscribed to; their history stays. */
  archiveEventType: ArchiveEventTypeResult;
  /** Archives an organization (admins over all organizations, not their token's own): its tokens stop working, its pending deliveries are cancelled, its history stays. */
  archiveOrganization: ArchiveOrganizationResult;
  /** Closes the destination's circuit breaker by hand: deliveries to it are claimed again at once. */
  closeDestinationCircuit: CloseDestinationCircuitResult;
  /** Creates a token. The response carries its secret, which is never shown again. */
  createAccessToken: CreateAccessTokenResult;
  createCredential: CreateCredentialResult;
  createDestination: CreateDestinationResult;
  createEventType: CreateEventTypeResult;
  createNotificationRule: CreateNotificationRuleResult;
  /** Creates an organization (admins over all organizations; admins over several when SWITCHYARD_PARTNERS_CREATE_ORGANIZATIONS is on, who then reach it). Its first token: createAccessToken with organizationId. */
  createOrganization: CreateOrganizationResult;
  createProgram: CreateProgramResult;
  createSource: CreateSourceResult;
  /** Creates a webhook to an existing destination, or to a new endpoint (URL and secret) made with it in the same transaction. */
  createWebhook: CreateWebhookResult;
  deleteCredential: DeleteCredentialResult;
  /** Deletes the destination and its delivery history. Refused while webhooks or rules use it. */
  deleteDestination: DeleteDestinationResult;
  /** Deletes the rule and cancels its pending deliveries; their history stays. */
  deleteNotificationRule: DeleteNotificationRuleResult;
  /** Deletes the source and its request log; the events it led to stay. */
  deleteSource: DeleteSourceResult;
  /** Deletes the webhook and cancels its pending deliveries; its history stays. */
  deleteWebhook: DeleteWebhookResult;
  /** Ends a rotation's grace period now: only the current credential signs from the next request on. */
  endDestinationCredentialGrace: EndDestinationCredentialGraceResult;
  /** Holds deliveries to the destination until it is resumed. */
  pauseDestination: PauseDestinationResult;
  publishEvent: PublishEventResult;
  /** Publishes up to 1,000 events at once: all of them, or none when any is invalid. Costs a point of the token's rate limit per event, and after it a point per 10,000 steps its rule conditions took. */
  publishEvents: PublishEventsResult;
  renameAccessToken: RenameAccessTokenResult;
  /** Sends the delivery again now (a MANUAL attempt) and returns the attempt; a success completes the delivery. */
  resendDelivery: ResendDeliveryResult;
  /** Resumes a paused destination, or re-enables one Switchyard disabled. */
  resumeDestination: ResumeDestinationResult;
  /** Puts the destination's failed deliveries created since `since` back on the full retry schedule. */
  retryFailedDeliveries: RetryFailedDeliveriesResult;
  /** Revokes a token. Requests with it fail from the next one on; this cannot be undone. */
  revokeAccessToken: RevokeAccessTokenResult;
  /** Switches the destination to a new credential at once; during the grace period requests carry the previous credential's signature too, and it cannot be deleted. */
  rotateDestinationCredential: RotateDestinationCredentialResult;
  /** Gives the source a new ingest key: the old URL stops working at once. */
  rotateSourceKey: RotateSourceKeyResult;
  /** Sends a `switchyard.test` event to the destination once, now, and returns the attempt. */
  sendTestEvent: SendTestEventResult;
  updateDestination: UpdateDestinationResult;
  /** Changes the description, schema or example. The name is the contract and cannot change. */
  updateEventType: UpdateEventTypeResult;
  updateNotificationRule: UpdateNotificationRuleResult;
  /** Renames an organization: the one the request acts in, or another this token reaches (id). */
  updateOrganization: UpdateOrganizationResult;
  updateProgram: UpdateProgramResult;
  /** Changes the given fields; a field left out keeps its value (null clears programId). */
  updateSource: UpdateSourceResult;
  /** Changes name, events, state and options. The destination (URL and secret) cannot change. */
  updateWebhook: UpdateWebhookResult;
};


export type MutationArchiveEventTypeArgs = {
  input: ArchiveEventTypeInput;
};


export type MutationArchiveOrganizationArgs = {
  input: ArchiveOrganizationInput;
};


export type MutationCloseDestinationCircuitArgs = {
  input: DestinationIdInput;
};


export type MutationCreateAccessTokenArgs = {
  input: CreateAccessTokenInput;
};


export type MutationCreateCredentialArgs = {
  input: CreateCredentialInput;
};


export type MutationCreateDestinationArgs = {
  input: CreateDestinationInput;
};


export type MutationCreateEventTypeArgs = {
  input: CreateEventTypeInput;
};


export type MutationCreateNotificationRuleArgs = {
  input: CreateNotificationRuleInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateProgramArgs = {
  input: CreateProgramInput;
};


export type MutationCreateSourceArgs = {
  input: CreateSourceInput;
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


export type MutationDeleteCredentialArgs = {
  input: DeleteCredentialInput;
};


export type MutationDeleteDestinationArgs = {
  input: DestinationIdInput;
};


export type MutationDeleteNotificationRuleArgs = {
  input: DeleteNotificationRuleInput;
};


export type MutationDeleteSourceArgs = {
  input: DeleteSourceInput;
};


export type MutationDeleteWebhookArgs = {
  input: DeleteWebhookInput;
};


export type MutationEndDestinationCredentialGraceArgs = {
  input: DestinationIdInput;
};


export type MutationPauseDestinationArgs = {
  input: DestinationIdInput;
};


export type MutationPublishEventArgs = {
  input: PublishEventInput;
};


export type MutationPublishEventsArgs = {
  input: PublishEventsInput;
};


export type MutationRenameAccessTokenArgs = {
  input: RenameAccessTokenInput;
};


export type MutationResendDeliveryArgs = {
  input: ResendDeliveryInput;
};


export type MutationResumeDestinationArgs = {
  input: DestinationIdInput;
};


export type MutationRetryFailedDeliveriesArgs = {
  input: RetryFailedDeliveriesInput;
};


export type MutationRevokeAccessTokenArgs = {
  input: RevokeAccessTokenInput;
};


export type MutationRotateDestinationCredentialArgs = {
  input: RotateDestinationCredentialInput;
};


export type MutationRotateSourceKeyArgs = {
  input: RotateSourceKeyInput;
};


export type MutationSendTestEventArgs = {
  input: SendTestEventInput;
};


export type MutationUpdateDestinationArgs = {
  input: UpdateDestinationInput;
};


export type MutationUpdateEventTypeArgs = {
  input: UpdateEventTypeInput;
};


export type MutationUpdateNotificationRuleArgs = {
  input: UpdateNotificationRuleInput;
};


export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


export type MutationUpdateProgramArgs = {
  input: UpdateProgramInput;
};


export type MutationUpdateSourceArgs = {
  input: UpdateSourceInput;
};


export type MutationUpdateWebhookArgs = {
  input: UpdateWebhookInput;
};

export type Node = {
  id: Scalars['ID']['output'];
};

/** No such record in the organization. */
export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  resource: Scalars['String']['output'];
};

export type NotificationRule = Node & {
  __typename?: 'NotificationRule';
  /** A CEL expression over the event (data = its payload), e.g. data.amount > 1000 && data.currency == "USD". Null matches every event. */
  condition?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  destinations: Array<Destination>;
  enabled: Scalars['Boolean']['output'];
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Why the condition last failed to decide an event (it ran out of its step budget, or cannot be compiled any more) and counted as not matching; null since the condition was set. */
  lastEvaluationError?: Maybe<RuleEvaluationError>;
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type NotificationRuleConnection = {
  __typename?: 'NotificationRuleConnection';
  edges: Array<NotificationRuleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationRuleEdge = {
  __typename?: 'NotificationRuleEdge';
  cursor: Scalars['String']['output'];
  node: NotificationRule;
};

export type NotificationRuleFilter = {
  destinationId?: InputMaybe<Scalars['ID']['input']>;
  eventType?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type NotificationRulePayload = {
  __typename?: 'NotificationRulePayload';
  notificationRule: NotificationRule;
};

export type Organization = Node & {
  __typename?: 'Organization';
  /** Set once archived: its tokens no longer work and nothing is published or delivered for it. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** The organization is archived: nothing is published or delivered for it. */
export type OrganizationArchivedError = Error & {
  __typename?: 'OrganizationArchivedError';
  message: Scalars['String']['output'];
  organizationId: Scalars['ID']['output'];
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  organization: Organization;
};

export type Overview = {
  __typename?: 'Overview';
  backlog: OverviewBacklog;
  /** Disabled, circuit open, failing or paused: disabled first, then paused, then by most consecutive failures. */
  destinationsNeedingAttention: DestinationsNeedingAttentionConnection;
  generatedAt: Scalars['DateTime']['output'];
  /** The last day in 15-minute buckets. */
  lastDay: OverviewWindow;
  /** The last hour in 1-minute buckets. */
  lastHour: OverviewWindow;
};


export type OverviewDestinationsNeedingAttentionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Deliveries waiting now. Each count stops at 10,000 (countLimit). */
export type OverviewBacklog = {
  __typename?: 'OverviewBacklog';
  countLimit: Scalars['Int']['output'];
  /** Due now, to destinations that may be sent to. */
  dueNow: Scalars['Int']['output'];
  /** Due, but their destination is paused, disabled or has its circuit open. */
  heldBack: Scalars['Int']['output'];
  /** How late the oldest due delivery is; 0 when nothing is due. */
  lagSeconds: Scalars['Float']['output'];
  /** When the oldest delivery due now was due. */
  oldestDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Waiting for a retry's delay. */
  scheduled: Scalars['Int']['output'];
  /** Requests in flight. */
  sending: Scalars['Int']['output'];
};

export type OverviewBucket = {
  __typename?: 'OverviewBucket';
  /** Attempts sent in this bucket (one per delivery, batched or not). */
  attempts: Scalars['Int']['output'];
  /** Read from 20 %-wide latency buckets: within 10 % of the exact figure. */
  p50DurationMs?: Maybe<Scalars['Int']['output']>;
  /** Read from 20 %-wide latency buckets: within 10 % of the exact figure. */
  p95DurationMs?: Maybe<Scalars['Int']['output']>;
  start: Scalars['DateTime']['output'];
  succeeded: Scalars['Int']['output'];
};

/** Attempts over a window, in total and per bucket. */
export type OverviewWindow = {
  __typename?: 'OverviewWindow';
  attempts: Scalars['Int']['output'];
  /** Attempts per minute, on average over the window. */
  attemptsPerMinute: Scalars['Float']['output'];
  bucketMinutes: Scalars['Int']['output'];
  /** Oldest first, empty buckets included; the last is still filling. */
  buckets: Array<OverviewBucket>;
  /** Read from 20 %-wide latency buckets: within 10 % of the exact figure. */
  p50DurationMs?: Maybe<Scalars['Int']['output']>;
  /** Read from 20 %-wide latency buckets: within 10 % of the exact figure. */
  p95DurationMs?: Maybe<Scalars['Int']['output']>;
  /** The first bucket's start. */
  since: Scalars['DateTime']['output'];
  succeeded: Scalars['Int']['output'];
  /** Succeeded / attempts, 0 to 1; null when nothing was sent. */
  successRate?: Maybe<Scalars['Float']['output']>;
  until: Scalars['DateTime']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PauseDestinationResult = DestinationPayload | NotFoundError | ValidationError;

/** ENVELOPE: { id, type, timestamp, data } ({ events: [...] } when batched). DATA_ONLY: the payload alone (an array when batched). */
export type PayloadFormat =
  | 'DATA_ONLY'
  | 'ENVELOPE';

export type Program = Node & {
  __typename?: 'Program';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The webhooks linked to this program. */
  webhooks: Array<Webhook>;
};

export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  edges: Array<ProgramEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  cursor: Scalars['String']['output'];
  node: Program;
};

export type ProgramFilter = {
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ProgramPayload = {
  __typename?: 'ProgramPayload';
  program: Program;
};

export type PublishEventInput = {
  /** The same key within 24 hours returns the first event and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; defaults to now. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** At most 512 KiB of JSON; checked against the type's schema. */
  payload: Scalars['JSON']['input'];
  /** It reaches this program's webhooks and the global ones; without it, only global ones. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** An active event type's name. */
  type: Scalars['String']['input'];
};

export type PublishEventResult = OrganizationArchivedError | PublishedEvent | ValidationError;

export type PublishEventsInput = {
  events: Array<PublishEventInput>;
};

export type PublishEventsPayload = {
  __typename?: 'PublishEventsPayload';
  results: Array<PublishedEvent>;
};

export type PublishEventsResult = OrganizationArchivedError | PublishEventsPayload | ValidationError;

export type PublishedEvent = {
  __typename?: 'PublishedEvent';
  /** The idempotency key matched an earlier event (within 24 h), which is returned; nothing new was created. */
  duplicate: Scalars['Boolean']['output'];
  event: Event;
};

export type Query = {
  __typename?: 'Query';
  /** The organization's access tokens, newest first. */
  accessTokens: AccessTokenConnection;
  /** Changes to the organization, newest first. */
  auditLog: AuditEntryConnection;
  /** Every credential type and its fields. */
  credentialTypes: Array<CredentialTypeInfo>;
  /** The organization's credentials, newest first unless ordered otherwise. */
  credentials: CredentialConnection;
  /** Deliveries, newest first unless ordered otherwise. */
  deliveries: DeliveryConnection;
  /** Every request Switchyard made, newest first unless ordered otherwise. */
  deliveryAttempts: AttemptConnection;
  destination?: Maybe<Destination>;
  /** The organization's destinations; by name unless ordered otherwise. */
  destinations: DestinationConnection;
  event?: Maybe<Event>;
  eventTypes: EventTypeConnection;
  /** Events, newest first. */
  events: EventConnection;
  /** Requests received at the organization's ingest URLs, newest first. */
  incomingRequests: IncomingRequestConnection;
  node?: Maybe<Node>;
  /** The nodes with these ids (at most 100), each null where no node of this organization has it. */
  nodes: Array<Maybe<Node>>;
  notificationRules: NotificationRuleConnection;
  /** The organizations this token reaches, found by id or part of the name. Act in one with the X-Organization-Id header. */
  organizations: OrganizationConnection;
  /** Delivery at a glance, for the organization the request acts in. */
  overview: Overview;
  programs: ProgramConnection;
  /** The organization's sources, newest first. */
  sources: SourceConnection;
  viewer: Viewer;
  webhooks: WebhookConnection;
};


export type QueryAccessTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessTokenFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCredentialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CredentialFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CredentialOrder>;
};


export type QueryDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DeliveryOrder>;
};


export type QueryDeliveryAttemptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AttemptFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AttemptOrder>;
};


export type QueryDestinationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDestinationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DestinationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DestinationOrder>;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventTypeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIncomingRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncomingRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryNotificationRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NotificationRuleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WebhookOrder>;
};

/** Which organizations a token may act in (choose one per request with the X-Organization-Id header). */
export type Reach =
  /** Every organization: a global partner over all. */
  | 'ALL'
  /** Its own organization only: a channel partner. */
  | 'ORGANIZATION'
  /** Its own and the ones listed for it: a global partner over several. */
  | 'ORGANIZATIONS';

export type RenameAccessTokenInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type RenameAccessTokenResult = AccessTokenPayload | NotFoundError | ValidationError;

export type ResendDeliveryInput = {
  id: Scalars['ID']['input'];
};

export type ResendDeliveryResult = AttemptPayload | NotFoundError | ValidationError;

export type ResumeDestinationResult = DestinationPayload | NotFoundError | ValidationError;

export type RetryFailedDeliveriesInput = {
  destinationId: Scalars['ID']['input'];
  since: Scalars['DateTime']['input'];
};

export type RetryFailedDeliveriesPayload = {
  __typename?: 'RetryFailedDeliveriesPayload';
  /** How many failed deliveries were put back on the schedule. */
  requeued: Scalars['Int']['output'];
};

export type RetryFailedDeliveriesResult = NotFoundError | RetryFailedDeliveriesPayload | ValidationError;

export type RevokeAccessTokenInput = {
  id: Scalars['ID']['input'];
};

export type RevokeAccessTokenResult = AccessTokenPayload | NotFoundError | ValidationError;

/** What a principal may do in the organizations it reaches. */
export type Role =
  /** Everything, including access tokens. */
  | 'ADMIN'
  /** Manage destinations, credentials, webhooks and rules; re-send deliveries. */
  | 'OPERATOR'
  /** Read, and watch the live feed. */
  | 'VIEWER';

export type RotateDestinationCredentialInput = {
  /** The new OUTGOING credential. */
  credentialId: Scalars['ID']['input'];
  destinationId: Scalars['ID']['input'];
  /** How long requests carry the previous credential's signature too: 0 to 168 hours, 24 by default. */
  graceHours?: InputMaybe<Scalars['Int']['input']>;
};

export type RotateDestinationCredentialResult = DestinationPayload | NotFoundError | ValidationError;

export type RotateSourceKeyInput = {
  id: Scalars['ID']['input'];
};

export type RotateSourceKeyResult = NotFoundError | SourcePayload | ValidationError;

export type RuleEvaluationError = {
  __typename?: 'RuleEvaluationError';
  at: Scalars['DateTime']['output'];
  message: Scalars['String']['output'];
};

export type SendTestEventInput = {
  destinationId: Scalars['ID']['input'];
};

export type SendTestEventResult = AttemptPayload | NotFoundError | ValidationError;

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Where another system's webhooks come in: POST to `ingestUrl`, verified with `credential`. */
export type Source = Node & {
  __typename?: 'Source';
  /** An event type seen for the first time is created (true) or the request refused (false). */
  createEventTypes: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The incoming credential that verifies every request. */
  credential: Credential;
  /** A disabled source refuses every request (403), recording each. */
  enabled: Scalars['Boolean']['output'];
  /** FIXED: the event type of every request. */
  eventType?: Maybe<Scalars['String']['output']>;
  /** PAYLOAD_FIELD: the field naming the type, e.g. "type". */
  eventTypeField?: Maybe<Scalars['String']['output']>;
  eventTypeMode: SourceEventTypeMode;
  /** PAYLOAD_FIELD: put before the field's text, e.g. "stripe.". */
  eventTypePrefix: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The path to POST to, on the API's address: /ingest/<key>. The key is unguessable; rotateSourceKey replaces it. */
  ingestPath: Scalars['String']['output'];
  /** The full ingest URL when SWITCHYARD_PUBLIC_URL is set (null otherwise: prefix ingestPath with the address senders use). */
  ingestUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The program its events belong to; null for global. */
  program?: Maybe<Program>;
  /** Requests received, newest first. */
  requests: SourceRequestsConnection;
  updatedAt: Scalars['DateTime']['output'];
};


/** Where another system's webhooks come in: POST to `ingestUrl`, verified with `credential`. */
export type SourceRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

/** FIXED: every request becomes `eventType`. PAYLOAD_FIELD: `eventTypePrefix` + the text at `eventTypeField` of the payload. */
export type SourceEventTypeMode =
  | 'FIXED'
  | 'PAYLOAD_FIELD';

export type SourceFilter = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type SourcePayload = {
  __typename?: 'SourcePayload';
  source: Source;
};

export type SourceRequestsConnection = {
  __typename?: 'SourceRequestsConnection';
  edges: Array<SourceRequestsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceRequestsConnectionEdge = {
  __typename?: 'SourceRequestsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: IncomingRequest;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Each delivery attempt, as it is recorded; with `recent`, the latest ones recorded before first. */
  deliveryAttempts: AttemptFeedItem;
  /** Each change of a delivery's state: scheduled, sending, succeeded, failed, cancelled (re-sends included). */
  deliveryUpdated: DeliveryFeedItem;
  /** Each request received at the organization's ingest URLs, accepted or refused, as it is recorded. */
  incomingRequests: IncomingRequestFeedItem;
};


export type SubscriptionDeliveryAttemptsArgs = {
  filter?: InputMaybe<LiveFeedFilter>;
  recent?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionDeliveryUpdatedArgs = {
  filter?: InputMaybe<LiveFeedFilter>;
};


export type SubscriptionIncomingRequestsArgs = {
  filter?: InputMaybe<IncomingRequestFeedFilter>;
};

/** Fields left out are unchanged; credentialId and rateLimitPerSecond can be set to null. */
export type UpdateDestinationInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  credentialId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Replaces all custom headers. */
  headers?: InputMaybe<Array<HttpHeaderInput>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  rateLimitPerSecond?: InputMaybe<Scalars['Int']['input']>;
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDestinationResult = ConflictError | DestinationPayload | NotFoundError | ValidationError;

export type UpdateEventTypeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  example?: InputMaybe<Scalars['JSON']['input']>;
  id: Scalars['ID']['input'];
  partnerOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Null removes the schema. */
  schema?: InputMaybe<Scalars['JSON']['input']>;
};

export type UpdateEventTypeResult = ConflictError | EventTypePayload | NotFoundError | ValidationError;

export type UpdateNotificationRuleInput = {
  /** Null removes the condition. */
  condition?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the destinations. */
  destinationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  eventType?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateNotificationRuleResult = NotFoundError | NotificationRulePayload | ValidationError;

export type UpdateOrganizationInput = {
  /** Defaults to the organization the request acts in. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

export type UpdateOrganizationResult = NotFoundError | OrganizationPayload | ValidationError;

export type UpdateProgramInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProgramResult = ConflictError | NotFoundError | ProgramPayload | ValidationError;

export type UpdateSourceInput = {
  createEventTypes?: InputMaybe<Scalars['Boolean']['input']>;
  credentialId?: InputMaybe<Scalars['ID']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  eventType?: InputMaybe<Scalars['String']['input']>;
  eventTypeField?: InputMaybe<Scalars['String']['input']>;
  eventTypeMode?: InputMaybe<SourceEventTypeMode>;
  eventTypePrefix?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateSourceResult = ConflictError | NotFoundError | SourcePayload | ValidationError;

export type UpdateWebhookInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  options?: InputMaybe<WebhookOptionsInput>;
};

export type UpdateWebhookResult = NotFoundError | ValidationError | WebhookPayload;

/** The input was rejected; each issue names the field at fault. */
export type ValidationError = Error & {
  __typename?: 'ValidationError';
  issues: Array<FieldIssue>;
  message: Scalars['String']['output'];
};

/** The principal behind the request. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Whether createOrganization is open to it (admins over all; over several with SWITCHYARD_PARTNERS_CREATE_ORGANIZATIONS). */
  canCreateOrganizations: Scalars['Boolean']['output'];
  /** The token's own organization. */
  homeOrganizationId: Scalars['ID']['output'];
  /** The organization this request acts in. */
  organization: Organization;
  reach: Reach;
  role: Role;
  tokenId: Scalars['ID']['output'];
  tokenName: Scalars['String']['output'];
};

export type Webhook = Node & {
  __typename?: 'Webhook';
  createdAt: Scalars['DateTime']['output'];
  /** False: Switchyard's default schedule. */
  customRetrySchedule: Scalars['Boolean']['output'];
  destination: Destination;
  enabled: Scalars['Boolean']['output'];
  /** Names of the subscribed event types. */
  eventTypes: Array<Scalars['String']['output']>;
  /** Receives the organization's events of every program. */
  global: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lastTriggeredAt?: Maybe<Scalars['DateTime']['output']>;
  maxEventsPerRequest: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  payloadFormat: PayloadFormat;
  /** Null for a global webhook. */
  program?: Maybe<Program>;
  /** Seconds to wait before each retry: the first attempt is immediate, then one retry per entry, each that long after the previous attempt failed. Empty: no retries. */
  retrySchedule: Array<Scalars['Int']['output']>;
  state: WebhookState;
  updatedAt: Scalars['DateTime']['output'];
  /** The destination's URL. */
  url: Scalars['String']['output'];
  verifyTls: Scalars['Boolean']['output'];
};

export type WebhookConnection = {
  __typename?: 'WebhookConnection';
  edges: Array<WebhookEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookEdge = {
  __typename?: 'WebhookEdge';
  cursor: Scalars['String']['output'];
  node: Webhook;
};

/** A new endpoint for the webhook: a destination named after it, signed with a Standard Webhooks credential. */
export type WebhookEndpointInput = {
  /** A Standard Webhooks secret (whsec_…); omit to have one generated and returned once. */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** Absolute https URL that accepts POST. */
  url: Scalars['String']['input'];
};

export type WebhookFilter = {
  destinationId?: InputMaybe<Scalars['ID']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only webhooks subscribed to this event type. */
  eventType?: InputMaybe<Scalars['String']['input']>;
  /** true: only global webhooks; false: only program webhooks. */
  global?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this program's webhooks. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name or the destination URL. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type WebhookOptionsInput = {
  /** 1 (default) sends each event alone; up to 100 batches them. */
  maxEventsPerRequest?: InputMaybe<Scalars['Int']['input']>;
  payloadFormat?: InputMaybe<PayloadFormat>;
  /** Seconds to wait before each retry, after an immediate first attempt: [1, 2] makes 3 attempts. At most 20 retries of up to 7 days each; [] for none; null restores the default. */
  retrySchedule?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Verify the receiver's TLS certificate (default true). */
  verifyTls?: InputMaybe<Scalars['Boolean']['input']>;
};

export type WebhookOrder = {
  direction?: InputMaybe<SortDirection>;
  field: WebhookOrderField;
};

export type WebhookOrderField =
  | 'CREATED_AT'
  | 'LAST_TRIGGERED_AT'
  | 'NAME'
  | 'STATE'
  | 'URL';

export type WebhookPayload = {
  __typename?: 'WebhookPayload';
  /** createWebhook with an endpoint and no secret: the Standard Webhooks secret Switchyard generated. Shown here once and never again. */
  generatedSecret?: Maybe<Scalars['String']['output']>;
  webhook: Webhook;
};

export type WebhookState =
  | 'ACTIVE'
  | 'INACTIVE';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', tokenId: string, tokenName: string, role: Role, organization: { __typename?: 'Organization', id: string, name: string } } };

export type CreateTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type CreateTokenMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename: 'CreateAccessTokenPayload', secret: string, accessToken: { __typename?: 'AccessToken', id: string, name: string, role: Role, secretPrefix: string, createdAt: string, lastUsedAt?: string | null, revoked: boolean } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type RenameTokenMutationVariables = Exact<{
  input: RenameAccessTokenInput;
}>;


export type RenameTokenMutation = { __typename?: 'Mutation', renameAccessToken:
    | { __typename: 'AccessTokenPayload', accessToken: { __typename?: 'AccessToken', id: string, name: string } }
    | { __typename: 'NotFoundError', resource: string, id: string }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string> }> }
   };

export type RevokeTokenMutationVariables = Exact<{
  input: RevokeAccessTokenInput;
}>;


export type RevokeTokenMutation = { __typename?: 'Mutation', revokeAccessToken:
    | { __typename: 'AccessTokenPayload', accessToken: { __typename?: 'AccessToken', id: string, revoked: boolean, revokedAt?: string | null } }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'ValidationError' }
   };

export type ListTokensQueryVariables = Exact<{
  filter?: InputMaybe<AccessTokenFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListTokensQuery = { __typename?: 'Query', accessTokens: { __typename?: 'AccessTokenConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AccessTokenEdge', node: { __typename?: 'AccessToken', id: string, name: string, revoked: boolean, lastUsedAt?: string | null } }> } };

export type AnswerMemoryPublishMutationVariables = Exact<{
  input: PublishEventsInput;
}>;


export type AnswerMemoryPublishMutation = { __typename?: 'Mutation', publishEvents:
    | { __typename: 'OrganizationArchivedError' }
    | { __typename: 'PublishEventsPayload' }
    | { __typename: 'ValidationError' }
   };

export type ConnectionLimitsPublishMutationVariables = Exact<{
  input: PublishEventsInput;
}>;


export type ConnectionLimitsPublishMutation = { __typename?: 'Mutation', publishEvents:
    | { __typename: 'OrganizationArchivedError' }
    | { __typename: 'PublishEventsPayload' }
    | { __typename: 'ValidationError' }
   };

export type NodeByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeByIdQuery = { __typename?: 'Query', node?:
    | { __typename: 'AccessToken', name: string, id: string }
    | { __typename: 'Attempt', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Credential', id: string }
    | { __typename: 'Delivery', id: string }
    | { __typename: 'Destination', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventType', id: string }
    | { __typename: 'IncomingRequest', id: string }
    | { __typename: 'NotificationRule', id: string }
    | { __typename: 'Organization', name: string, id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Webhook', id: string }
   | null };

export type MyIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyIdsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', tokenId: string, organization: { __typename?: 'Organization', id: string } } };

export type CreateCredentialMutationVariables = Exact<{
  input: CreateCredentialInput;
}>;


export type CreateCredentialMutation = { __typename?: 'Mutation', createCredential:
    | { __typename: 'CreateCredentialPayload', generatedSecret?: string | null, credential: { __typename?: 'Credential', id: string, name: string, type: CredentialType, direction: CredentialDirection, system: string, hint?: string | null, publicFields: any, createdAt: string } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type DeleteCredentialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCredentialMutation = { __typename?: 'Mutation', deleteCredential:
    | { __typename: 'CredentialInGraceError' }
    | { __typename: 'CredentialInUseError', message: string, destinations: Array<{ __typename?: 'Destination', id: string, name: string }> }
    | { __typename: 'DeletePayload', deletedId: string }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'ValidationError' }
   };

export type ListCredentialsQueryVariables = Exact<{
  filter?: InputMaybe<CredentialFilter>;
}>;


export type ListCredentialsQuery = { __typename?: 'Query', credentials: { __typename?: 'CredentialConnection', totalCount: number, edges: Array<{ __typename?: 'CredentialEdge', node: { __typename?: 'Credential', id: string, name: string, type: CredentialType, direction: CredentialDirection, system: string, hint?: string | null, createdAt: string } }> } };

export type SortedCredentialsQueryVariables = Exact<{
  filter?: InputMaybe<CredentialFilter>;
  orderBy?: InputMaybe<CredentialOrder>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SortedCredentialsQuery = { __typename?: 'Query', credentials: { __typename?: 'CredentialConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CredentialEdge', node: { __typename?: 'Credential', name: string } }> } };

export type CreateDestinationWithCredentialMutationVariables = Exact<{
  credentialId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type CreateDestinationWithCredentialMutation = { __typename?: 'Mutation', createDestination:
    | { __typename: 'ConflictError' }
    | { __typename: 'DestinationPayload', destination: { __typename?: 'Destination', id: string, credential?: { __typename?: 'Credential', id: string } | null } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type DeleteDestinationForCredentialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDestinationForCredentialMutation = { __typename?: 'Mutation', deleteDestination:
    | { __typename: 'DeletePayload' }
    | { __typename: 'DestinationInUseError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type CredentialTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialTypesQuery = { __typename?: 'Query', credentialTypes: Array<{ __typename?: 'CredentialTypeInfo', type: CredentialType, direction: CredentialDirection, label: string, fields: Array<{ __typename?: 'CredentialFieldInfo', name: string, label: string, secret: boolean, required: boolean, options?: Array<string> | null }> }> };

export type DestinationFieldsFragment = { __typename?: 'Destination', id: string, name: string, code: string, url: string, description: string, timeoutMs: number, rateLimitPerSecond?: number | null, state: DestinationState, headers: Array<{ __typename?: 'HttpHeader', name: string, value: string }>, credential?: { __typename?: 'Credential', id: string } | null };

export type CreateDestinationMutationVariables = Exact<{
  input: CreateDestinationInput;
}>;


export type CreateDestinationMutation = { __typename?: 'Mutation', createDestination:
    | { __typename: 'ConflictError', message: string, path: Array<string> }
    | { __typename: 'DestinationPayload', destination: { __typename?: 'Destination', id: string, name: string, code: string, url: string, description: string, timeoutMs: number, rateLimitPerSecond?: number | null, state: DestinationState, headers: Array<{ __typename?: 'HttpHeader', name: string, value: string }>, credential?: { __typename?: 'Credential', id: string } | null } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type UpdateDestinationMutationVariables = Exact<{
  input: UpdateDestinationInput;
}>;


export type UpdateDestinationMutation = { __typename?: 'Mutation', updateDestination:
    | { __typename: 'ConflictError', message: string, path: Array<string> }
    | { __typename: 'DestinationPayload', destination: { __typename?: 'Destination', id: string, name: string, code: string, url: string, description: string, timeoutMs: number, rateLimitPerSecond?: number | null, state: DestinationState, headers: Array<{ __typename?: 'HttpHeader', name: string, value: string }>, credential?: { __typename?: 'Credential', id: string } | null } }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type PauseDestinationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PauseDestinationMutation = { __typename?: 'Mutation', pauseDestination:
    | { __typename: 'DestinationPayload', destination: { __typename?: 'Destination', state: DestinationState } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type ResumeDestinationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResumeDestinationMutation = { __typename?: 'Mutation', resumeDestination:
    | { __typename: 'DestinationPayload', destination: { __typename?: 'Destination', state: DestinationState } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type DeleteDestinationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDestinationMutation = { __typename?: 'Mutation', deleteDestination:
    | { __typename: 'DeletePayload', deletedId: string }
    | { __typename: 'DestinationInUseError' }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'ValidationError' }
   };

export type ListDestinationsQueryVariables = Exact<{
  filter?: InputMaybe<DestinationFilter>;
  orderBy?: InputMaybe<DestinationOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListDestinationsQuery = { __typename?: 'Query', destinations: { __typename?: 'DestinationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'DestinationEdge', node: { __typename?: 'Destination', id: string, name: string, code: string, state: DestinationState } }> } };

export type GetDestinationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GetDestinationQuery = { __typename?: 'Query', destination?: { __typename?: 'Destination', id: string, name: string, code: string, url: string, description: string, timeoutMs: number, rateLimitPerSecond?: number | null, state: DestinationState, headers: Array<{ __typename?: 'HttpHeader', name: string, value: string }>, credential?: { __typename?: 'Credential', id: string } | null } | null };

export type CreateEventTypeForTestMutationVariables = Exact<{
  input: CreateEventTypeInput;
}>;


export type CreateEventTypeForTestMutation = { __typename?: 'Mutation', createEventType:
    | { __typename: 'ConflictError', path: Array<string>, message: string }
    | { __typename: 'EventTypePayload', eventType: { __typename?: 'EventType', id: string, name: string, description: string, schema?: any | null, example?: any | null, archived: boolean } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type UpdateEventTypeForTestMutationVariables = Exact<{
  input: UpdateEventTypeInput;
}>;


export type UpdateEventTypeForTestMutation = { __typename?: 'Mutation', updateEventType:
    | { __typename: 'ConflictError' }
    | { __typename: 'EventTypePayload', eventType: { __typename?: 'EventType', description: string, schema?: any | null, example?: any | null } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string> }> }
   };

export type ArchiveEventTypeForTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  archived?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ArchiveEventTypeForTestMutation = { __typename?: 'Mutation', archiveEventType:
    | { __typename: 'EventTypePayload', eventType: { __typename?: 'EventType', archived: boolean } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type ListEventTypesQueryVariables = Exact<{
  filter?: InputMaybe<EventTypeFilter>;
}>;


export type ListEventTypesQuery = { __typename?: 'Query', eventTypes: { __typename?: 'EventTypeConnection', totalCount: number, edges: Array<{ __typename?: 'EventTypeEdge', node: { __typename?: 'EventType', name: string } }> } };

export type CreateWebhookForTestMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookForTestMutation = { __typename?: 'Mutation', createWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
    | { __typename: 'WebhookPayload', webhook: { __typename?: 'Webhook', id: string, name: string, url: string, state: WebhookState, eventTypes: Array<string>, verifyTls: boolean, payloadFormat: PayloadFormat, maxEventsPerRequest: number, retrySchedule: Array<number>, customRetrySchedule: boolean, lastTriggeredAt?: string | null, destination: { __typename?: 'Destination', id: string } } }
   };

export type UpdateWebhookForTestMutationVariables = Exact<{
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookForTestMutation = { __typename?: 'Mutation', updateWebhook:
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string> }> }
    | { __typename: 'WebhookPayload', webhook: { __typename?: 'Webhook', name: string, state: WebhookState, eventTypes: Array<string>, maxEventsPerRequest: number, retrySchedule: Array<number>, customRetrySchedule: boolean, destination: { __typename?: 'Destination', id: string } } }
   };

export type DeleteWebhookForTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookForTestMutation = { __typename?: 'Mutation', deleteWebhook:
    | { __typename: 'DeletePayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type WebhookPagesQueryVariables = Exact<{
  filter?: InputMaybe<WebhookFilter>;
  orderBy?: InputMaybe<WebhookOrder>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookPagesQuery = { __typename?: 'Query', webhooks: { __typename?: 'WebhookConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'WebhookEdge', node: { __typename?: 'Webhook', name: string, state: WebhookState } }> } };

export type ListWebhooksQueryVariables = Exact<{
  filter?: InputMaybe<WebhookFilter>;
  orderBy?: InputMaybe<WebhookOrder>;
}>;


export type ListWebhooksQuery = { __typename?: 'Query', webhooks: { __typename?: 'WebhookConnection', totalCount: number, edges: Array<{ __typename?: 'WebhookEdge', node: { __typename?: 'Webhook', name: string, state: WebhookState } }> } };

export type DeleteUsedDestinationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteUsedDestinationMutation = { __typename?: 'Mutation', deleteDestination:
    | { __typename: 'DeletePayload' }
    | { __typename: 'DestinationInUseError', message: string, webhooks: Array<{ __typename?: 'Webhook', id: string, name: string }> }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type HistoryDeliveriesQueryVariables = Exact<{
  filter?: InputMaybe<DeliveryFilter>;
  orderBy?: InputMaybe<DeliveryOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type HistoryDeliveriesQuery = { __typename?: 'Query', deliveries: { __typename?: 'DeliveryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'DeliveryEdge', node: { __typename?: 'Delivery', id: string, status: DeliveryStatus, eventType: string, lastAttemptAt?: string | null, event: { __typename?: 'Event', id: string, type: string }, destination: { __typename?: 'Destination', id: string, name: string, url: string }, webhook?: { __typename?: 'Webhook', id: string, name: string } | null, attempts: Array<{ __typename?: 'Attempt', number: number, responseStatus?: number | null }> } }> } };

export type HistoryAttemptPagesQueryVariables = Exact<{
  filter?: InputMaybe<AttemptFilter>;
  orderBy?: InputMaybe<AttemptOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type HistoryAttemptPagesQuery = { __typename?: 'Query', deliveryAttempts: { __typename?: 'AttemptConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AttemptEdge', node: { __typename?: 'Attempt', id: string, url: string } }> } };

export type HistoryAttemptsQueryVariables = Exact<{
  filter?: InputMaybe<AttemptFilter>;
  orderBy?: InputMaybe<AttemptOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HistoryAttemptsQuery = { __typename?: 'Query', deliveryAttempts: { __typename?: 'AttemptConnection', totalCount: number, edges: Array<{ __typename?: 'AttemptEdge', node: { __typename?: 'Attempt', id: string, number: number, trigger: AttemptTrigger, succeeded: boolean, sentAt: string, url: string, responseStatus?: number | null, durationMs: number, requestBody?: string | null, delivery: { __typename?: 'Delivery', id: string, eventType: string, event: { __typename?: 'Event', id: string }, destination: { __typename?: 'Destination', name: string } } } }> } };

export type EventWithDeliveriesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventWithDeliveriesQuery = { __typename?: 'Query', event?: { __typename?: 'Event', id: string, type: string, deliveries: Array<{ __typename?: 'Delivery', status: DeliveryStatus, attempts: Array<{ __typename?: 'Attempt', succeeded: boolean }> }> } | null };

export type HistoryResendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HistoryResendMutation = { __typename?: 'Mutation', resendDelivery:
    | { __typename: 'AttemptPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type DestinationStatsForTestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  since: Scalars['DateTime']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
  bucketMinutes?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DestinationStatsForTestQuery = { __typename?: 'Query', destination?: { __typename?: 'Destination', stats: Array<{ __typename?: 'DestinationStatsBucket', start: string, attempts: number, succeeded: number, successRate: number, p50DurationMs?: number | null, p95DurationMs?: number | null }> } | null };

export type HostileCreateEventTypeMutationVariables = Exact<{
  input: CreateEventTypeInput;
}>;


export type HostileCreateEventTypeMutation = { __typename?: 'Mutation', createEventType:
    | { __typename: 'ConflictError' }
    | { __typename: 'EventTypePayload' }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type HostilePublishMutationVariables = Exact<{
  input: PublishEventInput;
}>;


export type HostilePublishMutation = { __typename?: 'Mutation', publishEvent:
    | { __typename: 'OrganizationArchivedError' }
    | { __typename: 'PublishedEvent', event: { __typename?: 'Event', id: string, deliveries: Array<{ __typename?: 'Delivery', destination: { __typename?: 'Destination', id: string } }> } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type HostileCreateRuleMutationVariables = Exact<{
  input: CreateNotificationRuleInput;
}>;


export type HostileCreateRuleMutation = { __typename?: 'Mutation', createNotificationRule:
    | { __typename: 'NotificationRulePayload', notificationRule: { __typename?: 'NotificationRule', id: string } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type HostileUpdateRuleMutationVariables = Exact<{
  input: UpdateNotificationRuleInput;
}>;


export type HostileUpdateRuleMutation = { __typename?: 'Mutation', updateNotificationRule:
    | { __typename: 'NotFoundError' }
    | { __typename: 'NotificationRulePayload', notificationRule: { __typename?: 'NotificationRule', lastEvaluationError?: { __typename?: 'RuleEvaluationError', message: string } | null } }
    | { __typename: 'ValidationError' }
   };

export type HostileRuleErrorsQueryVariables = Exact<{
  eventType: Scalars['String']['input'];
}>;


export type HostileRuleErrorsQuery = { __typename?: 'Query', notificationRules: { __typename?: 'NotificationRuleConnection', edges: Array<{ __typename?: 'NotificationRuleEdge', node: { __typename?: 'NotificationRule', name: string, lastEvaluationError?: { __typename?: 'RuleEvaluationError', message: string, at: string } | null } }> } };

export type HostileSchemaCreateEventTypeMutationVariables = Exact<{
  input: CreateEventTypeInput;
}>;


export type HostileSchemaCreateEventTypeMutation = { __typename?: 'Mutation', createEventType:
    | { __typename: 'ConflictError' }
    | { __typename: 'EventTypePayload' }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type HostileSchemaUpdateEventTypeMutationVariables = Exact<{
  input: UpdateEventTypeInput;
}>;


export type HostileSchemaUpdateEventTypeMutation = { __typename?: 'Mutation', updateEventType:
    | { __typename: 'ConflictError' }
    | { __typename: 'EventTypePayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type HostileSchemaPublishMutationVariables = Exact<{
  input: PublishEventInput;
}>;


export type HostileSchemaPublishMutation = { __typename?: 'Mutation', publishEvent:
    | { __typename: 'OrganizationArchivedError' }
    | { __typename: 'PublishedEvent' }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type SystemTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemTypesQuery = { __typename?: 'Query', eventTypes: { __typename?: 'EventTypeConnection', edges: Array<{ __typename?: 'EventTypeEdge', node: { __typename?: 'EventType', name: string, system: boolean, schema?: any | null, example?: any | null } }> } };

export type CreateRuleMutationVariables = Exact<{
  input: CreateNotificationRuleInput;
}>;


export type CreateRuleMutation = { __typename?: 'Mutation', createNotificationRule:
    | { __typename: 'NotificationRulePayload', notificationRule: { __typename?: 'NotificationRule', id: string, name: string, eventType: string, condition?: string | null, enabled: boolean, destinations: Array<{ __typename?: 'Destination', id: string }> } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type UpdateRuleMutationVariables = Exact<{
  input: UpdateNotificationRuleInput;
}>;


export type UpdateRuleMutation = { __typename?: 'Mutation', updateNotificationRule:
    | { __typename: 'NotFoundError' }
    | { __typename: 'NotificationRulePayload', notificationRule: { __typename?: 'NotificationRule', condition?: string | null, enabled: boolean, destinations: Array<{ __typename?: 'Destination', id: string }> } }
    | { __typename: 'ValidationError' }
   };

export type DeleteRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteRuleMutation = { __typename?: 'Mutation', deleteNotificationRule:
    | { __typename: 'DeletePayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type ListRulesQueryVariables = Exact<{
  filter?: InputMaybe<NotificationRuleFilter>;
}>;


export type ListRulesQuery = { __typename?: 'Query', notificationRules: { __typename?: 'NotificationRuleConnection', totalCount: number, edges: Array<{ __typename?: 'NotificationRuleEdge', node: { __typename?: 'NotificationRule', name: string } }> } };

export type RuleDeliveriesQueryVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type RuleDeliveriesQuery = { __typename?: 'Query', deliveries: { __typename?: 'DeliveryConnection', edges: Array<{ __typename?: 'DeliveryEdge', node: { __typename?: 'Delivery', destination: { __typename?: 'Destination', id: string }, rule?: { __typename?: 'NotificationRule', id: string } | null, webhook?: { __typename?: 'Webhook', id: string } | null } }> } };

export type ArchiveSystemTypeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveSystemTypeMutation = { __typename?: 'Mutation', archiveEventType:
    | { __typename: 'EventTypePayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', message: string }> }
   };

export type DeleteDestinationUsedByRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDestinationUsedByRuleMutation = { __typename?: 'Mutation', deleteDestination:
    | { __typename: 'DeletePayload' }
    | { __typename: 'DestinationInUseError', message: string, notificationRules: Array<{ __typename?: 'NotificationRule', name: string }> }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type RuleTriggeringCredentialMutationVariables = Exact<{
  input: CreateCredentialInput;
}>;


export type RuleTriggeringCredentialMutation = { __typename?: 'Mutation', createCredential:
    | { __typename: 'CreateCredentialPayload' }
    | { __typename: 'ValidationError' }
   };

export type OAuthViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type OAuthViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', tokenId: string, tokenName: string, role: Role, organization: { __typename?: 'Organization', id: string } } };

export type CreateApplicationMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type CreateApplicationMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename: 'CreateAccessTokenPayload', secret: string, accessToken: { __typename?: 'AccessToken', id: string, application: boolean, clientId?: string | null, role: Role } }
    | { __typename: 'ValidationError' }
   };

export type RevokeApplicationMutationVariables = Exact<{
  input: RevokeAccessTokenInput;
}>;


export type RevokeApplicationMutation = { __typename?: 'Mutation', revokeAccessToken:
    | { __typename: 'AccessTokenPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type OAuthCreateProgramMutationVariables = Exact<{
  input: CreateProgramInput;
}>;


export type OAuthCreateProgramMutation = { __typename?: 'Mutation', createProgram:
    | { __typename: 'ConflictError' }
    | { __typename: 'ProgramPayload' }
    | { __typename: 'ValidationError' }
   };

export type ApiCreateOrganizationMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type ApiCreateOrganizationMutation = { __typename?: 'Mutation', createOrganization:
    | { __typename: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, name: string, archivedAt?: string | null } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type ApiRenameOrganizationMutationVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
}>;


export type ApiRenameOrganizationMutation = { __typename?: 'Mutation', updateOrganization:
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, name: string } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string> }> }
   };

export type ApiArchiveOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApiArchiveOrganizationMutation = { __typename?: 'Mutation', archiveOrganization:
    | { __typename: 'ConflictError', message: string, path: Array<string> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, archivedAt?: string | null } }
    | { __typename: 'ValidationError' }
   };

export type ApiFirstTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type ApiFirstTokenMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename: 'CreateAccessTokenPayload', secret: string, accessToken: { __typename?: 'AccessToken', id: string, reach: Reach } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type ApiOrganizationsQueryVariables = Exact<{
  archived?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ApiOrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, archivedAt?: string | null } }> } };

export type ApiOrganizationViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiOrganizationViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', organization: { __typename?: 'Organization', id: string, name: string } } };

export type OverviewTestQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewTestQuery = { __typename?: 'Query', overview: { __typename?: 'Overview', generatedAt: string, lastHour: { __typename?: 'OverviewWindow', since: string, until: string, bucketMinutes: number, attempts: number, succeeded: number, successRate?: number | null, attemptsPerMinute: number, p50DurationMs?: number | null, p95DurationMs?: number | null, buckets: Array<{ __typename?: 'OverviewBucket', start: string, attempts: number, succeeded: number, p50DurationMs?: number | null, p95DurationMs?: number | null }> }, lastDay: { __typename?: 'OverviewWindow', since: string, bucketMinutes: number, attempts: number, succeeded: number, buckets: Array<{ __typename?: 'OverviewBucket', start: string, attempts: number }> }, backlog: { __typename?: 'OverviewBacklog', dueNow: number, heldBack: number, scheduled: number, sending: number, countLimit: number, oldestDueAt?: string | null, lagSeconds: number }, destinationsNeedingAttention: { __typename?: 'DestinationsNeedingAttentionConnection', totalCount: number, edges: Array<{ __typename?: 'DestinationsNeedingAttentionEdge', node: { __typename?: 'Destination', id: string, name: string, state: DestinationState, attentionReasons: Array<AttentionReason> } }> } } };

export type PartnerOrganizationsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnerOrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', totalCount: number, edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string } }> } };

export type ActingInQueryVariables = Exact<{ [key: string]: never; }>;


export type ActingInQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', reach: Reach, homeOrganizationId: string, organization: { __typename?: 'Organization', id: string, name: string } } };

export type PartnerTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type PartnerTokenMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename: 'CreateAccessTokenPayload', secret: string, accessToken: { __typename?: 'AccessToken', reach: Reach, organizations: Array<{ __typename?: 'Organization', id: string }> } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type PartnerTokenOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerTokenOrganizationsQuery = { __typename?: 'Query', accessTokens: { __typename?: 'AccessTokenConnection', edges: Array<{ __typename?: 'AccessTokenEdge', node: { __typename?: 'AccessToken', name: string, organizations: Array<{ __typename?: 'Organization', id: string, name: string }> } }> } };

export type PartnerProgramMutationVariables = Exact<{
  input: CreateProgramInput;
}>;


export type PartnerProgramMutation = { __typename?: 'Mutation', createProgram:
    | { __typename: 'ConflictError', path: Array<string> }
    | { __typename: 'ProgramPayload', program: { __typename?: 'Program', id: string, name: string } }
    | { __typename: 'ValidationError' }
   };

export type PartnerUpdateProgramMutationVariables = Exact<{
  input: UpdateProgramInput;
}>;


export type PartnerUpdateProgramMutation = { __typename?: 'Mutation', updateProgram:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ProgramPayload', program: { __typename?: 'Program', name: string, description: string } }
    | { __typename: 'ValidationError' }
   };

export type PartnerProgramWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type PartnerProgramWebhookMutation = { __typename?: 'Mutation', createWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
    | { __typename: 'WebhookPayload', webhook: { __typename?: 'Webhook', id: string, global: boolean, program?: { __typename?: 'Program', id: string } | null } }
   };

export type MarkPartnerOnlyMutationVariables = Exact<{
  input: UpdateEventTypeInput;
}>;


export type MarkPartnerOnlyMutation = { __typename?: 'Mutation', updateEventType:
    | { __typename: 'ConflictError', message: string, path: Array<string> }
    | { __typename: 'EventTypePayload', eventType: { __typename?: 'EventType', partnerOnly: boolean } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type PublishInProgramMutationVariables = Exact<{
  input: PublishEventInput;
}>;


export type PublishInProgramMutation = { __typename?: 'Mutation', publishEvent:
    | { __typename: 'OrganizationArchivedError' }
    | { __typename: 'PublishedEvent', event: { __typename?: 'Event', programId?: string | null, deliveries: Array<{ __typename?: 'Delivery', webhook?: { __typename?: 'Webhook', id: string } | null }> } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string> }> }
   };

export type PartnerAuditLogQueryVariables = Exact<{
  filter?: InputMaybe<AuditLogFilter>;
}>;


export type PartnerAuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', action: string, resourceType: string, resourceId: string, tokenId?: string | null, tokenName: string, before?: any | null, after?: any | null } }> } };

export type AuditRenameMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type AuditRenameMutation = { __typename?: 'Mutation', updateDestination:
    | { __typename: 'ConflictError' }
    | { __typename: 'DestinationPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type AuditCredentialMutationVariables = Exact<{
  input: CreateCredentialInput;
}>;


export type AuditCredentialMutation = { __typename?: 'Mutation', createCredential:
    | { __typename: 'CreateCredentialPayload' }
    | { __typename: 'ValidationError' }
   };

export type PartnerFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PartnerFeedSubscription = { __typename?: 'Subscription', deliveryAttempts: { __typename?: 'AttemptFeedItem', missedBefore: number } };

export type PublishOneMutationVariables = Exact<{
  input: PublishEventInput;
}>;


export type PublishOneMutation = { __typename?: 'Mutation', publishEvent:
    | { __typename: 'OrganizationArchivedError' }
    | { __typename: 'PublishedEvent', duplicate: boolean, event: { __typename?: 'Event', id: string, type: string, payload?: any | null, idempotencyKey?: string | null, occurredAt: string, deliveries: Array<{ __typename?: 'Delivery', id: string, status: DeliveryStatus }> } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type PublishBareMutationVariables = Exact<{
  input: PublishEventInput;
}>;


export type PublishBareMutation = { __typename?: 'Mutation', publishEvent:
    | { __typename: 'OrganizationArchivedError' }
    | { __typename: 'PublishedEvent', duplicate: boolean, event: { __typename?: 'Event', id: string } }
    | { __typename: 'ValidationError' }
   };

export type PublishManyMutationVariables = Exact<{
  events: Array<PublishEventInput> | PublishEventInput;
}>;


export type PublishManyMutation = { __typename?: 'Mutation', publishEvents:
    | { __typename: 'OrganizationArchivedError' }
    | { __typename: 'PublishEventsPayload', results: Array<{ __typename?: 'PublishedEvent', duplicate: boolean, event: { __typename?: 'Event', id: string } }> }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type CountEventsQueryVariables = Exact<{
  type?: InputMaybe<Scalars['String']['input']>;
}>;


export type CountEventsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', totalCount: number } };

export type ArchiveForPublishMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveForPublishMutation = { __typename?: 'Mutation', archiveEventType:
    | { __typename: 'EventTypePayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type RotationCredentialMutationVariables = Exact<{
  input: CreateCredentialInput;
}>;


export type RotationCredentialMutation = { __typename?: 'Mutation', createCredential:
    | { __typename: 'CreateCredentialPayload', generatedSecret?: string | null, credential: { __typename?: 'Credential', id: string } }
    | { __typename: 'ValidationError' }
   };

export type RotateMutationVariables = Exact<{
  input: RotateDestinationCredentialInput;
}>;


export type RotateMutation = { __typename?: 'Mutation', rotateDestinationCredential:
    | { __typename: 'DestinationPayload', destination: { __typename?: 'Destination', id: string, graceEndsAt?: string | null, credential?: { __typename?: 'Credential', id: string } | null, previousCredential?: { __typename?: 'Credential', id: string } | null } }
    | { __typename: 'NotFoundError', resource: string, id: string }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type EndGraceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EndGraceMutation = { __typename?: 'Mutation', endDestinationCredentialGrace:
    | { __typename: 'DestinationPayload', destination: { __typename?: 'Destination', graceEndsAt?: string | null, previousCredential?: { __typename?: 'Credential', id: string } | null } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type RotationDeleteCredentialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotationDeleteCredentialMutation = { __typename?: 'Mutation', deleteCredential:
    | { __typename: 'CredentialInGraceError', message: string, destinations: Array<{ __typename?: 'CredentialGraceDestination', id: string, name: string, graceEndsAt: string }> }
    | { __typename: 'CredentialInUseError' }
    | { __typename: 'DeletePayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type RotationSetCredentialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  credentialId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RotationSetCredentialMutation = { __typename?: 'Mutation', updateDestination:
    | { __typename: 'ConflictError' }
    | { __typename: 'DestinationPayload', destination: { __typename?: 'Destination', graceEndsAt?: string | null, previousCredential?: { __typename?: 'Credential', id: string } | null } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type RotationHugeHoursMutationVariables = Exact<{
  input: RotateDestinationCredentialInput;
}>;


export type RotationHugeHoursMutation = { __typename?: 'Mutation', rotateDestinationCredential:
    | { __typename: 'DestinationPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type ScanCreateCredentialMutationVariables = Exact<{
  input: CreateCredentialInput;
}>;


export type ScanCreateCredentialMutation = { __typename?: 'Mutation', createCredential:
    | { __typename: 'CreateCredentialPayload', generatedSecret?: string | null, credential: { __typename?: 'Credential', id: string, direction: CredentialDirection } }
    | { __typename: 'ValidationError' }
   };

export type ScanEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type ScanEverythingQuery = { __typename?: 'Query', credentials: { __typename?: 'CredentialConnection', edges: Array<{ __typename?: 'CredentialEdge', node: { __typename?: 'Credential', id: string, name: string, type: CredentialType, direction: CredentialDirection, system: string, hint?: string | null, publicFields: any, createdAt: string, destinations: Array<{ __typename?: 'Destination', id: string }> } }> }, destinations: { __typename?: 'DestinationConnection', edges: Array<{ __typename?: 'DestinationEdge', node: { __typename?: 'Destination', id: string, url: string, headers: Array<{ __typename?: 'HttpHeader', name: string, value: string }>, credential?: { __typename?: 'Credential', id: string, hint?: string | null, publicFields: any } | null } }> }, deliveryAttempts: { __typename?: 'AttemptConnection', edges: Array<{ __typename?: 'AttemptEdge', node: { __typename?: 'Attempt', url: string, requestHeaders: any, requestBody?: string | null, responseHeaders?: any | null, responseBody?: string | null, errorMessage?: string | null } }> }, credentialTypes: Array<{ __typename?: 'CredentialTypeInfo', type: CredentialType, fields: Array<{ __typename?: 'CredentialFieldInfo', name: string, defaultValue?: string | null }> }> };

export type ScanNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScanNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccessToken' }
    | { __typename?: 'Attempt' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'Credential', hint?: string | null, publicFields: any }
    | { __typename?: 'Delivery' }
    | { __typename?: 'Destination' }
    | { __typename?: 'Event' }
    | { __typename?: 'EventType' }
    | { __typename?: 'IncomingRequest' }
    | { __typename?: 'NotificationRule' }
    | { __typename?: 'Organization' }
    | { __typename?: 'Program' }
    | { __typename?: 'Source' }
    | { __typename?: 'Webhook' }
   | null };

export type CreateCredentialForSourceMutationVariables = Exact<{
  input: CreateCredentialInput;
}>;


export type CreateCredentialForSourceMutation = { __typename?: 'Mutation', createCredential:
    | { __typename: 'CreateCredentialPayload', credential: { __typename?: 'Credential', id: string } }
    | { __typename: 'ValidationError' }
   };

export type SourceFieldsFragment = { __typename?: 'Source', id: string, name: string, ingestPath: string, ingestUrl?: string | null, eventTypeMode: SourceEventTypeMode, eventType?: string | null, eventTypeField?: string | null, eventTypePrefix: string, createEventTypes: boolean, enabled: boolean, credential: { __typename?: 'Credential', id: string, type: CredentialType }, program?: { __typename?: 'Program', id: string } | null };

export type CreateSourceMutationVariables = Exact<{
  input: CreateSourceInput;
}>;


export type CreateSourceMutation = { __typename?: 'Mutation', createSource:
    | { __typename: 'ConflictError', message: string, path: Array<string> }
    | { __typename: 'SourcePayload', source: { __typename?: 'Source', id: string, name: string, ingestPath: string, ingestUrl?: string | null, eventTypeMode: SourceEventTypeMode, eventType?: string | null, eventTypeField?: string | null, eventTypePrefix: string, createEventTypes: boolean, enabled: boolean, credential: { __typename?: 'Credential', id: string, type: CredentialType }, program?: { __typename?: 'Program', id: string } | null } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type UpdateSourceMutationVariables = Exact<{
  input: UpdateSourceInput;
}>;


export type UpdateSourceMutation = { __typename?: 'Mutation', updateSource:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'SourcePayload', source: { __typename?: 'Source', id: string, name: string, ingestPath: string, ingestUrl?: string | null, eventTypeMode: SourceEventTypeMode, eventType?: string | null, eventTypeField?: string | null, eventTypePrefix: string, createEventTypes: boolean, enabled: boolean, credential: { __typename?: 'Credential', id: string, type: CredentialType }, program?: { __typename?: 'Program', id: string } | null } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type RotateKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateKeyMutation = { __typename?: 'Mutation', rotateSourceKey:
    | { __typename: 'NotFoundError' }
    | { __typename: 'SourcePayload', source: { __typename?: 'Source', ingestPath: string } }
    | { __typename: 'ValidationError' }
   };

export type DeleteSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSourceMutation = { __typename?: 'Mutation', deleteSource:
    | { __typename: 'DeletePayload', deletedId: string }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'ValidationError' }
   };

export type DeleteUsedCredentialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteUsedCredentialMutation = { __typename?: 'Mutation', deleteCredential:
    | { __typename: 'CredentialInGraceError' }
    | { __typename: 'CredentialInUseError', message: string, destinations: Array<{ __typename?: 'Destination', id: string }>, sources: Array<{ __typename?: 'Source', id: string, name: string }> }
    | { __typename: 'DeletePayload', deletedId: string }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type ListSourcesQueryVariables = Exact<{
  filter?: InputMaybe<SourceFilter>;
}>;


export type ListSourcesQuery = { __typename?: 'Query', sources: { __typename?: 'SourceConnection', totalCount: number, edges: Array<{ __typename?: 'SourceEdge', node: { __typename?: 'Source', id: string, name: string } }> } };

export type CreateWebhookWithEndpointMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookWithEndpointMutation = { __typename?: 'Mutation', createWebhook:
    | { __typename: 'ConflictError', message: string, path: Array<string> }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
    | { __typename: 'WebhookPayload', generatedSecret?: string | null, webhook: { __typename?: 'Webhook', id: string, name: string, destination: { __typename?: 'Destination', name: string, url: string, credential?: { __typename?: 'Credential', name: string, type: CredentialType } | null } } }
   };

export type CredentialFormCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialFormCatalogueQuery = { __typename?: 'Query', credentialTypes: Array<{ __typename?: 'CredentialTypeInfo', type: CredentialType, label: string, direction: CredentialDirection, fields: Array<{ __typename?: 'CredentialFieldInfo', name: string, label: string, secret: boolean, required: boolean, generated: boolean, options?: Array<string> | null, defaultValue?: string | null }> }> };

export type CredentialFormCreateMutationVariables = Exact<{
  input: CreateCredentialInput;
}>;


export type CredentialFormCreateMutation = { __typename?: 'Mutation', createCredential:
    | { __typename: 'CreateCredentialPayload' }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type DashboardWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardWhoAmIQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', tokenId: string, tokenName: string, role: Role } };

export type DashboardMakeTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type DashboardMakeTokenMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename: 'CreateAccessTokenPayload', secret: string, accessToken: { __typename?: 'AccessToken', id: string } }
    | { __typename: 'ValidationError' }
   };

export type DashboardDropTokenMutationVariables = Exact<{
  input: RevokeAccessTokenInput;
}>;


export type DashboardDropTokenMutation = { __typename?: 'Mutation', revokeAccessToken:
    | { __typename: 'AccessTokenPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type DashboardTokenNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardTokenNamesQuery = { __typename?: 'Query', accessTokens: { __typename?: 'AccessTokenConnection', edges: Array<{ __typename?: 'AccessTokenEdge', node: { __typename?: 'AccessToken', id: string, name: string, revoked: boolean } }> } };

export type LiveSessionFeedSubscriptionVariables = Exact<{
  filter?: InputMaybe<LiveFeedFilter>;
}>;


export type LiveSessionFeedSubscription = { __typename?: 'Subscription', deliveryAttempts: { __typename?: 'AttemptFeedItem', missedBefore: number, attempt: { __typename?: 'Attempt', id: string, succeeded: boolean, responseStatus?: number | null, delivery: { __typename?: 'Delivery', eventType: string } } } };

export type LiveSessionTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type LiveSessionTokenMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename: 'CreateAccessTokenPayload', secret: string, accessToken: { __typename?: 'AccessToken', id: string } }
    | { __typename: 'ValidationError' }
   };

export type LiveSessionRevokeMutationVariables = Exact<{
  input: RevokeAccessTokenInput;
}>;


export type LiveSessionRevokeMutation = { __typename?: 'Mutation', revokeAccessToken:
    | { __typename: 'AccessTokenPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type OpsMakeTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type OpsMakeTokenMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename: 'CreateAccessTokenPayload', secret: string }
    | { __typename: 'ValidationError' }
   };

export type DashboardSigningCredentialMutationVariables = Exact<{
  input: CreateCredentialInput;
}>;


export type DashboardSigningCredentialMutation = { __typename?: 'Mutation', createCredential:
    | { __typename: 'CreateCredentialPayload', generatedSecret?: string | null, credential: { __typename?: 'Credential', id: string } }
    | { __typename: 'ValidationError' }
   };

export type PartnersMakeViewerMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type PartnersMakeViewerMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename: 'CreateAccessTokenPayload', secret: string }
    | { __typename: 'ValidationError' }
   };

export type PartnersPartnerOnlyTypeMutationVariables = Exact<{
  input: CreateEventTypeInput;
}>;


export type PartnersPartnerOnlyTypeMutation = { __typename?: 'Mutation', createEventType:
    | { __typename: 'ConflictError' }
    | { __typename: 'EventTypePayload' }
    | { __typename: 'ValidationError' }
   };

export type OverBudgetCreateRuleMutationVariables = Exact<{
  input: CreateNotificationRuleInput;
}>;


export type OverBudgetCreateRuleMutation = { __typename?: 'Mutation', createNotificationRule:
    | { __typename: 'NotificationRulePayload' }
    | { __typename: 'ValidationError' }
   };

export type SessionNewTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type SessionNewTokenMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename: 'CreateAccessTokenPayload', secret: string, accessToken: { __typename?: 'AccessToken', id: string, name: string, revoked: boolean } }
    | { __typename: 'ValidationError' }
   };

export type SessionRevokeMutationVariables = Exact<{
  input: RevokeAccessTokenInput;
}>;


export type SessionRevokeMutation = { __typename?: 'Mutation', revokeAccessToken:
    | { __typename: 'AccessTokenPayload', accessToken: { __typename?: 'AccessToken', id: string, revoked: boolean } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type SessionRenameMutationVariables = Exact<{
  input: RenameAccessTokenInput;
}>;


export type SessionRenameMutation = { __typename?: 'Mutation', renameAccessToken:
    | { __typename: 'AccessTokenPayload', accessToken: { __typename?: 'AccessToken', id: string, name: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type SessionTokenPageQueryVariables = Exact<{
  filter?: InputMaybe<AccessTokenFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SessionTokenPageQuery = { __typename?: 'Query', accessTokens: { __typename?: 'AccessTokenConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AccessTokenEdge', node: { __typename?: 'AccessToken', id: string, name: string, revoked: boolean } }> } };

export type CircuitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CircuitQuery = { __typename?: 'Query', destination?: { __typename?: 'Destination', consecutiveFailures: number, circuit: { __typename?: 'DestinationCircuit', state: CircuitState, openedAt?: string | null, cooldownSeconds?: number | null, nextProbeAt?: string | null } } | null };

export type CloseCircuitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseCircuitMutation = { __typename?: 'Mutation', closeDestinationCircuit:
    | { __typename: 'DestinationPayload', destination: { __typename?: 'Destination', consecutiveFailures: number, circuit: { __typename?: 'DestinationCircuit', state: CircuitState } } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type DeliveryStateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeliveryStateQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccessToken' }
    | { __typename?: 'Attempt' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'Credential' }
    | { __typename?: 'Delivery', id: string, status: DeliveryStatus, attemptCount: number, nextAttemptAt?: string | null, lastStatusCode?: number | null, lastError?: string | null, webhook?: { __typename?: 'Webhook', lastTriggeredAt?: string | null } | null, attempts: Array<{ __typename?: 'Attempt', id: string, number: number, trigger: AttemptTrigger, succeeded: boolean, url: string, requestHeaders: any, requestBody?: string | null, responseStatus?: number | null, responseHeaders?: any | null, responseBody?: string | null, responseBodyTruncated: boolean, durationMs: number, errorCode?: AttemptErrorCode | null, errorMessage?: string | null }> }
    | { __typename?: 'Destination' }
    | { __typename?: 'Event' }
    | { __typename?: 'EventType' }
    | { __typename?: 'IncomingRequest' }
    | { __typename?: 'NotificationRule' }
    | { __typename?: 'Organization' }
    | { __typename?: 'Program' }
    | { __typename?: 'Source' }
    | { __typename?: 'Webhook' }
   | null };

export type DestinationHealthQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DestinationHealthQuery = { __typename?: 'Query', destination?: { __typename?: 'Destination', state: DestinationState, disabledReason?: string | null } | null };

export type DeliveryCredentialMutationVariables = Exact<{
  input: CreateCredentialInput;
}>;


export type DeliveryCredentialMutation = { __typename?: 'Mutation', createCredential:
    | { __typename?: 'CreateCredentialPayload', credential: { __typename?: 'Credential', id: string } }
    | { __typename?: 'ValidationError' }
   };

export type ResendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResendMutation = { __typename?: 'Mutation', resendDelivery:
    | { __typename: 'AttemptPayload', attempt: { __typename?: 'Attempt', number: number, trigger: AttemptTrigger, succeeded: boolean, delivery: { __typename?: 'Delivery', status: DeliveryStatus } } }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'ValidationError' }
   };

export type RetryFailedMutationVariables = Exact<{
  destinationId: Scalars['ID']['input'];
  since: Scalars['DateTime']['input'];
}>;


export type RetryFailedMutation = { __typename?: 'Mutation', retryFailedDeliveries:
    | { __typename: 'NotFoundError' }
    | { __typename: 'RetryFailedDeliveriesPayload', requeued: number }
    | { __typename: 'ValidationError' }
   };

export type SendTestMutationVariables = Exact<{
  destinationId: Scalars['ID']['input'];
}>;


export type SendTestMutation = { __typename?: 'Mutation', sendTestEvent:
    | { __typename: 'AttemptPayload', attempt: { __typename?: 'Attempt', succeeded: boolean, responseStatus?: number | null, delivery: { __typename?: 'Delivery', eventType: string, status: DeliveryStatus } } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type HostileDeliveryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HostileDeliveryQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccessToken' }
    | { __typename?: 'Attempt' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'Credential' }
    | { __typename?: 'Delivery', status: DeliveryStatus, lastError?: string | null, attempts: Array<{ __typename?: 'Attempt', succeeded: boolean, responseStatus?: number | null, responseHeaders?: any | null, omittedHeaderCount: number, responseBody?: string | null, responseBodyEncoding: BodyEncoding, responseBodyTruncated: boolean, errorCode?: AttemptErrorCode | null, errorMessage?: string | null }> }
    | { __typename?: 'Destination' }
    | { __typename?: 'Event' }
    | { __typename?: 'EventType' }
    | { __typename?: 'IncomingRequest' }
    | { __typename?: 'NotificationRule' }
    | { __typename?: 'Organization' }
    | { __typename?: 'Program' }
    | { __typename?: 'Source' }
    | { __typename?: 'Webhook' }
   | null };

export type HostileTestMutationVariables = Exact<{
  destinationId: Scalars['ID']['input'];
}>;


export type HostileTestMutation = { __typename?: 'Mutation', sendTestEvent:
    | { __typename: 'AttemptPayload', attempt: { __typename?: 'Attempt', succeeded: boolean, responseStatus?: number | null, responseBody?: string | null, responseBodyEncoding: BodyEncoding, errorMessage?: string | null, delivery: { __typename?: 'Delivery', status: DeliveryStatus } } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type DrillPublishMutationVariables = Exact<{
  input: PublishEventsInput;
}>;


export type DrillPublishMutation = { __typename?: 'Mutation', publishEvents:
    | { __typename: 'OrganizationArchivedError' }
    | { __typename: 'PublishEventsPayload', results: Array<{ __typename?: 'PublishedEvent', event: { __typename?: 'Event', id: string } }> }
    | { __typename: 'ValidationError' }
   };

export type DrillAttemptsSubscriptionVariables = Exact<{
  filter?: InputMaybe<LiveFeedFilter>;
}>;


export type DrillAttemptsSubscription = { __typename?: 'Subscription', deliveryAttempts: { __typename?: 'AttemptFeedItem', missedBefore: number, missedBetween?: { __typename?: 'LiveFeedGap', from: string, until: string } | null, attempt: { __typename?: 'Attempt', delivery: { __typename?: 'Delivery', event: { __typename?: 'Event', id: string } } } } };

export type DrillUpdatesSubscriptionVariables = Exact<{
  filter?: InputMaybe<LiveFeedFilter>;
}>;


export type DrillUpdatesSubscription = { __typename?: 'Subscription', deliveryUpdated: { __typename?: 'DeliveryFeedItem', status: DeliveryStatus, missedBetween?: { __typename?: 'LiveFeedGap', from: string, until: string } | null } };

export type DrillPublishManyMutationVariables = Exact<{
  input: PublishEventsInput;
}>;


export type DrillPublishManyMutation = { __typename?: 'Mutation', publishEvents:
    | { __typename: 'OrganizationArchivedError' }
    | { __typename: 'PublishEventsPayload', results: Array<{ __typename?: 'PublishedEvent', event: { __typename?: 'Event', id: string } }> }
    | { __typename: 'ValidationError' }
   };

export type DrillTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type DrillTokenMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename: 'CreateAccessTokenPayload', secret: string }
    | { __typename: 'ValidationError' }
   };

export type CreateIncomingCredentialMutationVariables = Exact<{
  input: CreateCredentialInput;
}>;


export type CreateIncomingCredentialMutation = { __typename?: 'Mutation', createCredential:
    | { __typename: 'CreateCredentialPayload', credential: { __typename?: 'Credential', id: string } }
    | { __typename: 'ValidationError' }
   };

export type CreateIngestSourceMutationVariables = Exact<{
  input: CreateSourceInput;
}>;


export type CreateIngestSourceMutation = { __typename?: 'Mutation', createSource:
    | { __typename: 'ConflictError' }
    | { __typename: 'SourcePayload', source: { __typename?: 'Source', id: string, ingestPath: string, ingestUrl?: string | null } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type UpdateIngestSourceMutationVariables = Exact<{
  input: UpdateSourceInput;
}>;


export type UpdateIngestSourceMutation = { __typename?: 'Mutation', updateSource:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'SourcePayload' }
    | { __typename: 'ValidationError' }
   };

export type RotateIngestKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateIngestKeyMutation = { __typename?: 'Mutation', rotateSourceKey:
    | { __typename: 'NotFoundError' }
    | { __typename: 'SourcePayload', source: { __typename?: 'Source', ingestPath: string } }
    | { __typename: 'ValidationError' }
   };

export type IncomingLiveSubscriptionVariables = Exact<{
  filter?: InputMaybe<IncomingRequestFeedFilter>;
}>;


export type IncomingLiveSubscription = { __typename?: 'Subscription', incomingRequests: { __typename?: 'IncomingRequestFeedItem', receivedAt: string, request: { __typename?: 'IncomingRequest', id: string, outcome: IncomingOutcome, rejection?: IncomingRejection | null, source: { __typename?: 'Source', id: string } } } };

export type IncomingLogQueryVariables = Exact<{
  filter?: InputMaybe<IncomingRequestFilter>;
}>;


export type IncomingLogQuery = { __typename?: 'Query', incomingRequests: { __typename?: 'IncomingRequestConnection', totalCount: number, edges: Array<{ __typename?: 'IncomingRequestEdge', node: { __typename?: 'IncomingRequest', id: string, outcome: IncomingOutcome, rejection?: IncomingRejection | null, detail?: string | null, responseStatus: number, headers: any, body?: string | null, bodyEncoding: BodyEncoding, bodyTruncated: boolean, bodyBytes: number, duplicate: boolean, events: Array<{ __typename?: 'Event', id: string, type: string, source: EventSource, deliveries: Array<{ __typename?: 'Delivery', id: string }> }>, source: { __typename?: 'Source', name: string } } }> } };

export type CreateExpensiveRuleMutationVariables = Exact<{
  input: CreateNotificationRuleInput;
}>;


export type CreateExpensiveRuleMutation = { __typename?: 'Mutation', createNotificationRule:
    | { __typename: 'NotificationRulePayload' }
    | { __typename: 'ValidationError' }
   };

export type DestinationCountOfOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type DestinationCountOfOrganizationQuery = { __typename?: 'Query', destinations: { __typename?: 'DestinationConnection', totalCount: number } };

export type RenameLockedDestinationMutationVariables = Exact<{
  input: UpdateDestinationInput;
}>;


export type RenameLockedDestinationMutation = { __typename?: 'Mutation', updateDestination:
    | { __typename: 'ConflictError' }
    | { __typename: 'DestinationPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type CreateBasicCredentialForShareMutationVariables = Exact<{
  input: CreateCredentialInput;
}>;


export type CreateBasicCredentialForShareMutation = { __typename?: 'Mutation', createCredential:
    | { __typename: 'CreateCredentialPayload', credential: { __typename?: 'Credential', id: string } }
    | { __typename: 'ValidationError' }
   };

export type CreateSourceForShareMutationVariables = Exact<{
  input: CreateSourceInput;
}>;


export type CreateSourceForShareMutation = { __typename?: 'Mutation', createSource:
    | { __typename: 'ConflictError' }
    | { __typename: 'SourcePayload', source: { __typename?: 'Source', ingestPath: string } }
    | { __typename: 'ValidationError' }
   };

export type CrossProcessFeedSubscriptionVariables = Exact<{
  filter?: InputMaybe<LiveFeedFilter>;
}>;


export type CrossProcessFeedSubscription = { __typename?: 'Subscription', deliveryAttempts: { __typename?: 'AttemptFeedItem', attempt: { __typename?: 'Attempt', succeeded: boolean, delivery: { __typename?: 'Delivery', event: { __typename?: 'Event', id: string } } } } };

export type BudgetFeedSubscriptionVariables = Exact<{
  filter?: InputMaybe<LiveFeedFilter>;
}>;


export type BudgetFeedSubscription = { __typename?: 'Subscription', deliveryAttempts: { __typename?: 'AttemptFeedItem', missedBefore: number, attempt: { __typename?: 'Attempt', id: string } } };

export type FeedWithHistorySubscriptionVariables = Exact<{
  filter?: InputMaybe<LiveFeedFilter>;
  recent?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FeedWithHistorySubscription = { __typename?: 'Subscription', deliveryAttempts: { __typename?: 'AttemptFeedItem', missedBefore: number, attempt: { __typename?: 'Attempt', id: string, succeeded: boolean, sentAt: string, delivery: { __typename?: 'Delivery', destination: { __typename?: 'Destination', id: string } } } } };

export type AttemptFeedSubscriptionVariables = Exact<{
  filter?: InputMaybe<LiveFeedFilter>;
}>;


export type AttemptFeedSubscription = { __typename?: 'Subscription', deliveryAttempts: { __typename?: 'AttemptFeedItem', missedBefore: number, recordedAt: string, attempt: { __typename?: 'Attempt', number: number, succeeded: boolean, responseStatus?: number | null, delivery: { __typename?: 'Delivery', id: string, status: DeliveryStatus, eventType: string, event: { __typename?: 'Event', id: string }, destination: { __typename?: 'Destination', id: string, name: string } } } } };

export type ShownDeliveryFieldsFragment = { __typename: 'Delivery', id: string, eventType: string, status: DeliveryStatus, attemptCount: number, nextAttemptAt?: string | null, lastAttemptAt?: string | null, lastStatusCode?: number | null, lastError?: string | null, completedAt?: string | null, createdAt: string };

export type ShownFieldsFragment = { __typename: 'Attempt', responseStatus?: number | null, omittedHeaderCount: number, responseBodyEncoding: BodyEncoding, responseBodyTruncated: boolean, errorCode?: AttemptErrorCode | null, errorMessage?: string | null, id: string, number: number, trigger: AttemptTrigger, succeeded: boolean, sentAt: string, durationMs: number, url: string, delivery: { __typename: 'Delivery', id: string, eventType: string, status: DeliveryStatus, attemptCount: number, nextAttemptAt?: string | null, lastAttemptAt?: string | null, lastStatusCode?: number | null, lastError?: string | null, completedAt?: string | null, createdAt: string, destination: { __typename?: 'Destination', id: string, name: string } } };

export type ShownFeedSubscriptionVariables = Exact<{
  filter?: InputMaybe<LiveFeedFilter>;
}>;


export type ShownFeedSubscription = { __typename?: 'Subscription', deliveryAttempts: { __typename?: 'AttemptFeedItem', attempt: { __typename: 'Attempt', responseStatus?: number | null, omittedHeaderCount: number, responseBodyEncoding: BodyEncoding, responseBodyTruncated: boolean, errorCode?: AttemptErrorCode | null, errorMessage?: string | null, id: string, number: number, trigger: AttemptTrigger, succeeded: boolean, sentAt: string, durationMs: number, url: string, delivery: { __typename: 'Delivery', id: string, eventType: string, status: DeliveryStatus, attemptCount: number, nextAttemptAt?: string | null, lastAttemptAt?: string | null, lastStatusCode?: number | null, lastError?: string | null, completedAt?: string | null, createdAt: string, destination: { __typename?: 'Destination', id: string, name: string } } } } };

export type ShownAttemptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShownAttemptQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccessToken' }
    | { __typename: 'Attempt', responseStatus?: number | null, omittedHeaderCount: number, responseBodyEncoding: BodyEncoding, responseBodyTruncated: boolean, errorCode?: AttemptErrorCode | null, errorMessage?: string | null, id: string, number: number, trigger: AttemptTrigger, succeeded: boolean, sentAt: string, durationMs: number, url: string, delivery: { __typename: 'Delivery', id: string, eventType: string, status: DeliveryStatus, attemptCount: number, nextAttemptAt?: string | null, lastAttemptAt?: string | null, lastStatusCode?: number | null, lastError?: string | null, completedAt?: string | null, createdAt: string, destination: { __typename?: 'Destination', id: string, name: string } } }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'Credential' }
    | { __typename?: 'Delivery' }
    | { __typename?: 'Destination' }
    | { __typename?: 'Event' }
    | { __typename?: 'EventType' }
    | { __typename?: 'IncomingRequest' }
    | { __typename?: 'NotificationRule' }
    | { __typename?: 'Organization' }
    | { __typename?: 'Program' }
    | { __typename?: 'Source' }
    | { __typename?: 'Webhook' }
   | null };

export type ShownDeliveryFeedSubscriptionVariables = Exact<{
  filter?: InputMaybe<LiveFeedFilter>;
}>;


export type ShownDeliveryFeedSubscription = { __typename?: 'Subscription', deliveryUpdated: { __typename?: 'DeliveryFeedItem', status: DeliveryStatus, delivery: { __typename: 'Delivery', id: string, eventType: string, status: DeliveryStatus, attemptCount: number, nextAttemptAt?: string | null, lastAttemptAt?: string | null, lastStatusCode?: number | null, lastError?: string | null, completedAt?: string | null, createdAt: string } } };

export type ShownDeliveryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShownDeliveryQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccessToken' }
    | { __typename?: 'Attempt' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'Credential' }
    | { __typename: 'Delivery', id: string, eventType: string, status: DeliveryStatus, attemptCount: number, nextAttemptAt?: string | null, lastAttemptAt?: string | null, lastStatusCode?: number | null, lastError?: string | null, completedAt?: string | null, createdAt: string }
    | { __typename?: 'Destination' }
    | { __typename?: 'Event' }
    | { __typename?: 'EventType' }
    | { __typename?: 'IncomingRequest' }
    | { __typename?: 'NotificationRule' }
    | { __typename?: 'Organization' }
    | { __typename?: 'Program' }
    | { __typename?: 'Source' }
    | { __typename?: 'Webhook' }
   | null };

export type DeliveryFeedSubscriptionVariables = Exact<{
  filter?: InputMaybe<LiveFeedFilter>;
}>;


export type DeliveryFeedSubscription = { __typename?: 'Subscription', deliveryUpdated: { __typename?: 'DeliveryFeedItem', status: DeliveryStatus, missedBefore: number, delivery: { __typename?: 'Delivery', id: string, event: { __typename?: 'Event', id: string } } } };

export type HeavyFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type HeavyFeedSubscription = { __typename?: 'Subscription', deliveryAttempts: { __typename?: 'AttemptFeedItem', missedBefore: number, attempt: { __typename?: 'Attempt', responseBody?: string | null } } };

export type RevokeForFeedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeForFeedMutation = { __typename?: 'Mutation', revokeAccessToken:
    | { __typename: 'AccessTokenPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type ResendForFeedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResendForFeedMutation = { __typename?: 'Mutation', resendDelivery:
    | { __typename: 'AttemptPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type UrqlAttemptFeedSubscriptionVariables = Exact<{
  filter?: InputMaybe<LiveFeedFilter>;
}>;


export type UrqlAttemptFeedSubscription = { __typename?: 'Subscription', deliveryAttempts: { __typename?: 'AttemptFeedItem', missedBefore: number, attempt: { __typename?: 'Attempt', id: string, number: number, succeeded: boolean, responseStatus?: number | null, delivery: { __typename?: 'Delivery', id: string, eventType: string, destination: { __typename?: 'Destination', id: string, name: string } } } } };

export type UrqlViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type UrqlViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', role: Role } };

export type FixtureEventTypeMutationVariables = Exact<{
  input: CreateEventTypeInput;
}>;


export type FixtureEventTypeMutation = { __typename?: 'Mutation', createEventType:
    | { __typename: 'ConflictError' }
    | { __typename: 'EventTypePayload', eventType: { __typename?: 'EventType', id: string, name: string } }
    | { __typename: 'ValidationError' }
   };

export type FixtureDestinationMutationVariables = Exact<{
  input: CreateDestinationInput;
}>;


export type FixtureDestinationMutation = { __typename?: 'Mutation', createDestination:
    | { __typename: 'ConflictError' }
    | { __typename: 'DestinationPayload', destination: { __typename?: 'Destination', id: string, url: string } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export type FixtureWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type FixtureWebhookMutation = { __typename?: 'Mutation', createWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
    | { __typename: 'WebhookPayload', webhook: { __typename?: 'Webhook', id: string } }
   };

export type FixturePublishMutationVariables = Exact<{
  input: PublishEventInput;
}>;


export type FixturePublishMutation = { __typename?: 'Mutation', publishEvent:
    | { __typename: 'OrganizationArchivedError' }
    | { __typename: 'PublishedEvent', duplicate: boolean, event: { __typename?: 'Event', id: string, deliveries: Array<{ __typename?: 'Delivery', id: string }> } }
    | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', path: Array<string>, message: string }> }
   };

export const DestinationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DestinationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Destination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DestinationFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ingestPath"}},{"kind":"Field","name":{"kind":"Name","value":"ingestUrl"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeMode"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeField"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createEventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]} as unknown as DocumentNode<SourceFieldsFragment, unknown>;
export const ShownDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ShownDeliveryFieldsFragment, unknown>;
export const ShownFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"omittedHeaderCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseBodyEncoding"}},{"kind":"Field","name":{"kind":"Name","value":"responseBodyTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownDeliveryFields"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ShownFieldsFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenId"}},{"kind":"Field","name":{"kind":"Name","value":"tokenName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateTokenMutation, CreateTokenMutationVariables>;
export const RenameTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RenameTokenMutation, RenameTokenMutationVariables>;
export const RevokeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeTokenMutation, RevokeTokenMutationVariables>;
export const ListTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListTokensQuery, ListTokensQueryVariables>;
export const AnswerMemoryPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerMemoryPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AnswerMemoryPublishMutation, AnswerMemoryPublishMutationVariables>;
export const ConnectionLimitsPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionLimitsPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ConnectionLimitsPublishMutation, ConnectionLimitsPublishMutationVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const MyIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MyIdsQuery, MyIdsQueryVariables>;
export const CreateCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedSecret"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"publicFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCredentialMutation, CreateCredentialMutationVariables>;
export const DeleteCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialInUseError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteCredentialMutation, DeleteCredentialMutationVariables>;
export const ListCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListCredentialsQuery, ListCredentialsQueryVariables>;
export const SortedCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SortedCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SortedCredentialsQuery, SortedCredentialsQueryVariables>;
export const CreateDestinationWithCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDestinationWithCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credentialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"url"},"value":{"kind":"StringValue","value":"https://localhost/hooks","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"credentialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credentialId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateDestinationWithCredentialMutation, CreateDestinationWithCredentialMutationVariables>;
export const DeleteDestinationForCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDestinationForCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeleteDestinationForCredentialMutation, DeleteDestinationForCredentialMutationVariables>;
export const CredentialTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]}}]} as unknown as DocumentNode<CredentialTypesQuery, CredentialTypesQueryVariables>;
export const CreateDestinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDestination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDestinationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DestinationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DestinationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Destination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateDestinationMutation, CreateDestinationMutationVariables>;
export const UpdateDestinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDestination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDestinationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DestinationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DestinationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Destination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateDestinationMutation, UpdateDestinationMutationVariables>;
export const PauseDestinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseDestination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PauseDestinationMutation, PauseDestinationMutationVariables>;
export const ResumeDestinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeDestination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResumeDestinationMutation, ResumeDestinationMutationVariables>;
export const DeleteDestinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDestination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteDestinationMutation, DeleteDestinationMutationVariables>;
export const ListDestinationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListDestinations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destinations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListDestinationsQuery, ListDestinationsQueryVariables>;
export const GetDestinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetDestination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DestinationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DestinationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Destination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GetDestinationQuery, GetDestinationQueryVariables>;
export const CreateEventTypeForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEventTypeForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEventType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventTypePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"example"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEventTypeForTestMutation, CreateEventTypeForTestMutationVariables>;
export const UpdateEventTypeForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEventTypeForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEventType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventTypePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEventTypeForTestMutation, UpdateEventTypeForTestMutationVariables>;
export const ArchiveEventTypeForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveEventTypeForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveEventType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"archived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventTypePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveEventTypeForTestMutation, ArchiveEventTypeForTestMutationVariables>;
export const ListEventTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListEventTypes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventTypeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListEventTypesQuery, ListEventTypesQueryVariables>;
export const CreateWebhookForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"verifyTls"}},{"kind":"Field","name":{"kind":"Name","value":"payloadFormat"}},{"kind":"Field","name":{"kind":"Name","value":"maxEventsPerRequest"}},{"kind":"Field","name":{"kind":"Name","value":"retrySchedule"}},{"kind":"Field","name":{"kind":"Name","value":"customRetrySchedule"}},{"kind":"Field","name":{"kind":"Name","value":"lastTriggeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookForTestMutation, CreateWebhookForTestMutationVariables>;
export const UpdateWebhookForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"maxEventsPerRequest"}},{"kind":"Field","name":{"kind":"Name","value":"retrySchedule"}},{"kind":"Field","name":{"kind":"Name","value":"customRetrySchedule"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookForTestMutation, UpdateWebhookForTestMutationVariables>;
export const DeleteWebhookForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookForTestMutation, DeleteWebhookForTestMutationVariables>;
export const WebhookPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookPagesQuery, WebhookPagesQueryVariables>;
export const ListWebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListWebhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListWebhooksQuery, ListWebhooksQueryVariables>;
export const DeleteUsedDestinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUsedDestination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationInUseError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteUsedDestinationMutation, DeleteUsedDestinationMutationVariables>;
export const HistoryDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HistoryDeliveriesQuery, HistoryDeliveriesQueryVariables>;
export const HistoryAttemptPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryAttemptPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HistoryAttemptPagesQuery, HistoryAttemptPagesQueryVariables>;
export const HistoryAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"requestBody"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HistoryAttemptsQuery, HistoryAttemptsQueryVariables>;
export const EventWithDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventWithDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventWithDeliveriesQuery, EventWithDeliveriesQueryVariables>;
export const HistoryResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HistoryResend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<HistoryResendMutation, HistoryResendMutationVariables>;
export const DestinationStatsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DestinationStatsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bucketMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"bucketMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bucketMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}},{"kind":"Field","name":{"kind":"Name","value":"p50DurationMs"}},{"kind":"Field","name":{"kind":"Name","value":"p95DurationMs"}}]}}]}}]}}]} as unknown as DocumentNode<DestinationStatsForTestQuery, DestinationStatsForTestQueryVariables>;
export const HostileCreateEventTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileCreateEventType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEventType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostileCreateEventTypeMutation, HostileCreateEventTypeMutationVariables>;
export const HostilePublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostilePublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostilePublishMutation, HostilePublishMutationVariables>;
export const HostileCreateRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileCreateRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNotificationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNotificationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationRulePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostileCreateRuleMutation, HostileCreateRuleMutationVariables>;
export const HostileUpdateRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileUpdateRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationRulePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastEvaluationError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostileUpdateRuleMutation, HostileUpdateRuleMutationVariables>;
export const HostileRuleErrorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileRuleErrors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventType"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluationError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostileRuleErrorsQuery, HostileRuleErrorsQueryVariables>;
export const HostileSchemaCreateEventTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileSchemaCreateEventType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEventType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostileSchemaCreateEventTypeMutation, HostileSchemaCreateEventTypeMutationVariables>;
export const HostileSchemaUpdateEventTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileSchemaUpdateEventType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEventType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostileSchemaUpdateEventTypeMutation, HostileSchemaUpdateEventTypeMutationVariables>;
export const HostileSchemaPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileSchemaPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostileSchemaPublishMutation, HostileSchemaPublishMutationVariables>;
export const SystemTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"system"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SystemTypesQuery, SystemTypesQueryVariables>;
export const CreateRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNotificationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNotificationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationRulePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateRuleMutation, CreateRuleMutationVariables>;
export const UpdateRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationRulePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRuleMutation, UpdateRuleMutationVariables>;
export const DeleteRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNotificationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeleteRuleMutation, DeleteRuleMutationVariables>;
export const ListRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationRuleFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListRulesQuery, ListRulesQueryVariables>;
export const RuleDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RuleDeliveriesQuery, RuleDeliveriesQueryVariables>;
export const ArchiveSystemTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveSystemType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveEventType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveSystemTypeMutation, ArchiveSystemTypeMutationVariables>;
export const DeleteDestinationUsedByRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDestinationUsedByRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationInUseError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"notificationRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteDestinationUsedByRuleMutation, DeleteDestinationUsedByRuleMutationVariables>;
export const RuleTriggeringCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RuleTriggeringCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RuleTriggeringCredentialMutation, RuleTriggeringCredentialMutationVariables>;
export const OAuthViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OAuthViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenId"}},{"kind":"Field","name":{"kind":"Name","value":"tokenName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OAuthViewerQuery, OAuthViewerQueryVariables>;
export const CreateApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"application"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateApplicationMutation, CreateApplicationMutationVariables>;
export const RevokeApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RevokeApplicationMutation, RevokeApplicationMutationVariables>;
export const OAuthCreateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OAuthCreateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OAuthCreateProgramMutation, OAuthCreateProgramMutationVariables>;
export const ApiCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiCreateOrganizationMutation, ApiCreateOrganizationMutationVariables>;
export const ApiRenameOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiRenameOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiRenameOrganizationMutation, ApiRenameOrganizationMutationVariables>;
export const ApiArchiveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiArchiveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ApiArchiveOrganizationMutation, ApiArchiveOrganizationMutationVariables>;
export const ApiFirstTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiFirstToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiFirstTokenMutation, ApiFirstTokenMutationVariables>;
export const ApiOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiOrganizationsQuery, ApiOrganizationsQueryVariables>;
export const ApiOrganizationViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiOrganizationViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ApiOrganizationViewerQuery, ApiOrganizationViewerQueryVariables>;
export const OverviewTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewTest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"bucketMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"p50DurationMs"}},{"kind":"Field","name":{"kind":"Name","value":"p95DurationMs"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"p50DurationMs"}},{"kind":"Field","name":{"kind":"Name","value":"p95DurationMs"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"bucketMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"backlog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueNow"}},{"kind":"Field","name":{"kind":"Name","value":"heldBack"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"sending"}},{"kind":"Field","name":{"kind":"Name","value":"countLimit"}},{"kind":"Field","name":{"kind":"Name","value":"oldestDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"lagSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationsNeedingAttention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attentionReasons"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewTestQuery, OverviewTestQueryVariables>;
export const PartnerOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerOrganizationsQuery, PartnerOrganizationsQueryVariables>;
export const ActingInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActingIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"homeOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ActingInQuery, ActingInQueryVariables>;
export const PartnerTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerTokenMutation, PartnerTokenMutationVariables>;
export const PartnerTokenOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerTokenOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerTokenOrganizationsQuery, PartnerTokenOrganizationsQueryVariables>;
export const PartnerProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerProgramMutation, PartnerProgramMutationVariables>;
export const PartnerUpdateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerUpdateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerUpdateProgramMutation, PartnerUpdateProgramMutationVariables>;
export const PartnerProgramWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerProgramWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"global"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerProgramWebhookMutation, PartnerProgramWebhookMutationVariables>;
export const MarkPartnerOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkPartnerOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEventType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventTypePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerOnly"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<MarkPartnerOnlyMutation, MarkPartnerOnlyMutationVariables>;
export const PublishInProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishInProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishInProgramMutation, PublishInProgramMutationVariables>;
export const PartnerAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"tokenId"}},{"kind":"Field","name":{"kind":"Name","value":"tokenName"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerAuditLogQuery, PartnerAuditLogQueryVariables>;
export const AuditRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AuditRenameMutation, AuditRenameMutationVariables>;
export const AuditCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AuditCredentialMutation, AuditCredentialMutationVariables>;
export const PartnerFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PartnerFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missedBefore"}}]}}]}}]} as unknown as DocumentNode<PartnerFeedSubscription, PartnerFeedSubscriptionVariables>;
export const PublishOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishOneMutation, PublishOneMutationVariables>;
export const PublishBareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishBare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishBareMutation, PublishBareMutationVariables>;
export const PublishManyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishManyMutation, PublishManyMutationVariables>;
export const CountEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CountEventsQuery, CountEventsQueryVariables>;
export const ArchiveForPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveForPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveEventType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ArchiveForPublishMutation, ArchiveForPublishMutationVariables>;
export const RotationCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotationCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedSecret"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RotationCredentialMutation, RotationCredentialMutationVariables>;
export const RotateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Rotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateDestinationCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateDestinationCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RotateMutation, RotateMutationVariables>;
export const EndGraceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndGrace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endDestinationCredentialGrace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EndGraceMutation, EndGraceMutationVariables>;
export const RotationDeleteCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotationDeleteCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialInGraceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RotationDeleteCredentialMutation, RotationDeleteCredentialMutationVariables>;
export const RotationSetCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotationSetCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credentialId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"credentialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credentialId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RotationSetCredentialMutation, RotationSetCredentialMutationVariables>;
export const RotationHugeHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotationHugeHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateDestinationCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateDestinationCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RotationHugeHoursMutation, RotationHugeHoursMutationVariables>;
export const ScanCreateCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScanCreateCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedSecret"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScanCreateCredentialMutation, ScanCreateCredentialMutationVariables>;
export const ScanEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScanEverything"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"publicFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"publicFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"requestHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"requestBody"}},{"kind":"Field","name":{"kind":"Name","value":"responseHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"responseBody"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}}]}}]}}]} as unknown as DocumentNode<ScanEverythingQuery, ScanEverythingQueryVariables>;
export const ScanNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScanNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"publicFields"}}]}}]}}]}}]} as unknown as DocumentNode<ScanNodeQuery, ScanNodeQueryVariables>;
export const CreateCredentialForSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCredentialForSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCredentialForSourceMutation, CreateCredentialForSourceMutationVariables>;
export const CreateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ingestPath"}},{"kind":"Field","name":{"kind":"Name","value":"ingestUrl"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeMode"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeField"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createEventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]} as unknown as DocumentNode<CreateSourceMutation, CreateSourceMutationVariables>;
export const UpdateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ingestPath"}},{"kind":"Field","name":{"kind":"Name","value":"ingestUrl"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeMode"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeField"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createEventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]} as unknown as DocumentNode<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const RotateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateSourceKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestPath"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RotateKeyMutation, RotateKeyMutationVariables>;
export const DeleteSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteSourceMutation, DeleteSourceMutationVariables>;
export const DeleteUsedCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUsedCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialInUseError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteUsedCredentialMutation, DeleteUsedCredentialMutationVariables>;
export const ListSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListSourcesQuery, ListSourcesQueryVariables>;
export const CreateWebhookWithEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookWithEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedSecret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookWithEndpointMutation, CreateWebhookWithEndpointMutationVariables>;
export const CredentialFormCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialFormCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"generated"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}}]}}]}}]} as unknown as DocumentNode<CredentialFormCatalogueQuery, CredentialFormCatalogueQueryVariables>;
export const CredentialFormCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CredentialFormCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CredentialFormCreateMutation, CredentialFormCreateMutationVariables>;
export const DashboardWhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardWhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenId"}},{"kind":"Field","name":{"kind":"Name","value":"tokenName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<DashboardWhoAmIQuery, DashboardWhoAmIQueryVariables>;
export const DashboardMakeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardMakeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardMakeTokenMutation, DashboardMakeTokenMutationVariables>;
export const DashboardDropTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardDropToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DashboardDropTokenMutation, DashboardDropTokenMutationVariables>;
export const DashboardTokenNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTokenNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardTokenNamesQuery, DashboardTokenNamesQueryVariables>;
export const LiveSessionFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveSessionFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveFeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveSessionFeedSubscription, LiveSessionFeedSubscriptionVariables>;
export const LiveSessionTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveSessionToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveSessionTokenMutation, LiveSessionTokenMutationVariables>;
export const LiveSessionRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveSessionRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<LiveSessionRevokeMutation, LiveSessionRevokeMutationVariables>;
export const OpsMakeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsMakeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]}}]} as unknown as DocumentNode<OpsMakeTokenMutation, OpsMakeTokenMutationVariables>;
export const DashboardSigningCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardSigningCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedSecret"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSigningCredentialMutation, DashboardSigningCredentialMutationVariables>;
export const PartnersMakeViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersMakeViewer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersMakeViewerMutation, PartnersMakeViewerMutationVariables>;
export const PartnersPartnerOnlyTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersPartnerOnlyType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEventType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PartnersPartnerOnlyTypeMutation, PartnersPartnerOnlyTypeMutationVariables>;
export const OverBudgetCreateRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverBudgetCreateRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNotificationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNotificationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OverBudgetCreateRuleMutation, OverBudgetCreateRuleMutationVariables>;
export const SessionNewTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionNewToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionNewTokenMutation, SessionNewTokenMutationVariables>;
export const SessionRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionRevokeMutation, SessionRevokeMutationVariables>;
export const SessionRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionRenameMutation, SessionRenameMutationVariables>;
export const SessionTokenPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionTokenPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionTokenPageQuery, SessionTokenPageQueryVariables>;
export const CircuitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Circuit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"circuit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooldownSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"nextProbeAt"}}]}}]}}]}}]} as unknown as DocumentNode<CircuitQuery, CircuitQueryVariables>;
export const CloseCircuitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCircuit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeDestinationCircuit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"circuit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloseCircuitMutation, CloseCircuitMutationVariables>;
export const DeliveryStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeliveryState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastTriggeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"requestHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"requestBody"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responseHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"responseBody"}},{"kind":"Field","name":{"kind":"Name","value":"responseBodyTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeliveryStateQuery, DeliveryStateQueryVariables>;
export const DestinationHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DestinationHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}}]}}]} as unknown as DocumentNode<DestinationHealthQuery, DestinationHealthQueryVariables>;
export const DeliveryCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeliveryCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeliveryCredentialMutation, DeliveryCredentialMutationVariables>;
export const ResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Resend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ResendMutation, ResendMutationVariables>;
export const RetryFailedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryFailed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryFailedDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"destinationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetryFailedDeliveriesPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requeued"}}]}}]}}]}}]} as unknown as DocumentNode<RetryFailedMutation, RetryFailedMutationVariables>;
export const SendTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"destinationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinationId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SendTestMutation, SendTestMutationVariables>;
export const HostileDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responseHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"omittedHeaderCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseBody"}},{"kind":"Field","name":{"kind":"Name","value":"responseBodyEncoding"}},{"kind":"Field","name":{"kind":"Name","value":"responseBodyTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostileDeliveryQuery, HostileDeliveryQueryVariables>;
export const HostileTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"destinationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinationId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responseBody"}},{"kind":"Field","name":{"kind":"Name","value":"responseBodyEncoding"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostileTestMutation, HostileTestMutationVariables>;
export const DrillPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrillPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrillPublishMutation, DrillPublishMutationVariables>;
export const DrillAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DrillAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveFeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"missedBetween"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrillAttemptsSubscription, DrillAttemptsSubscriptionVariables>;
export const DrillUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DrillUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveFeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missedBetween"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]}}]} as unknown as DocumentNode<DrillUpdatesSubscription, DrillUpdatesSubscriptionVariables>;
export const DrillPublishManyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrillPublishMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrillPublishManyMutation, DrillPublishManyMutationVariables>;
export const DrillTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrillToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]}}]} as unknown as DocumentNode<DrillTokenMutation, DrillTokenMutationVariables>;
export const CreateIncomingCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIncomingCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateIncomingCredentialMutation, CreateIncomingCredentialMutationVariables>;
export const CreateIngestSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIngestSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ingestPath"}},{"kind":"Field","name":{"kind":"Name","value":"ingestUrl"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateIngestSourceMutation, CreateIngestSourceMutationVariables>;
export const UpdateIngestSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIngestSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UpdateIngestSourceMutation, UpdateIngestSourceMutationVariables>;
export const RotateIngestKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateIngestKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateSourceKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestPath"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RotateIngestKeyMutation, RotateIngestKeyMutationVariables>;
export const IncomingLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IncomingLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncomingRequestFeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"rejection"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncomingLiveSubscription, IncomingLiveSubscriptionVariables>;
export const IncomingLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncomingLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncomingRequestFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"rejection"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEncoding"}},{"kind":"Field","name":{"kind":"Name","value":"bodyTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"bodyBytes"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncomingLogQuery, IncomingLogQueryVariables>;
export const CreateExpensiveRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExpensiveRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNotificationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNotificationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateExpensiveRuleMutation, CreateExpensiveRuleMutationVariables>;
export const DestinationCountOfOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DestinationCountOfOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DestinationCountOfOrganizationQuery, DestinationCountOfOrganizationQueryVariables>;
export const RenameLockedDestinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameLockedDestination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDestinationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RenameLockedDestinationMutation, RenameLockedDestinationMutationVariables>;
export const CreateBasicCredentialForShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBasicCredentialForShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateBasicCredentialForShareMutation, CreateBasicCredentialForShareMutationVariables>;
export const CreateSourceForShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSourceForShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestPath"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateSourceForShareMutation, CreateSourceForShareMutationVariables>;
export const CrossProcessFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CrossProcessFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveFeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrossProcessFeedSubscription, CrossProcessFeedSubscriptionVariables>;
export const BudgetFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BudgetFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveFeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetFeedSubscription, BudgetFeedSubscriptionVariables>;
export const FeedWithHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FeedWithHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveFeedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"recent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedWithHistorySubscription, FeedWithHistorySubscriptionVariables>;
export const AttemptFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AttemptFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveFeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttemptFeedSubscription, AttemptFeedSubscriptionVariables>;
export const ShownFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ShownFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveFeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"omittedHeaderCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseBodyEncoding"}},{"kind":"Field","name":{"kind":"Name","value":"responseBodyTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownDeliveryFields"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ShownFeedSubscription, ShownFeedSubscriptionVariables>;
export const ShownAttemptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShownAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"omittedHeaderCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseBodyEncoding"}},{"kind":"Field","name":{"kind":"Name","value":"responseBodyTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownDeliveryFields"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ShownAttemptQuery, ShownAttemptQueryVariables>;
export const ShownDeliveryFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ShownDeliveryFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveFeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownDeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ShownDeliveryFeedSubscription, ShownDeliveryFeedSubscriptionVariables>;
export const ShownDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShownDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ShownDeliveryQuery, ShownDeliveryQueryVariables>;
export const DeliveryFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DeliveryFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveFeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeliveryFeedSubscription, DeliveryFeedSubscriptionVariables>;
export const HeavyFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"HeavyFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseBody"}}]}}]}}]}}]} as unknown as DocumentNode<HeavyFeedSubscription, HeavyFeedSubscriptionVariables>;
export const RevokeForFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeForFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RevokeForFeedMutation, RevokeForFeedMutationVariables>;
export const ResendForFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendForFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ResendForFeedMutation, ResendForFeedMutationVariables>;
export const UrqlAttemptFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"UrqlAttemptFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveFeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UrqlAttemptFeedSubscription, UrqlAttemptFeedSubscriptionVariables>;
export const UrqlViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UrqlViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<UrqlViewerQuery, UrqlViewerQueryVariables>;
export const FixtureEventTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureEventType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEventType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventTypePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FixtureEventTypeMutation, FixtureEventTypeMutationVariables>;
export const FixtureDestinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureDestination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDestinationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FixtureDestinationMutation, FixtureDestinationMutationVariables>;
export const FixtureWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FixtureWebhookMutation, FixtureWebhookMutationVariables>;
export const FixturePublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixturePublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FixturePublishMutation, FixturePublishMutationVariables>;