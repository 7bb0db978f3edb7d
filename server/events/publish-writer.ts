// The publish write, and the group commit of concurrent calls. One statement
// claims the idempotency keys, inserts the events and, for those whose key
// was not already taken, their deliveries, marks the webhooks triggered and
// records why on rules whose condition could not decide an event: one atomic
// step, so an event is never stored without its fan-out.
//
// Per statement, Prisma, the driver and the database's parse and plan cost
// far more than rows do, so calls of one organization that arrive while its
// statement runs are written together by the next one (group commit, no
// timer): a lone call goes at once, and under load each statement carries
// many. A call is never split, so "all of a call or none" holds; a group
// that fails is written again one call at a time, so only the faulty call
// fails.
import { Prisma, type EventSource } from "../db/generated/client.ts";
import { columnsOf, splitRow } from "../db/aliased-columns.ts";
import type { Runtime } from "../runtime.ts";
import { prismaQuery, type RawQuery } from "../db/database.ts";
import { organization, tenantQuery, tenantSql, type TenantClient } from "../tenancy/tenant-db.ts";

export const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;

// Enough to share a statement's fixed cost, small enough that one statement stays short.
const MAX_EVENTS_PER_STATEMENT = 1000;

export interface EventRow {
  id: string;
  type: string;
  payload: unknown;
  programId: string | null;
  idempotencyKey: string | null;
  occurredAt: Date;
  /** The publish span's, when tracing is on. */
  traceparent?: string;
}

export interface DeliveryRow {
  id: string;
  eventId: string;
  webhookId: string | null;
  ruleId: string | null;
  destinationId: string;
  eventType: string;
  retrySchedule: number[];
}

/** A rule whose condition could not decide an event of this call (it ran out of steps, say), with why. */
export interface RuleProblem {
  id: string;
  message: string;
}

/** One call's write. */
export interface PublishWrite {
  events: EventRow[];
  deliveries: DeliveryRow[];
  ruleProblems: RuleProblem[];
  source: EventSource;
  /** Write only if the organization's routing version is still this one; null writes regardless. */
  routingVersion: string | null;
}

/** For each event of the call, in order: the event its key names (`e`, null when not visible to the statement) and its id (`v.eventId`). */
export type WrittenRow = Record<string, Record<string, unknown>>;

const eventColumns = columnsOf("e", Object.values(Prisma.EventScalarFieldEnum));

/**
 * The write of several calls of one organization. `v.job` says whose row it
 * is; a call whose routing version is stale writes nothing and gets no row.
 *
 * A live key's row is updated to itself rather than skipped, so RETURNING
 * names its event even when a concurrent publisher of the same key committed
 * after this statement began (ON CONFLICT waits for it, then sees its row).
 * That event is then newer than this statement's snapshot, so the final
 * SELECT does not see it: the caller reads it again.
 */
function publishStatement(writes: PublishWrite[], now: Date): Prisma.Sql {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS);
  const events = writes.flatMap((write, job) =>
    write.events.map((event, position) => ({ ...event, job, position, source: write.source, routingVersion: write.routingVersion })),
  );
  const deliveries = writes.flatMap((write) => write.deliveries);
  const ruleProblems = writes.flatMap((write) => write.ruleProblems);
  return tenantSql`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(events)}::jsonb) AS v(
        job int, position int, id text, type text, payload jsonb, "programId" text, "idempotencyKey" text, "occurredAt" timestamptz,
        source text, "routingVersion" bigint, traceparent text)
      WHERE v."routingVersion" IS NULL
        OR v."routingVersion" = (SELECT COALESCE(max(r.version), 0) FROM "RoutingVersion" r WHERE r."organizationId" = ${organization})
    ),
    keys AS (
      INSERT INTO "IdempotencyKey" ("organizationId", "key", "eventId", "createdAt")
      SELECT ${organization}, v."idempotencyKey", v.id, ${now} FROM input v WHERE v."idempotencyKey" IS NOT NULL
      ON CONFLICT ("organizationId", "key") DO UPDATE SET
        "eventId" = CASE WHEN "IdempotencyKey"."createdAt" < ${cutoff} THEN EXCLUDED."eventId" ELSE "IdempotencyKey"."eventId" END,
        "createdAt" = CASE WHEN "IdempotencyKey"."createdAt" < ${cutoff} THEN EXCLUDED."createdAt" ELSE "IdempotencyKey"."createdAt" END
      RETURNING "key", "eventId"
    ),
    named AS (
      SELECT v.*, COALESCE(k."eventId", v.id) AS "eventId" FROM input v LEFT JOIN keys k ON k."key" = v."idempotencyKey"
    ),
    inserted AS (
      INSERT INTO "Event" ("id", "organizationId", "type", "payload", "source", "programId", "idempotencyKey", "occurredAt", "createdAt", "traceparent")
      SELECT v.id, ${organization}, v.type, v.payload, v.source::"EventSource", v."programId", v."idempotencyKey", v."occurredAt", ${now}, v.traceparent
      FROM named v WHERE v."eventId" = v.id
      RETURNING *
    ),
    fanned AS (
      INSERT INTO "Delivery" ("id", "organizationId", "eventId", "webhookId", "ruleId", "destinationId", "eventType", "retrySchedule",
        "nextAttemptAt", "createdAt", "updatedAt")
      SELECT d.id, ${organization}, d."eventId", d."webhookId", d."ruleId", d."destinationId", d."eventType", d."retrySchedule", ${now}, ${now}, ${now}
      FROM jsonb_to_recordset(${JSON.stringify(deliveries)}::jsonb) AS d(
        id text, "eventId" text, "webhookId" text, "ruleId" text, "destinationId" text, "eventType" text, "retrySchedule" int[])
      WHERE d."eventId" IN (SELECT id FROM inserted)
      RETURNING "webhookId"
    ),
    triggered AS (
      UPDATE "Webhook" SET "lastTriggeredAt" = ${now}, "updatedAt" = ${now}
      WHERE id IN (SELECT "webhookId" FROM fanned) AND "organizationId" = ${organization}
    ),
    rule_problems AS (
      UPDATE "NotificationRule" r SET "lastEvaluationError" = o.message, "lastEvaluationErrorAt" = ${now}
      FROM jsonb_to_recordset(${JSON.stringify(ruleProblems)}::jsonb) AS o(id text, message text)
      WHERE r.id = o.id AND r."organizationId" = ${organization}
    )
    SELECT v.job AS "v.job", v."eventId" AS "v.eventId", (SELECT count(*)::int FROM fanned) AS "v.deliveries", ${eventColumns}
    FROM named v
    LEFT JOIN (SELECT * FROM inserted UNION ALL SELECT * FROM "Event" WHERE id IN (SELECT "eventId" FROM keys) AND "organizationId" = ${organization}) e ON e.id = v."eventId"
    ORDER BY v.job, v.position`;
}

/** One call's write on a transaction (a change's system event): alone, so it commits or rolls back with the change. */
export async function writeInTransaction(
  db: TenantClient,
  write: PublishWrite,
  now: Date,
): Promise<{ rows: WrittenRow[] | undefined; fannedOut: boolean }> {
  const { rows, fannedOut } = await runWrite(prismaQuery(db), [write], now);
  return { rows: rows.length > 0 ? rows : undefined, fannedOut };
}

/** The write of these calls on `db`, and whether it created any delivery (the workers then need waking). */
async function runWrite(query: RawQuery, writes: PublishWrite[], now: Date): Promise<{ rows: WrittenRow[]; fannedOut: boolean }> {
  const rows = (await query(publishStatement(writes, now))).map(splitRow);
  return { rows, fannedOut: (rows[0]?.v.deliveries as number) > 0 };
}

interface Waiting {
  write: PublishWrite;
  keys: string[];
  resolve: (rows: WrittenRow[] | undefined) => void;
  reject: (error: unknown) => void;
}

/** One organization's calls: the statement running, and the calls waiting for the next. */
interface Queue {
  /** The organization's statements, straight to the driver: they run outside any transaction. */
  query: RawQuery;
  running: boolean;
  waiting: Waiting[];
}

export class PublishWriter {
  readonly #queues = new Map<string, Queue>();

  constructor(private readonly runtime: Runtime) {}

  /** Writes one call; resolves with its rows in order, or undefined when its routing version was stale and nothing was written. */
  write(organizationId: string, write: PublishWrite): Promise<WrittenRow[] | undefined> {
    let queue = this.#queues.get(organizationId);
    if (!queue) {
      queue = { query: tenantQuery(this.runtime.db.query, organizationId), running: false, waiting: [] };
      this.#queues.set(organizationId, queue);
    }
    const keys = write.events.flatMap((event) => (event.idempotencyKey === null ? [] : [event.idempotencyKey]));
    const written = new Promise<WrittenRow[] | undefined>((resolve, reject) => queue.waiting.push({ write, keys, resolve, reject }));
    if (!queue.running) void this.#drain(organizationId, queue);
    return written;
  }

  async #drain(organizationId: string, queue: Queue): Promise<void> {
    queue.running = true;
    while (queue.waiting.length > 0) {
      const group = takeGroup(queue.waiting);
      try {
        this.#settle(
          group,
          await this.#run(
            queue.query,
            group.map((item) => item.write),
          ),
        );
      } catch (error) {
        if (group.length === 1) group[0].reject(error);
        else for (const item of group) await this.#run(queue.query, [item.write]).then((rows) => this.#settle([item], rows), item.reject);
      }
    }
    queue.running = false;
    // Idle organizations keep no queue (nor handle).
    this.#queues.delete(organizationId);
  }

  async #run(query: RawQuery, writes: PublishWrite[]): Promise<WrittenRow[]> {
    const { rows, fannedOut } = await runWrite(query, writes, this.runtime.clock.now());
    if (fannedOut) this.runtime.wakeups.notify();
    return rows;
  }

  #settle(group: Waiting[], rows: WrittenRow[]): void {
    const byJob = group.map((): WrittenRow[] => []);
    for (const row of rows) byJob[row.v.job as number].push(row);
    group.forEach((item, job) => item.resolve(byJob[job].length > 0 ? byJob[job] : undefined));
  }
}

/**
 * The waiting calls the next statement takes, in order of arrival, up to the
 * size bound; a call that repeats an idempotency key of one already taken
 * waits for the statement after (one statement cannot claim a key twice).
 */
function takeGroup(waiting: Waiting[]): Waiting[] {
  const group: Waiting[] = [];
  const keys = new Set<string>();
  let events = 0;
  for (let i = 0; i < waiting.length;) {
    const item = waiting[i];
    const fits = group.length === 0 || events + item.write.events.length <= MAX_EVENTS_PER_STATEMENT;
    if (!fits) break;
    if (item.keys.some((key) => keys.has(key))) {
      i++;
      continue;
    }
    waiting.splice(i, 1);
    group.push(item);
    events += item.write.events.length;
    for (const key of item.keys) keys.add(key);
  }
  return group;
}

const writers = new WeakMap<Runtime, PublishWriter>();

/** The process's writer (one per runtime, so operations need no new argument). */
export function publishWriterOf(runtime: Runtime): PublishWriter {
  let writer = writers.get(runtime);
  if (!writer) writers.set(runtime, (writer = new PublishWriter(runtime)));
  return writer;
}
