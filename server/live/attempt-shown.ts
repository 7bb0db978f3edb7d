// What the live feed shows of an attempt travels with the item: the attempt,
// its delivery as it stands after it, and its destination's name (a delivery
// change's item carries the delivery). A hundred
// dashboards watching a busy organization then need no database read per item
// (one read each waited behind the engine's own statements, ~13 ms at 1,000
// deliveries/s). Columns that can be large (headers, bodies) are left out:
// a subscriber asking for them gets the row read from the database instead.
// Written out field by field: built for every attempt recorded, and a loop
// over key names cost a worker ~1.5 % of its CPU.
import type { Prisma } from "../db/generated/client.ts";

// The columns read, once: the types below are what these selects return.
const attemptColumns = {
  id: true,
  organizationId: true,
  deliveryId: true,
  destinationId: true,
  eventId: true,
  number: true,
  trigger: true,
  succeeded: true,
  sentAt: true,
  durationMs: true,
  url: true,
  batchLeaderId: true,
  responseStatus: true,
  omittedHeaderCount: true,
  responseBodyEncoding: true,
  responseBodyTruncated: true,
  errorCode: true,
  errorMessage: true,
} as const satisfies Prisma.AttemptSelect;

const deliveryColumns = {
  id: true,
  organizationId: true,
  eventId: true,
  webhookId: true,
  ruleId: true,
  destinationId: true,
  eventType: true,
  status: true,
  attemptCount: true,
  scheduledAttempts: true,
  nextAttemptAt: true,
  lastAttemptAt: true,
  lastStatusCode: true,
  lastError: true,
  completedAt: true,
  createdAt: true,
} as const satisfies Prisma.DeliverySelect;

const destinationColumns = { id: true, organizationId: true, name: true } as const satisfies Prisma.DestinationSelect;

type AttemptColumns = Prisma.AttemptGetPayload<{ select: typeof attemptColumns }>;
type DeliveryColumns = Prisma.DeliveryGetPayload<{ select: typeof deliveryColumns }>;
type DestinationColumns = Prisma.DestinationGetPayload<{ select: typeof destinationColumns }>;
type DeliveryDates = "nextAttemptAt" | "lastAttemptAt" | "completedAt" | "createdAt";

/** A delivery's columns, dates as epoch milliseconds: items cross Redis as JSON. A delivery change's item carries it too. */
export type DeliveryShown = Omit<DeliveryColumns, DeliveryDates> & {
  nextAttemptAt: number | null;
  lastAttemptAt: number | null;
  completedAt: number | null;
  createdAt: number;
};

export interface AttemptShown {
  attempt: Omit<AttemptColumns, "sentAt"> & { sentAt: number };
  delivery: DeliveryShown;
  destination: DestinationColumns;
}

/** The rows as the database would give them, minus what AttemptShown leaves out. */
export type ShownAttemptRow = AttemptColumns & { delivery: DeliveryColumns & { destination: DestinationColumns } };

/** A Prisma select of an attempt that reads what attemptShown needs (its delivery and destination too). */
export const attemptShownSelect = {
  ...attemptColumns,
  delivery: { select: { ...deliveryColumns, destination: { select: destinationColumns } } },
} as const satisfies Prisma.AttemptSelect;

const epoch = (at: Date | null) => (at === null ? null : at.getTime());
const date = (at: number | null) => (at === null ? null : new Date(at));

export function attemptShown(a: AttemptColumns, d: DeliveryColumns, destination: DestinationColumns): AttemptShown {
  return {
    attempt: {
      id: a.id,
      organizationId: a.organizationId,
      deliveryId: a.deliveryId,
      destinationId: a.destinationId,
      eventId: a.eventId,
      number: a.number,
      trigger: a.trigger,
      succeeded: a.succeeded,
      sentAt: a.sentAt.getTime(),
      durationMs: a.durationMs,
      url: a.url,
      batchLeaderId: a.batchLeaderId,
      responseStatus: a.responseStatus,
      omittedHeaderCount: a.omittedHeaderCount,
      responseBodyEncoding: a.responseBodyEncoding,
      responseBodyTruncated: a.responseBodyTruncated,
      errorCode: a.errorCode,
      errorMessage: a.errorMessage,
    },
    delivery: deliveryShown(d),
    destination: { id: destination.id, organizationId: destination.organizationId, name: destination.name },
  };
}

export function deliveryShown(d: DeliveryColumns): DeliveryShown {
  return {
    id: d.id,
    organizationId: d.organizationId,
    eventId: d.eventId,
    webhookId: d.webhookId,
    ruleId: d.ruleId,
    destinationId: d.destinationId,
    eventType: d.eventType,
    status: d.status,
    attemptCount: d.attemptCount,
    scheduledAttempts: d.scheduledAttempts,
    nextAttemptAt: epoch(d.nextAttemptAt),
    lastAttemptAt: epoch(d.lastAttemptAt),
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    completedAt: epoch(d.completedAt),
    createdAt: d.createdAt.getTime(),
  };
}

export function shownAttemptRow({ attempt, delivery, destination }: AttemptShown): ShownAttemptRow {
  return { ...attempt, sentAt: new Date(attempt.sentAt), delivery: { ...shownDeliveryRow(delivery), destination } };
}

export function shownDeliveryRow(delivery: DeliveryShown): DeliveryColumns {
  return {
    ...delivery,
    nextAttemptAt: date(delivery.nextAttemptAt),
    lastAttemptAt: date(delivery.lastAttemptAt),
    completedAt: date(delivery.completedAt),
    createdAt: new Date(delivery.createdAt),
  };
}
