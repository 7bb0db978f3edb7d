// One clock for every process of a benchmark run: process.hrtime is the
// system-wide monotonic clock (CLOCK_MONOTONIC on Linux), so a time taken in
// the sink's process and one taken in the benchmark's compare directly.
// (performance.now() would not: each process counts from its own start.)
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `fn` `count` times at a steady rate without waiting for the previous call (open loop); resolves when all calls have. */
export async function paced(count: number, ratePerSecond: number, fn: (index: number) => Promise<void>): Promise<void> {
  const interval = 1000 / ratePerSecond;
  const start = monotonicMs();
  const calls: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = start + i * interval - monotonicMs();
    if (wait > 0) await sleep(wait);
    calls.push(fn(i));
  }
  await Promise.all(calls);
}
