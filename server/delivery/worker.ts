// The delivery worker: claims due deliveries in batches, fairly between
// destinations and organizations, sends them with bounded concurrency (per
// process, and per destination as its answers allow: see worker-load.ts and
// destination-limits.ts), honours each destination's rate limit, and on
// shutdown stops claiming, lets requests in flight finish within a deadline
// and gives the rest back. It claims a little ahead of its slots: a claim is
// a round trip to the database, and with deliveries queued in the worker the
// slots stay busy meanwhile instead of waiting for it.
import { randomUUID } from "node:crypto";
import { context, ROOT_CONTEXT, trace, type Context } from "@opentelemetry/api";
import { performance } from "node:perf_hooks";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Config } from "../config.ts";
import type { Runtime } from "../runtime.ts";
import { claimDueDeliveries, releaseDeliveries, type LoadedDelivery } from "./claim.ts";
import { attemptDeliveries, publishDeliveryChange } from "./deliver.ts";
import { createAttemptRecorder } from "./record-attempt.ts";
import { DestinationLimits, limitSignal } from "./destination-limits.ts";
import { WorkerLoad } from "./worker-load.ts";
import { failingExpiredLeases } from "./expired-leases.ts";
import { deliveryStatistics } from "./delivery-statistics.ts";
import { purgeExpiredHistory } from "../jobs/retention.ts";

export type WorkerOptions = Config["worker"];

const HOUSEKEEPING_INTERVAL_MS = 3600_000;

export interface DeliveryWorker {
  readonly id: string;
  start(): void;
  /** Claims and sends everything due now, waiting for it to finish (tests, benchmarks). */
  runOnce(): Promise<number>;
  stop(deadlineMs?: number): Promise<void>;
}

export function createDeliveryWorker(runtime: Runtime, options: WorkerOptions = runtime.config.worker): DeliveryWorker {
  const id = `worker-${randomUUID().slice(0, 8)}`;
  const inFlight = new Map<string, Promise<void>>();
  const limits = new DestinationLimits(options.perDestination);
  const load = new WorkerLoad(options, limits);
  const limiters = new Map<number, RateLimiterMemory>();
  const recorder = createAttemptRecorder(runtime.db.query);
  let running = false;
  // Set on stop: nothing queued starts any more (it is given back with the rest).
  let stopping = false;
  let loop: Promise<void> | undefined;
  // Deliveries claimed ahead, in the order they start as slots free up.
  const queue: { key: string; batch: LoadedDelivery[]; queuedAt: number; start: (nowMs: number) => void }[] = [];
  let wake: (() => void) | undefined;
  // A wake-up that came while the loop was claiming, not waiting: it claims again at once.
  let wokenWhileBusy = false;
  const poke = () => {
    if (wake) wake();
    else wokenWhileBusy = true;
  };
  const unsubscribe = runtime.wakeups.onWake(poke);
  // Claims are batched: after a claim, the loop waits until a quarter of the
  // concurrency (or half of what is in flight, when less is) has finished
  // before claiming again, rather than claiming each freed slot on its own.
  // The pipeline stays at least half full, at a claim per several deliveries.
  const quarter = Math.max(1, Math.floor(options.concurrency / 4));
  let finishedSinceClaim = 0;
  let claimAfter = 1;
  let nextSlowInMs: number | undefined;
  // Successes whose slot is free while their attempt waits to be recorded.
  let unrecorded = 0;

  const statistics = deliveryStatistics(runtime.db.query, (error) =>
    runtime.logger.warn({ err: error }, "refreshing the delivery table's statistics failed"),
  );

  const limiterFor = (perSecond: number) => {
    let limiter = limiters.get(perSecond);
    if (!limiter) limiters.set(perSecond, (limiter = new RateLimiterMemory({ points: perSecond, duration: 1 })));
    return limiter;
  };

  /** Waits for the destination's rate limit; returns false (and gives the deliveries back) when it must wait. */
  async function withinRateLimit(batch: LoadedDelivery[]): Promise<boolean> {
    const { destination } = batch[0];
    const perSecond = destination.rateLimitPerSecond;
    if (!perSecond) return true;
    try {
      await limiterFor(perSecond).consume(destination.id);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const ids = batch.map((d) => d.id);
      await releaseDeliveries(runtime.prisma, id, ids, new Date(runtime.clock.now().getTime() + rejection.msBeforeNext));
      return false;
    }
  }

  /**
   * Starts queued deliveries while there are slots. One queued for longer
   * than a quarter of its lease is given back rather than sent, so a lease
   * always outlasts its request (timeouts are at most 30 s, leases 60 s).
   */
  function startQueued(): void {
    if (queue.length === 0 || stopping) return;
    const nowMs = performance.now();
    let slots = load.slots(nowMs);
    for (let i = 0; slots > 0 && i < queue.length;) {
      const { key, batch, queuedAt, start } = queue[i];
      if (nowMs - queuedAt > options.leaseMs / 4) {
        queue.splice(i, 1);
        load.remove(key);
        releaseDeliveries(
          runtime.prisma,
          id,
          batch.map((d) => d.id),
          runtime.clock.now(),
        ).catch((error: unknown) =>
          runtime.logger.error(
            { err: error },
            "giving back deliveries queued too long failed; they are due again when their lease expires",
          ),
        );
        continue;
      }
      // Its destination has as many requests started as its limit allows: the next in the queue may go first.
      if (!load.mayStart(batch[0].destinationId)) {
        i++;
        continue;
      }
      queue.splice(i, 1);
      slots--;
      start(nowMs);
    }
  }

  /** Queues a request for `batch` (counted in flight from now on); it starts when a slot is free. */
  function enqueue(batch: LoadedDelivery[], claimContext: Context | undefined): void {
    const { destinationId, organizationId } = batch[0];
    const key = batch[0].id;
    load.add(key, { destinationId, organizationId });
    const start = (nowMs: number) => {
      load.start(key, nowMs);
      if (claimContext) context.with(claimContext, () => launch(key, batch));
      else launch(key, batch);
    };
    queue.push({ key, batch, queuedAt: performance.now(), start });
  }

  function launch(key: string, batch: LoadedDelivery[]): void {
    const { destinationId } = batch[0];
    // A success frees its slot once the receiver has answered: it is recorded
    // in the next group commit, and holding the slot meanwhile would bound
    // deliveries by the database's round trip, not by the receivers. The
    // delivery stays leased (SENDING) until recorded, so no claim takes it
    // again. At most `concurrency` successes wait for their record so; failures
    // (recorded one statement each) keep their slot until recorded.
    let freed = false;
    let recording = false;
    const free = () => {
      if (freed) return;
      freed = true;
      load.remove(key);
      finishedSinceClaim++;
      startQueued();
      if (finishedSinceClaim >= claimAfter || load.size === 0) poke();
    };
    const task = (async () => {
      try {
        if (!(await withinRateLimit(batch))) return;
        await attemptDeliveries(runtime, batch, "SCHEDULED", id, recorder, (result) => {
          limits.record(destinationId, limitSignal({ responseStatus: result.status ?? null }));
          const succeeded = result.status !== undefined && result.status >= 200 && result.status < 300;
          if (!succeeded || unrecorded >= options.concurrency) return;
          recording = true;
          unrecorded++;
          free();
        });
      } catch (error) {
        runtime.logger.error(
          { err: error, deliveries: batch.map((d) => d.id) },
          "delivery attempt failed unexpectedly; it is retried when its lease expires",
        );
      } finally {
        if (recording) unrecorded--;
        inFlight.delete(key);
        free();
      }
    })();
    inFlight.set(key, task);
  }

  /** A finished span for a claim that took `count` deliveries, as the context their attempts start in. */
  function claimSpanContext(startedAt: number, count: number): Context {
    const span = runtime.tracing.tracer.startSpan("claim", {
      root: true,
      startTime: startedAt,
      attributes: { "switchyard.worker.id": id, "switchyard.deliveries": count },
    });
    span.end();
    return trace.setSpan(ROOT_CONTEXT, span);
  }

  /**
   * Claims up to the free capacity, queues what it took and starts what the
   * slots allow. Returns the requests it queued, and whether it got all it
   * asked for (so more may be due).
   */
  async function claimAndLaunch(): Promise<{ requests: number; full: boolean }> {
    const room = load.room(performance.now());
    nextSlowInMs = room.nextSlowInMs;
    const free = room.free;
    if (free <= 0) return { requests: 0, full: false };
    const now = runtime.clock.now();
    const leaseUntil = new Date(now.getTime() + options.leaseMs);
    finishedSinceClaim = 0;
    const claimStarted = runtime.tracing.enabled ? Date.now() : 0;
    const claimed = await claimDueDeliveries(runtime.db.query, {
      workerId: id,
      now,
      leaseUntil,
      limit: free,
      perDestination: room.perDestination,
      allowance: room.allowance,
      organizationLoad: room.organizationLoad,
      excludedOrganizations: room.saturated,
    });
    // With a backlog (a claim that took a quarter of the concurrency or more), the statistics are refreshed now and then.
    statistics.afterClaim(claimed.length >= Math.min(free, quarter));
    if (claimed.length === 0) return { requests: 0, full: false };
    // The attempts started below link to the claim that took them (an empty claim leaves no span).
    const claimContext = runtime.tracing.enabled ? claimSpanContext(claimStarted, claimed.length) : undefined;
    let requests = 0;
    const queueRequest = (batch: LoadedDelivery[]) => {
      enqueue(batch, claimContext);
      requests++;
    };
    const rows = await failingExpiredLeases(runtime, id, claimed);
    for (const row of rows) publishDeliveryChange(runtime, row);
    // Batched webhooks: one request carries up to maxEventsPerRequest of their due deliveries.
    const groups = new Map<string, { rows: LoadedDelivery[]; max: number }>();
    for (const row of rows) {
      const max = row.webhook?.maxEventsPerRequest ?? 1;
      if (max <= 1 || !row.webhookId) {
        queueRequest([row]);
        continue;
      }
      const group = groups.get(row.webhookId) ?? { rows: [], max };
      group.rows.push(row);
      groups.set(row.webhookId, group);
    }
    for (const [webhookId, group] of groups) {
      const missing = group.max - (group.rows.length % group.max || group.max);
      if (missing > 0) {
        const more = await claimDueDeliveries(runtime.db.query, {
          workerId: id,
          now,
          leaseUntil,
          limit: missing,
          perDestination: missing,
          allowance: new Map(),
          organizationLoad: new Map(),
          webhookId,
        }).then((rows) => failingExpiredLeases(runtime, id, rows));
        for (const row of more) publishDeliveryChange(runtime, row);
        group.rows.push(...more);
      }
      for (let i = 0; i < group.rows.length; i += group.max) queueRequest(group.rows.slice(i, i + group.max));
    }
    startQueued();
    // Half of what is working or queued, not of what is waiting on slow receivers (their answers free no working slot).
    const pipeline = options.concurrency + options.claimAhead - load.room(performance.now()).free;
    claimAfter = Math.max(1, Math.min(quarter, Math.floor(pipeline / 2)));
    return { requests, full: claimed.length >= free };
  }

  async function run(): Promise<void> {
    while (running) {
      wokenWhileBusy = false;
      // Requests that turned slow have freed their slots for what is queued.
      startQueued();
      let full = false;
      try {
        full = (await claimAndLaunch()).full;
      } catch (error) {
        runtime.logger.error({ err: error }, "claiming deliveries failed; retrying");
      }
      if (!running) break;
      // Everything asked for was there: more may be due as soon as there is room.
      if ((full && load.room(performance.now()).free >= claimAfter) || wokenWhileBusy) continue;
      // A request turning slow frees its slot: look again then, if that comes before the next poll.
      const waitMs = Math.min(options.pollIntervalMs, nextSlowInMs === undefined ? Infinity : nextSlowInMs + 1);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, waitMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  }

  // Background housekeeping runs beside deliveries, hourly.
  let housekeeping: NodeJS.Timeout | undefined;
  const purge = () =>
    void purgeExpiredHistory(runtime).catch((error: unknown) => runtime.logger.error({ err: error }, "purging expired history failed"));

  return {
    id,
    start() {
      if (running) return;
      running = true;
      loop = run();
      purge();
      housekeeping = setInterval(purge, HOUSEKEEPING_INTERVAL_MS).unref();
      runtime.logger.info({ worker: id, concurrency: options.concurrency }, "delivery worker started");
    },
    async runOnce() {
      let total = 0;
      for (;;) {
        startQueued();
        const { requests } = await claimAndLaunch();
        if (requests === 0 && inFlight.size === 0 && queue.length === 0) return total;
        total += requests;
        await Promise.all(inFlight.values());
      }
    },
    async stop(deadlineMs = options.shutdownDeadlineMs) {
      running = false;
      stopping = true;
      clearInterval(housekeeping);
      poke();
      await loop;
      unsubscribe();
      // What is queued was never sent: it is given back below, with whatever else this worker holds.
      for (const { key } of queue.splice(0)) load.remove(key);
      const pending = [...inFlight.values()];
      if (pending.length > 0) {
        runtime.logger.info({ worker: id, inFlight: pending.length }, "waiting for deliveries in flight");
        const timedOut = await Promise.race([
          Promise.all(pending).then(() => false),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(true), deadlineMs).unref()),
        ]);
        if (timedOut) runtime.logger.warn({ worker: id }, "deliveries still in flight at the shutdown deadline are given back");
      }
      // Whatever this worker still holds is due again now, for another worker.
      const held = await runtime.prisma.delivery.findMany({ where: { status: "SENDING", leasedBy: id }, select: { id: true } });
      await releaseDeliveries(
        runtime.prisma,
        id,
        held.map((d) => d.id),
        runtime.clock.now(),
      );
    },
  };
}
