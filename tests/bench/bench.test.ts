// `npm run bench -- --quick` end to end: the harness starts its sink, its
// ceiling and a real Switchyard, runs every scenario, and writes results of
// the documented shape. It asserts no speed: tests check behaviour,
// benchmarks check speed. It measures the database the suite runs on
// (PostgreSQL when DATABASE_URL is set, the embedded one otherwise).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { parseOptions } from "../../bench/lib/options.ts";
import { runToEnd } from "../utils/processes.ts";
import { serverDatabaseUrl, serverRedisUrl } from "../utils/test-database.ts";

const target = serverDatabaseUrl ? "postgres" : "embedded";
const outDir = mkdtempSync(path.join(tmpdir(), "switchyard-bench-test-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const latency = z.object({
  count: z.number().int().positive(),
  p50: z.number(),
  p95: z.number(),
  p99: z.number(),
  max: z.number(),
  mean: z.number(),
});
const positive = z.number().positive().finite();
const figure = z.object({
  key: z.string().regex(/^[a-z0-9_]+$/),
  label: z.string().min(1),
  unit: z.enum(["/s", "ms"]),
  better: z.enum(["higher", "lower"]),
  switchyard: positive,
  ceiling: positive,
  ceilingLabel: z.string().min(1),
  ratio: positive,
  ceilingSamples: z.array(positive).min(1),
  goal: positive.optional(),
  atLeast: z.literal(true).optional(),
});
// The step search's figure is 0 when not even its first step was kept (a busy machine can do that to --quick's 10/s).
const highestRateKept = figure.extend({
  key: z.literal("highest_rate_kept_per_second"),
  switchyard: z.number().nonnegative(),
  ratio: z.number().nonnegative(),
});
const report = z.object({
  schema: z.literal("switchyard-bench/1"),
  date: z.iso.datetime(),
  quick: z.literal(true),
  seconds: positive,
  machine: z.object({
    node: z.string().startsWith("v"),
    platform: z.string(),
    cpuModel: z.string().min(1),
    cpuCores: z.number().int().positive(),
    memoryGiB: positive,
    loadAverageAtStart: z.array(z.number()).length(3),
    loadAverageAtEnd: z.array(z.number()).length(3),
    note: z.string().min(1),
  }),
  git: z.object({
    commit: z
      .string()
      .regex(/^[0-9a-f]{40}$/)
      .nullable(),
    branch: z.string().nullable(),
    dirty: z.boolean().nullable(),
  }),
  settings: z.record(z.string(), z.unknown()),
  results: z.array(
    z.object({
      scenario: z.string(),
      title: z.string(),
      target: z.enum(["embedded", "postgres"]),
      ok: z.boolean(),
      error: z.string().optional(),
      seconds: positive,
      loadAverage1m: z.number().nonnegative(),
      parameters: z.record(z.string(), z.unknown()),
      figures: z.array(z.union([highestRateKept, figure])),
      ceilingRuns: z.array(
        z.object({
          when: z.string(),
          requests: z.number().int().positive(),
          concurrency: z.number().int().positive(),
          perSecond: positive,
          latency,
        }),
      ),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
  skipped: z.array(z.string()),
});

describe("npm run bench -- --quick", () => {
  it(`runs every scenario on the ${target} database and writes latest.json and latest.md`, async () => {
    // On the embedded database, start from the suite's migrated template rather than migrating another (seconds saved).
    const template = inject("databaseTemplate");
    const fromTemplate = template.kind === "embedded" ? ["--embedded-template", template.dumpFile] : [];
    const { code, output } = await runToEnd("npm", [
      "run",
      "--silent",
      "bench",
      "--",
      "--quick",
      "--targets",
      target,
      "--out",
      outDir,
      ...fromTemplate,
    ]);
    expect(code, output).toBe(0);

    const written = report.parse(JSON.parse(readFileSync(path.join(outDir, "latest.json"), "utf8")));
    // Every scenario there is (the runner lists them in the settings), on this target.
    const names = written.settings.scenarios as string[];
    expect(names).toEqual(
      expect.arrayContaining([
        "publish",
        "throughput",
        "throughput-signed",
        "latency",
        "ingest",
        "live-feed",
        "noisy-neighbour",
        "heavy-reads",
        "held-backlog",
        "sustained",
        "steps",
        "overload",
        "scale-out",
        "live-feed-busy",
        "overview",
      ]),
    );
    // Scale-out needs PostgreSQL and Redis, heavy-reads PostgreSQL; each is listed as skipped, with why, where it cannot run.
    const skippedHere = written.skipped
      .filter((s) => s.startsWith(`${target} · `))
      .map((s) => s.slice(`${target} · `.length).split(":")[0]);
    const cannotRun = [
      ...(target === "postgres" ? [] : ["heavy-reads"]),
      ...(target === "postgres" && serverRedisUrl ? [] : ["scale-out"]),
    ];
    expect(skippedHere).toEqual(cannotRun);
    expect(written.results.map((r) => [r.target, r.scenario])).toEqual(
      names.filter((name) => !skippedHere.includes(name)).map((name) => [target, name]),
    );
    for (const result of written.results) {
      expect(result.ok, result.error).toBe(true);
      expect(result.figures.length).toBeGreaterThan(0);
      for (const f of result.figures) {
        // Each figure carries the ceiling measured beside it, and their ratio.
        expect(f.ratio).toBeCloseTo(f.switchyard / f.ceiling, 9);
        expect(f.ceiling).toBeCloseTo(f.ceilingSamples.reduce((a, b) => a + b, 0) / f.ceilingSamples.length, 9);
      }
      // Everything published arrived, once, and Switchyard recorded every delivery as succeeded at the first attempt.
      if ("duplicates" in result.details) expect(result.details).toMatchObject({ duplicates: 0, unparsed: 0 });
      if ("deliveries" in result.details)
        expect(result.details).toMatchObject({ deliveries: { SUCCEEDED: expect.any(Number) }, failedAttempts: 0 });
      if ("deliveries" in result.details) expect(Object.keys(result.details.deliveries as object)).toEqual(["SUCCEEDED"]);
    }
    // The scenarios of Switchyard in its own process under open-loop load, and of the live feed while busy.
    const result = (name: string) => written.results.find((r) => r.scenario === name)!;
    const keysOf = (name: string) => result(name).figures.map((f) => f.key);
    expect(keysOf("sustained")).toEqual([
      "sustained_accepted_per_second",
      "sustained_deliveries_per_second",
      "sustained_latency_p50_ms",
      "sustained_latency_p95_ms",
      "sustained_latency_p99_ms",
    ]);
    const rateRun = z.object({
      ratePerSecond: positive,
      offered: z.number().int().positive(),
      accepted: z.number().int().positive(),
      outcomes: z.record(z.string(), z.number().int().positive()),
      withRetryAfter: z.number().int().nonnegative(),
      drain: z.object({ deliveries: z.number().int().nonnegative(), seconds: z.number(), perSecond: positive.nullable() }),
      latency,
      leftBehind: z.literal(0),
      duplicates: z.literal(0),
    });
    for (const name of ["sustained", "overload"]) {
      const details = rateRun.parse(result(name).details);
      // Every call was answered and counted by its outcome.
      expect(Object.values(details.outcomes).reduce((a, b) => a + b, 0)).toBe(details.offered);
    }
    expect(keysOf("ingest")).toEqual(["ingest_accepted_per_second", "ingest_latency_p50_ms", "ingest_latency_p99_ms"]);
    expect(keysOf("steps")).toEqual(["highest_rate_kept_per_second"]);
    const steps = z
      .array(z.object({ run: rateRun, kept: z.boolean() }))
      .min(1)
      .parse(result("steps").details.steps);
    // 0 when no step was kept (see highestRateKept above), not Math.max() of nothing.
    expect(result("steps").details.highest).toBe(Math.max(0, ...steps.filter((s) => s.kept).map((s) => s.run.ratePerSecond)));
    expect(keysOf("overload")).toEqual(["overload_accepted_per_second", "overload_deliveries_per_second"]);
    const highest = result("steps").details.highest as number;
    expect(result("overload").parameters.ratePerSecond).toBe(highest > 0 ? 2 * highest : steps[0].run.ratePerSecond);
    expect(keysOf("live-feed-busy")).toEqual(["live_feed_busy_p50_ms", "live_feed_busy_p99_ms", "live_feed_busy_deliveries_per_second"]);
    expect(result("live-feed-busy").details).toMatchObject({ missed: 0 });
    // The overview read the seeded history: the last day's share of it, and the due deliveries (counted up to its limit).
    expect(keysOf("overview")).toEqual(["overview_p50_ms", "overview_p95_ms"]);
    expect(result("overview").details.attemptsInLastDay).toBeGreaterThan(0);
    expect(result("overview").details.dueNow).toBeGreaterThanOrEqual(50);
    if (!skippedHere.includes("scale-out")) {
      expect(keysOf("scale-out")).toEqual([
        "scale_out_1_worker_deliveries_per_second",
        "scale_out_2_workers_deliveries_per_second",
        "scale_out_2_vs_1_worker",
      ]);
      expect(result("scale-out").details.runs).toMatchObject([
        { workers: 1, duplicates: 0 },
        { workers: 2, duplicates: 0 },
      ]);
    }

    const keys = written.results.flatMap((r) => r.figures.map((f) => `${r.target}/${r.scenario}/${f.key}`));
    expect(new Set(keys).size).toBe(keys.length);

    const md = readFileSync(path.join(outDir, "latest.md"), "utf8");
    expect(md).toContain("| database | figure | Switchyard | ceiling (raw HTTP) | Switchyard vs ceiling |");
    for (const f of written.results.flatMap((r) => r.figures)) expect(md).toContain(`| ${target} | ${f.label} |`);
    expect(output).toContain("| database | figure |");
    expect(readdirSync(outDir).sort()).toEqual(["latest.json", "latest.md"]);

    if (target === "postgres") {
      // Every scratch database the run created (one per Switchyard: noisy-neighbour starts one per run) is gone.
      for (const result of written.results) expect((result.details.databases as string[] | undefined)?.length).toBeGreaterThan(0);
      const databases = written.results.flatMap((r) => (r.details.databases as string[] | undefined) ?? []);
      const client = new pg.Client({ connectionString: serverDatabaseUrl });
      await client.connect();
      try {
        const left = await client.query("SELECT datname FROM pg_database WHERE datname = ANY($1)", [databases]);
        expect(left.rows).toEqual([]);
      } finally {
        await client.end();
      }
    }
  }, 360_000);

  it("reads its options from flags and BENCH_* variables, and refuses bad ones", () => {
    expect(parseOptions(["--quick"], {})).toMatchObject({ quick: true, targets: ["embedded"], events: 30 });
    expect(parseOptions([], { DATABASE_URL: "postgresql://root@db/x" })).toMatchObject({
      quick: false,
      targets: ["embedded", "postgres"],
      events: 1000,
    });
    expect(parseOptions(["--batch", "100"], { BENCH_EVENTS: "3000" })).toMatchObject({ events: 3000, batch: 100 });
    expect(parseOptions(["--noisy-neighbours", "6,50,6"], {})).toMatchObject({ noisyNeighbours: [6, 50], noisyTimeoutMs: 30_000 });
    expect(parseOptions([], {})).toMatchObject({
      sustainedRate: undefined,
      sustainedSeconds: 30,
      steps: [100, 250, 500, 750, 1000, 1500, 2000],
    });
    expect(parseOptions(["--steps", "50,100,50", "--sustained-rate", "800"], { REDIS_URL: "redis://r:6379" })).toMatchObject({
      steps: [50, 100],
      sustainedRate: 800,
      redisUrl: "redis://r:6379",
    });
    expect(parseOptions(["--help"], {})).toBe("help");
    expect(() => parseOptions(["--events=abc"], {})).toThrow("--events must be a positive number");
    expect(() => parseOptions(["--targets", "postgres"], {})).toThrow("needs DATABASE_URL");
    expect(() => parseOptions(["--nonsense"], {})).toThrow();
  });
});
