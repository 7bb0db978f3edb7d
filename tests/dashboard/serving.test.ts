// The API process serves the dashboard beside yoga: static files with the
// right types and cache headers, index.html for client routes, and the API
// paths untouched. And it builds the dashboard when it finds none.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDashboardIfMissing, dashboardHandler } from "../../schema/dashboard.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";

let t: TestApp;
let base: string;

beforeAll(async () => {
  t = await startTestApp();
  base = t.app.url!;
});
afterAll(() => t?.stop());

describe("the dashboard's files", () => {
  it("serves index.html at / and for client routes, never cached without a check", async () => {
    for (const route of ["/", "/access-tokens", "/some/future/page?x=1"]) {
      const response = await fetch(`${base}${route}`);
      expect(response.status, route).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html;charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(await response.text()).toContain('<div id="root"></div>');
    }
  });

  it("serves the hashed assets as immutable, with their content types", async () => {
    const html = await (await fetch(base)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const style = /href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
    expect(script && style, html).toBeTruthy();
    const js = await fetch(`${base}${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toBe("text/javascript");
    expect(js.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const css = await fetch(`${base}${style}`);
    expect(css.headers.get("content-type")).toBe("text/css");
    const icon = await fetch(`${base}/favicon.svg`);
    expect(icon.headers.get("content-type")).toBe("image/svg+xml");
    expect(icon.headers.get("cache-control")).toBe("no-cache");
  });

  it("answers a missing file with 404 rather than the app, and revalidates with ETags", async () => {
    expect((await fetch(`${base}/assets/missing-abc123.js`)).status).toBe(404);
    const first = await fetch(`${base}/`);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    expect((await fetch(`${base}/`, { headers: { "if-none-match": etag! } })).status).toBe(304);
    const head = await fetch(`${base}/access-tokens`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("leaves GraphQL, GraphiQL, the health checks and other methods to the API", async () => {
    const query = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${t.adminToken}` },
      body: JSON.stringify({ query: "{ viewer { tokenName } }" }),
    });
    expect(await query.json()).toEqual({ data: { viewer: { tokenName: "First admin token" } } });
    const graphiql = await fetch(`${base}/graphql`, { headers: { accept: "text/html" } });
    expect(await graphiql.text()).toContain("GraphiQL");
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const post = await fetch(`${base}/access-tokens`, { method: "POST" });
    expect(post.status).toBe(404);
    expect(post.headers.get("content-type") ?? "").not.toContain("text/html");
  });
});

describe("without a built dashboard", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "switchyard-dashboard-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("says how to build it", async () => {
    const handler = dashboardHandler(path.join(dir, "never-built"));
    const server = createServer((req, res) => handler(req, res, () => res.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const page = await fetch(`${url}/access-tokens`);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain("npm run build:client");
      expect((await fetch(url, { method: "POST" })).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it("builds it at start, saying so in the log", async () => {
    const lines: { msg: string }[] = [];
    const logger = pino(
      { level: "info" },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(JSON.parse(String(chunk)) as { msg: string });
          done();
        },
      }),
    );
    const target = path.join(dir, "dist");
    expect(await buildDashboardIfMissing(logger, target)).toBe(true);
    expect(existsSync(path.join(target, "index.html"))).toBe(true);
    expect(lines.map((l) => l.msg)).toEqual(["building the dashboard: client/dist is missing", "built the dashboard"]);
    // Only the build is left behind: no staging folder.
    expect(readdirSync(dir)).toEqual(["dist"]);
    // A production build, although this test runs with NODE_ENV=test.
    const [script] = readdirSync(path.join(target, "assets")).filter((name) => name.endsWith(".js"));
    expect(readFileSync(path.join(target, "assets", script), "utf8")).not.toContain("jsxDEV");

    expect(await buildDashboardIfMissing(logger, target)).toBe(true);
    expect(lines).toHaveLength(2);
  });
});
