// What the live feed shows of an attempt travels with the item: the attempt,
// its delivery as it stands after it, and its destination's name. A hundred
// dashboards watching a busy organization then need no database read per item
// (one read each waited behind the engine's own statements, ~13 ms at 1,000
// deliveries/s). Columns that can be large (headers, bodies) are left out:
// a subscriber asking for them gets the row read from the database instead.
import type { Attempt, Delivery, Destination } from "../db/generated/client.ts";

const attemptColumns = [
  "id",
  "organizationId",
  "deliveryId",
  "destinationId",
  "eventId",
  "number",
  "trigger",
  "succeeded",
  "durationMs",
  "url",
  "batchLeaderId",
  "responseStatus",
  "omittedHeaderCount",
  "responseBodyEncoding",
  "responseBodyTruncated",
  "errorCode",
  "errorMessage",
] as const satisfies readonly (keyof Attempt)[];

const deliveryColumns = [
  "id",
  "organizationId",
  "eventId",
  "webhookId",
  "ruleId",
  "destinationId",
  "eventType",
  "status",
  "attemptCount",
  "scheduledAttempts",
  "lastStatusCode",
  "lastError",
] as const satisfies readonly (keyof Delivery)[];

const deliveryDates = ["nextAttemptAt", "lastAttemptAt", "completedAt", "createdAt"] as const satisfies readonly (keyof Delivery)[];

type Epochs<T, K extends keyof T> = { [P in K]: null extends T[P] ? number | null : number };

/** Dates as epoch milliseconds: the item crosses Redis as JSON. */
export interface AttemptShown {
  attempt: Pick<Attempt, (typeof attemptColumns)[number]> & { sentAt: number };
  delivery: Pick<Delivery, (typeof deliveryColumns)[number]> & Epochs<Delivery, (typeof deliveryDates)[number]>;
  destination: Pick<Destination, "id" | "organizationId" | "name">;
}

type AttemptColumns = Pick<Attempt, (typeof attemptColumns)[number] | "sentAt">;
type DeliveryColumns = Pick<Delivery, (typeof deliveryColumns)[number] | (typeof deliveryDates)[number]>;
type DestinationColumns = AttemptShown["destination"];

/** The rows as the database would give them, minus what AttemptShown leaves out. */
export type ShownAttemptRow = AttemptColumns & { delivery: DeliveryColumns & { destination: DestinationColumns } };

const selectOf = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, true])) as Record<K, true>;

/** A Prisma select of an attempt that reads what attemptShown needs (its delivery and destination too). */
export const attemptShownSelect = {
  ...selectOf([...attemptColumns, "sentAt"]),
  delivery: {
    select: { ...selectOf([...deliveryColumns, ...deliveryDates]), destination: { select: selectOf(["id", "organizationId", "name"]) } },
  },
} as const;

function pick<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = row[key];
  return picked;
}

export function attemptShown(attempt: AttemptColumns, delivery: DeliveryColumns, destination: DestinationColumns): AttemptShown {
  const dates = {} as Epochs<Delivery, (typeof deliveryDates)[number]>;
  for (const key of deliveryDates) (dates as Record<string, number | null>)[key] = delivery[key]?.getTime() ?? null;
  return {
    attempt: { ...pick(attempt, attemptColumns), sentAt: attempt.sentAt.getTime() },
    delivery: { ...pick(delivery, deliveryColumns), ...dates },
    destination: pick(destination, ["id", "organizationId", "name"]),
  };
}

export function shownAttemptRow(shown: AttemptShown): ShownAttemptRow {
  const dates = {} as { [P in (typeof deliveryDates)[number]]: Delivery[P] };
  for (const key of deliveryDates) {
    const at = shown.delivery[key];
    (dates as Record<string, Date | null>)[key] = at === null ? null : new Date(at);
  }
  return {
    ...shown.attempt,
    sentAt: new Date(shown.attempt.sentAt),
    delivery: { ...shown.delivery, ...dates, destination: shown.destination },
  };
}
