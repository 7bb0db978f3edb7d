// The dashboard: the static files Vite builds into client/dist, served with
// sirv. Paths without a file extension that match no file get index.html, so
// the dashboard's own routes (/access-tokens…) survive a reload.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import type { Logger } from "../server/logger.ts";

const clientDir = fileURLToPath(new URL("../client/", import.meta.url));
export const dashboardDir = path.join(clientDir, "dist");

export type DashboardHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

// The dashboard keeps a bearer token in localStorage: allow nothing but its own
// scripts and styles, and no framing.
const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Runs `vite build` (the same as `npm run build:client`) into `outDir`. */
async function viteBuild(outDir: string): Promise<void> {
  // A child process: Vite's build sets NODE_ENV=production (client/vite.config.ts),
  // which must not leak into the server.
  const viteCli = path.join(path.dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin/vite.js");
  const args = [
    viteCli,
    "build",
    "--config",
    path.join(clientDir, "vite.config.ts"),
    "--outDir",
    outDir,
    "--emptyOutDir",
    "--logLevel",
    "warn",
  ];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`vite build exited with ${code}:\n${output}`);
}

/**
 * Builds client/dist with Vite when it is missing (`npm install` builds it; a
 * clone that skipped install scripts has none). Builds beside it and renames,
 * so processes starting together never serve a half-written folder.
 */
export async function buildDashboardIfMissing(logger: Logger, dir: string = dashboardDir): Promise<boolean> {
  const built = () => existsSync(path.join(dir, "index.html"));
  if (built()) return true;
  logger.info({ dir }, "building the dashboard: client/dist is missing");
  const staging = mkdtempSync(path.join(path.dirname(dir), ".dist-"));
  try {
    await viteBuild(staging);
    try {
      renameSync(staging, dir);
    } catch (error) {
      if (!built()) throw error; // else another process got there first
    }
    logger.info({ dir }, "built the dashboard");
    return true;
  } catch (error) {
    logger.error({ err: error }, "could not build the dashboard; run `npm run build:client`");
    return false;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Serves the dashboard for GET and HEAD; anything else, or a missing asset, goes to `next`. */
export function dashboardHandler(dir: string = dashboardDir): DashboardHandler {
  if (!existsSync(path.join(dir, "index.html"))) {
    return (req, res, next) => {
      if (req.method !== "GET" && req.method !== "HEAD") return next();
      res.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      res.end("The dashboard is not built. Run `npm run build:client` and restart Switchyard.\n");
    };
  }
  const serve = sirv(dir, {
    single: true,
    etag: true,
    setHeaders: (res, pathname) => {
      // Vite puts a content hash in every file name under assets/: they never
      // change. index.html must be checked every time to pick up a new build.
      res.setHeader("Cache-Control", pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Referrer-Policy", "no-referrer");
      res.setHeader("Content-Security-Policy", contentSecurityPolicy);
    },
  });
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    serve(req, res, next);
  };
}

/** The dashboard, built first if it has to be. */
export async function prepareDashboard(logger: Logger): Promise<DashboardHandler> {
  await buildDashboardIfMissing(logger);
  return dashboardHandler();
}
