// The two commands a newcomer runs: `npm start` on an empty database, then
// the API with the token it printed. Real processes, real HTTP.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createTestDatabase, type TestDatabase } from "../utils/test-database.ts";
import { run, runToEnd, startSwitchyard } from "../utils/processes.ts";
import { testSecretKey } from "../utils/test-app.ts";

const viewerQuery = JSON.stringify({ query: "{ viewer { tokenName role organization { name } } }" });

async function viewer(url: string, token: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: viewerQuery,
  });
  return { status: response.status, body: (await response.json()) as { data?: { viewer: { tokenName: string; role: string } } } };
}

async function graphql<T = unknown>(url: string, token: string, query: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: T; errors?: unknown[] };
}

/** An audit entry without what differs between two tokens and their makers. */
function comparable(entry: Record<string, unknown>) {
  const {
    id: _id,
    secretPrefix: _prefix,
    createdAt: _createdAt,
    lastUsedAt: _lastUsedAt,
    ...token
  } = entry.after as Record<string, unknown>;
  return { action: entry.action, resourceType: entry.resourceType, before: entry.before, after: token };
}

let database: TestDatabase;
let dataDir: string;
let env: Record<string, string | undefined>;

beforeAll(async () => {
  // A database that has its schema but no organization yet, so the first start bootstraps.
  database = await createTestDatabase(inject("databaseTemplate"));
  dataDir = mkdtempSync(path.join(tmpdir(), "switchyard-data-"));
  env = database.databaseUrl
    ? { DATABASE_URL: database.databaseUrl, SWITCHYARD_ADMIN_TOKEN: undefined, SWITCHYARD_SECRET_KEY: testSecretKey }
    : { DATABASE_URL: undefined, SWITCHYARD_DATA_DIR: dataDir, SWITCHYARD_ADMIN_TOKEN: undefined };
});

afterAll(async () => {
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("first start", () => {
  let token: string;

  it("prints the admin token once with a curl example, and serves GraphQL, GraphiQL and health checks", async () => {
    const proc = run("npm", ["start", "--silent"], { ...env, PORT: "0", HOST: "127.0.0.1" });
    try {
      const listening = await proc.waitFor((_line, json) => json?.msg === "Switchyard API listening", 60_000);
      const url = (JSON.parse(listening) as { url: string }).url.replace(/\/graphql$/, "");
      const printed = proc.output();
      const match = /^\s+(sy_[0-9A-Za-z]{40})$/m.exec(printed);
      expect(match, printed).not.toBeNull();
      token = match![1];
      expect(printed).toContain(`curl -s ${url}/graphql`);
      expect(printed).toContain(`Authorization: Bearer ${token}`);
      expect(printed).toContain("only time the token is shown");

      const me = await viewer(url, token);
      expect(me.status).toBe(200);
      expect(me.body.data?.viewer).toEqual({
        tokenName: "First admin token",
        role: "ADMIN",
        organization: { name: "Default organization" },
      });

      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);

      const graphiql = await fetch(`${url}/graphql`, { headers: { accept: "text/html" } });
      expect(graphiql.status).toBe(200);
      const html = await graphiql.text();
      expect(html).toContain("renderYogaGraphiQL");
      // Works offline: no script is fetched from a CDN.
      expect(html).not.toMatch(/<script[^>]+src=["']https?:/);

      if (!database.databaseUrl) {
        // The embedded database belongs to one process at a time.
        const second = await runToEnd(process.execPath, ["--import", "tsx", "schema/main.ts"], { ...env, PORT: "0" });
        expect(second.code).toBe(1);
        expect(second.output).toMatch(/in use by process \d+\. Stop that Switchyard first/);
      }
    } finally {
      // npm itself dies of the signal; the server under it shuts down cleanly.
      await proc.stop("SIGTERM");
    }
    expect(proc.output()).toContain('"msg":"stopping"');
    expect(existsSync(path.join(dataDir, "switchyard.lock"))).toBe(false);
  }, 120_000);

  it("never prints the token again on later starts, and the token still works", async () => {
    const proc = await startSwitchyard(env);
    try {
      expect(proc.output()).not.toContain(token);
      expect(proc.output()).not.toMatch(/sy_[0-9A-Za-z]{40}/);
      expect((await viewer(proc.url, token)).status).toBe(200);
    } finally {
      await proc.stop();
    }
  }, 60_000);

  it("lets an operator who lost the token create another from the command line", async () => {
    const created = await runToEnd("npm", ["run", "--silent", "cli", "--", "token", "create", "--name", "recovered"], env);
    expect(created.code, created.output).toBe(0);
    const secret = /^\s+(sy_[0-9A-Za-z]{40})$/m.exec(created.output)?.[1];
    expect(secret, created.output).toBeDefined();
    expect(created.output).toContain('Created ADMIN token "recovered"');

    const proc = await startSwitchyard(env);
    try {
      const me = await viewer(proc.url, secret!);
      expect(me.body.data?.viewer).toMatchObject({ tokenName: "recovered", role: "ADMIN" });

      // The same token made through the API leaves the same audit entry, but for who made it.
      const api = await graphql(
        proc.url,
        secret!,
        'mutation { createAccessToken(input: { name: "recovered", role: ADMIN }) { __typename } }',
      );
      expect(api.errors).toBeUndefined();
      const log = await graphql<{ auditLog: { edges: { node: Record<string, unknown> }[] } }>(
        proc.url,
        secret!,
        '{ auditLog(filter: { action: "token.created" }) { edges { node { action resourceType tokenId tokenName before after } } } }',
      );
      // Newest first: the API's, the command line's, and first start's (made by Switchyard itself).
      const [byApi, byCli, byFirstStart] = log.data!.auditLog.edges.map((edge) => edge.node);
      expect(byCli).toMatchObject({ tokenId: null, tokenName: "command line" });
      expect(byApi).toMatchObject({ tokenName: "recovered" });
      expect(byFirstStart).toMatchObject({ tokenId: null, tokenName: "Switchyard", after: { name: "First admin token" } });
      expect(comparable(byApi)).toEqual(comparable(byCli));
      const events = await graphql<{ events: { edges: { node: { type: string } }[] } }>(
        proc.url,
        secret!,
        "{ events { edges { node { type } } } }",
      );
      const raised = events.data!.events.edges.map((edge) => edge.node.type);
      expect(raised.filter((type) => type === "token.created")).toHaveLength(3);
    } finally {
      await proc.stop();
    }
  }, 90_000);

  it("creates an organization and a partner token reaching several from the command line", async () => {
    const made = await runToEnd("npm", ["run", "--silent", "cli", "--", "organization", "create", "--name", "Rewards EU"], env);
    expect(made.code, made.output).toBe(0);
    const rewardsId = /Created organization "Rewards EU" \((org_[0-9a-z]+)\)/.exec(made.output)?.[1];
    expect(rewardsId, made.output).toBeDefined();

    // Two organizations now: a token must say which one it belongs to.
    const ambiguous = await runToEnd("npm", ["run", "--silent", "cli", "--", "token", "create", "--name", "partner"], env);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.output).toContain("several organizations exist");
    const unknown = await runToEnd(
      "npm",
      [
        "run",
        "--silent",
        "cli",
        "--",
        "token",
        "create",
        "--name",
        "partner",
        "--organization",
        rewardsId!,
        "--reach",
        "ORGANIZATIONS",
        "--organizations",
        "org_nope",
      ],
      env,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain("Organization org_nope is not one this token reaches.");

    const partner = await runToEnd(
      "npm",
      [
        "run",
        "--silent",
        "cli",
        "--",
        "token",
        "create",
        "--name",
        "partner",
        "--role",
        "ADMIN",
        "--organization",
        rewardsId!,
        "--reach",
        "ALL",
      ],
      env,
    );
    expect(partner.code, partner.output).toBe(0);
    expect(partner.output).toContain("reaching every organization");
    const secret = /^\s+(sy_[0-9A-Za-z]{40})$/m.exec(partner.output)?.[1];

    const proc = await startSwitchyard(env);
    try {
      const ask = async (query: string, headers: Record<string, string> = {}) => {
        const response = await fetch(`${proc.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${secret}`, ...headers },
          body: JSON.stringify({ query }),
        });
        return (await response.json()) as { data?: Record<string, unknown> };
      };
      const reached = await ask("{ organizations(first: 10) { edges { node { id name } } } }");
      const names = (reached.data?.organizations as { edges: { node: { id: string; name: string } }[] }).edges.map((e) => e.node.name);
      expect(names.sort()).toEqual(["Default organization", "Rewards EU"]);
      const defaultId = (reached.data?.organizations as { edges: { node: { id: string; name: string } }[] }).edges.find(
        (e) => e.node.name === "Default organization",
      )!.node.id;
      expect((await ask("{ viewer { organization { name } } }")).data?.viewer).toEqual({ organization: { name: "Rewards EU" } });
      expect((await ask("{ viewer { organization { name } } }", { "x-organization-id": defaultId })).data?.viewer).toEqual({
        organization: { name: "Default organization" },
      });
      // The new organization has Switchyard's system event types, like the first one.
      const types = await ask('{ eventTypes(first: 1, filter: { search: "delivery.exhausted" }) { totalCount } }');
      expect(types.data?.eventTypes).toEqual({ totalCount: 1 });
      // The command line's changes are in the new organization's audit log, made by "command line".
      const log = await ask("{ auditLog { edges { node { action resourceId tokenId tokenName } } } }");
      const entries = (log.data?.auditLog as { edges: { node: Record<string, unknown> }[] }).edges.map((e) => e.node);
      expect(entries.map((e) => [e.action, e.tokenId, e.tokenName])).toEqual([
        ["token.created", null, "command line"],
        ["organization.created", null, "command line"],
      ]);
      expect(entries[1].resourceId).toBe(rewardsId);
    } finally {
      await proc.stop();
    }
  }, 120_000);

  it("explains command-line mistakes", async () => {
    const missingName = await runToEnd("npm", ["run", "--silent", "cli", "--", "token", "create"], env);
    expect(missingName.code).toBe(2);
    expect(missingName.output).toContain("--name is required");
    const badRole = await runToEnd("npm", ["run", "--silent", "cli", "--", "token", "create", "--name", "x", "--role", "GOD"], env);
    expect(badRole.code).toBe(2);
    expect(badRole.output).toContain('unknown role "GOD"');
    const badReach = await runToEnd(
      "npm",
      ["run", "--silent", "cli", "--", "token", "create", "--name", "x", "--reach", "EVERYWHERE"],
      env,
    );
    expect(badReach.code).toBe(2);
    expect(badReach.output).toContain('unknown reach "EVERYWHERE"');
    const noName = await runToEnd("npm", ["run", "--silent", "cli", "--", "organization", "create", "--name", "  "], env);
    expect(noName.code).toBe(1);
    expect(noName.output).toContain("Name is required.");
  }, 60_000);
});
