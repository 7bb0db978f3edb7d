// The delivery worker: claims due deliveries in batches, sends them with
// bounded concurrency (per process and per destination), honours each
// destination's rate limit, and on shutdown stops claiming, lets requests in
// flight finish within a deadline and gives the rest back.
import { randomUUID } from "node:crypto";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Config } from "../config.ts";
import type { Runtime } from "../runtime.ts";
import { claimDueDeliveries, releaseDeliveries } from "./claim.ts";
import { attemptDeliveries, publishDeliveryChange } from "./deliver.ts";
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
  const perDestination = new Map<string, number>();
  const limiters = new Map<number, RateLimiterMemory>();
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const unsubscribe = runtime.wakeups.onWake(() => wake?.());

  const limiterFor = (perSecond: number) => {
    let limiter = limiters.get(perSecond);
    if (!limiter) limiters.set(perSecond, (limiter = new RateLimiterMemory({ points: perSecond, duration: 1 })));
    return limiter;
  };

  /** Waits for the destination's rate limit; returns false (and gives the deliveries back) when it must wait. */
  async function withinRateLimit(ids: string[]): Promise<boolean> {
    const first = await runtime.prisma.delivery.findUnique({ where: { id: ids[0] }, select: { destinationId: true, destination: { select: { rateLimitPerSecond: true } } } });
    const perSecond = first?.destination.rateLimitPerSecond;
    if (!first || !perSecond) return true;
    try {
      await limiterFor(perSecond).consume(first.destinationId);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      await releaseDeliveries(runtime.prisma, id, ids, new Date(runtime.clock.now().getTime() + rejection.msBeforeNext));
      return false;
    }
  }

  function launch(ids: string[], destinationId: string): Promise<void> {
    perDestination.set(destinationId, (perDestination.get(destinationId) ?? 0) + 1);
    const task = (async () => {
      try {
        if (await withinRateLimit(ids)) await attemptDeliveries(runtime, ids, "SCHEDULED", id);
      } catch (error) {
        runtime.logger.error({ err: error, deliveries: ids }, "delivery attempt failed unexpectedly; it is retried when its lease expires");
      } finally {
        const left = (perDestination.get(destinationId) ?? 1) - 1;
        if (left > 0) perDestination.set(destinationId, left);
        else perDestination.delete(destinationId);
        inFlight.delete(ids[0]);
        wake?.();
      }
    })();
    inFlight.set(ids[0], task);
    return task;
  }

  /** Claims up to the free capacity and starts sending; returns how many requests it started. */
  async function claimAndLaunch(): Promise<Promise<void>[]> {
    const free = options.concurrency - inFlight.size;
    if (free <= 0) return [];
    const now = runtime.clock.now();
    const leaseUntil = new Date(now.getTime() + options.leaseMs);
    const excluded = [...perDestination].filter(([, n]) => n >= options.perDestination).map(([d]) => d);
    const claimed = await claimDueDeliveries(runtime.prisma, { workerId: id, now, leaseUntil, limit: free, excludedDestinationIds: excluded });
    if (claimed.length === 0) return [];
    const rows = await runtime.prisma.delivery.findMany({
      where: { id: { in: claimed } },
      include: { webhook: { select: { maxEventsPerRequest: true } } },
      orderBy: { nextAttemptAt: "asc" },
    });
    for (const row of rows) publishDeliveryChange(runtime, row);
    // Batched webhooks: one request carries up to maxEventsPerRequest of their due deliveries.
    const groups = new Map<string, { ids: string[]; destinationId: string; max: number }>();
    const tasks: Promise<void>[] = [];
    for (const row of rows) {
      const max = row.webhook?.maxEventsPerRequest ?? 1;
      if (max <= 1 || !row.webhookId) {
        tasks.push(launch([row.id], row.destinationId));
        continue;
      }
      const group = groups.get(row.webhookId) ?? { ids: [], destinationId: row.destinationId, max };
      group.ids.push(row.id);
      groups.set(row.webhookId, group);
    }
    for (const [webhookId, group] of groups) {
      const missing = group.max - (group.ids.length % group.max || group.max);
      if (missing > 0) {
        const more = await claimDueDeliveries(runtime.prisma, { workerId: id, now, leaseUntil, limit: missing, excludedDestinationIds: [], webhookId });
        group.ids.push(...more);
      }
      for (let i = 0; i < group.ids.length; i += group.max) tasks.push(launch(group.ids.slice(i, i + group.max), group.destinationId));
    }
    return tasks;
  }

  async function run(): Promise<void> {
    while (running) {
      let started: Promise<void>[] = [];
      try {
        started = await claimAndLaunch();
      } catch (error) {
        runtime.logger.error({ err: error }, "claiming deliveries failed; retrying");
      }
      if (!running) break;
      if (started.length > 0 && inFlight.size < options.concurrency) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollIntervalMs);
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
        const tasks = await claimAndLaunch();
        if (tasks.length === 0 && inFlight.size === 0) return total;
        total += tasks.length;
        await Promise.all(inFlight.values());
      }
    },
    async stop(deadlineMs = options.shutdownDeadlineMs) {
      running = false;
      clearInterval(housekeeping);
      wake?.();
      await loop;
      unsubscribe();
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
      await releaseDeliveries(runtime.prisma, id, held.map((d) => d.id), runtime.clock.now());
    },
  };
}
