// What a run found, and how it is written: bench/results/latest.json for
// machines, latest.md (and the console) for people. Every Switchyard figure
// carries the ceiling measured beside it in the same run, and the ratio.
import { execFileSync } from "node:child_process";
import { renameSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "./sink.ts";
import type { LatencySummary } from "./latency.ts";
import type { TargetName } from "./switchyard.ts";

export type Unit = "/s" | "ms";

export interface Figure {
  /** Stable key, e.g. "deliveries_per_second"; with target and scenario it names the figure across runs. */
  key: string;
  /** What Switchyard's number is, for people. */
  label: string;
  unit: Unit;
  /** Higher is better for rates, lower for latencies. */
  better: "higher" | "lower";
  switchyard: number;
  /** The same measurement on raw HTTP to the same sink, in the same run. */
  ceiling: number;
  /** What the ceiling is, for people. */
  ceilingLabel: string;
  /** switchyard / ceiling. */
  ratio: number;
  /** Each ceiling measurement the ceiling is the mean of (before and after Switchyard's, where it was measured apart). */
  ceilingSamples: number[];
  /** What Switchyard's figure should reach: at most this for a latency, at least this for a rate. */
  goal?: number;
  /** Switchyard's figure is a lower bound: some of what it measures had not finished when the run stopped waiting. */
  atLeast?: boolean;
}

export interface CeilingRun {
  when: string;
  requests: number;
  meanBodyBytes: number;
  concurrency: number;
  perSecond: number;
  latency: LatencySummary;
}

export interface ScenarioResult {
  scenario: string;
  title: string;
  target: TargetName;
  ok: boolean;
  error?: string;
  seconds: number;
  /** The machine's 1-minute load average when the scenario started (2 cores: above 2, something else wanted the CPU too). */
  loadAverage1m: number;
  parameters: Record<string, unknown>;
  figures: Figure[];
  /** Raw ceiling runs behind the figures, when the scenario made any apart from Switchyard's. */
  ceilingRuns: CeilingRun[];
  /** Anything else worth keeping: latency summaries, sanity counts. */
  details: Record<string, unknown>;
}

export interface BenchReport {
  schema: "switchyard-bench/1";
  date: string;
  quick: boolean;
  seconds: number;
  machine: {
    node: string;
    platform: string;
    cpuModel: string;
    cpuCores: number;
    memoryGiB: number;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
    note: string;
  };
  git: { commit: string | null; branch: string | null; dirty: boolean | null };
  settings: Record<string, unknown>;
  results: ScenarioResult[];
  skipped: string[];
}

export function figure(input: Omit<Figure, "ceiling" | "ratio"> & { ceilingSamples: number[] }): Figure {
  const ceiling = input.ceilingSamples.reduce((a, b) => a + b, 0) / input.ceilingSamples.length;
  return { ...input, ceiling, ratio: ceiling > 0 ? input.switchyard / ceiling : Number.NaN };
}

function git(args: string[]): string | null {
  try {
    return execFileSync("git", args, { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

export function gitInfo(): BenchReport["git"] {
  const status = git(["status", "--porcelain", "--untracked-files=no"]);
  return {
    commit: git(["rev-parse", "HEAD"]),
    branch: git(["rev-parse", "--abbrev-ref", "HEAD"]),
    dirty: status === null ? null : status.length > 0,
  };
}

export function machineInfo(): Omit<BenchReport["machine"], "loadAverageAtEnd"> {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    cpuCores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    note: "Shared, noisy machine: compare each figure with the ceiling measured beside it, not with other runs.",
  };
}

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return "–";
  if (unit === "ms") return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : integer.format(value)} ms`;
  return `${value < 100 ? value.toFixed(1) : integer.format(value)}/s`;
}

/** The ceiling, and how far apart its samples were (before and after): a wide spread means the machine was busy meanwhile. */
function formatCeiling(f: Figure): string {
  const value = formatValue(f.ceiling, f.unit);
  if (f.ceilingSamples.length < 2 || !(f.ceiling > 0)) return value;
  const spread = (Math.max(...f.ceilingSamples) - Math.min(...f.ceilingSamples)) / 2 / f.ceiling;
  return `${value} ±${Math.round(spread * 100)} %`;
}

/** Switchyard's figure, "≥" when a lower bound, and its goal, met or missed. */
export function formatSwitchyard(f: Figure): string {
  const value = `${f.atLeast ? "≥ " : ""}${formatValue(f.switchyard, f.unit)}`;
  if (f.goal === undefined) return value;
  const met = f.better === "lower" ? f.switchyard <= f.goal && !f.atLeast : f.switchyard >= f.goal;
  return `${value} (goal ${f.better === "lower" ? "≤" : "≥"} ${formatValue(f.goal, f.unit)}: ${met ? "met" : "missed"})`;
}

/** Rates as a share of the ceiling, latencies as a multiple of it. */
export function formatRatio(f: Figure): string {
  if (!Number.isFinite(f.ratio)) return "–";
  if (f.better === "higher") {
    const percent = f.ratio * 100;
    return `${percent < 1 ? percent.toFixed(2) : percent < 10 ? percent.toFixed(1) : percent.toFixed(0)} % of it`;
  }
  return `${f.ratio < 10 ? f.ratio.toFixed(1) : integer.format(f.ratio)} × it`;
}

function row(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
}

export function markdown(report: BenchReport): string {
  const lines: string[] = [];
  lines.push(`# Switchyard benchmark${report.quick ? " (--quick: the figures mean nothing)" : ""}`);
  lines.push("");
  lines.push(
    `${report.date} · node ${report.machine.node} · ${report.machine.cpuModel} × ${report.machine.cpuCores} · ` +
      `commit ${report.git.commit?.slice(0, 12) ?? "?"}${report.git.dirty ? " (with uncommitted changes)" : ""} · ` +
      `load average ${report.machine.loadAverageAtStart.join(" ")} at start, ${report.machine.loadAverageAtEnd.join(" ")} at end · ${Math.round(report.seconds)} s`,
  );
  lines.push("");
  lines.push(
    `${report.machine.note} The ceiling is raw HTTP (undici) to the same sink; ± is half the gap between the ceiling measured just before ` +
      "and just after Switchyard's run (a wide one: the machine was busy meanwhile). See bench/README.md.",
  );
  lines.push("");
  lines.push(row(["database", "figure", "Switchyard", "ceiling (raw HTTP)", "Switchyard vs ceiling"]));
  lines.push(row(["---", "---", "---:", "---:", "---:"]));
  for (const result of report.results) {
    if (!result.ok) {
      lines.push(row([result.target, `${result.scenario}: FAILED: ${result.error ?? "?"}`, "", "", ""]));
      continue;
    }
    for (const f of result.figures) {
      lines.push(row([result.target, f.label, formatSwitchyard(f), formatCeiling(f), formatRatio(f)]));
    }
  }
  const ceilings = report.results.flatMap((r) => r.ceilingRuns.map((c) => ({ target: r.target, scenario: r.scenario, ...c })));
  if (ceilings.length > 0) {
    lines.push("");
    lines.push(
      "Ceiling runs (raw HTTP, closed loop at the worker's concurrency), each just before or after the Switchyard run it is the ceiling of:",
    );
    lines.push("");
    lines.push(row(["database · scenario", "when", "requests", "concurrency", "requests/s", "p50", "p99"]));
    lines.push(row(["---", "---", "---:", "---:", "---:", "---:", "---:"]));
    for (const c of ceilings) {
      lines.push(
        row([
          `${c.target} · ${c.scenario}`,
          c.when,
          integer.format(c.requests),
          String(c.concurrency),
          formatValue(c.perSecond, "/s"),
          formatValue(c.latency.p50, "ms"),
          formatValue(c.latency.p99, "ms"),
        ]),
      );
    }
  }
  if (report.skipped.length > 0) {
    lines.push("");
    for (const s of report.skipped) lines.push(`- Skipped: ${s}`);
  }
  lines.push("");
  lines.push(
    `Settings: ${Object.entries(report.settings)
      .map(([k, v]) => `${k} ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
      .join(", ")}.`,
  );
  lines.push("");
  return lines.join("\n");
}

/** Written beside the final name and renamed, so a reader never sees half a file (*.tmp is ignored by git). */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export function writeReport(report: BenchReport, outDir: string): { json: string; md: string } {
  mkdirSync(outDir, { recursive: true });
  const json = path.join(outDir, "latest.json");
  const md = path.join(outDir, "latest.md");
  writeAtomically(json, JSON.stringify(report, null, 2) + "\n");
  writeAtomically(md, markdown(report));
  return { json, md };
}
