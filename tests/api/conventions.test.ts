// GraphQL conventions every part of the API follows: global ids and node(),
// tenant isolation of node(), typed errors, and limits on expensive queries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "graphql";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { newId } from "../../server/ids.ts";
import { commandLineToken } from "../utils/fixtures.ts";

const NodeQuery = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on AccessToken {
        name
      }
      ... on Organization {
        name
      }
    }
  }
`);

const MyIds = graphql(`
  query MyIds {
    viewer {
      tokenId
      organization {
        id
      }
    }
  }
`);

let t: TestApp;
let otherOrganizationToken: { id: string; secret: string };
let otherOrganizationId: string;

beforeAll(async () => {
  t = await startTestApp();
  const prisma = t.app.runtime.prisma;
  const other = await prisma.organization.create({ data: { id: newId("Organization"), name: "Other organization" } });
  otherOrganizationId = other.id;
  const created = await commandLineToken(t, other.id, { name: "other admin", role: "ADMIN" });
  otherOrganizationToken = { id: created.token.id, secret: created.secret };
});
afterAll(() => t?.stop());

async function post(body: unknown, token = t.adminToken) {
  const response = await t.app.yoga.fetch("http://switchyard.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

describe("global ids and node()", () => {
  it("resolves the ids the API hands out", async () => {
    const me = await t.graphql(MyIds);
    const tokenId = me.data!.viewer.tokenId;
    const orgId = me.data!.viewer.organization.id;
    expect(tokenId).toMatch(/^tok_[0-9a-z]{26}$/);
    expect((await t.graphql(NodeQuery, { id: tokenId })).data?.node).toEqual({
      __typename: "AccessToken",
      id: tokenId,
      name: "First admin token",
    });
    expect((await t.graphql(NodeQuery, { id: orgId })).data?.node).toEqual({
      __typename: "Organization",
      id: orgId,
      name: "Default organization",
    });
  });

  it("returns null for another organization's records, in both directions", async () => {
    expect((await t.graphql(NodeQuery, { id: otherOrganizationToken.id })).data?.node).toBeNull();
    expect((await t.graphql(NodeQuery, { id: otherOrganizationId })).data?.node).toBeNull();
    const me = await t.graphql(MyIds);
    const asOther = { token: otherOrganizationToken.secret };
    expect((await t.graphql(NodeQuery, { id: me.data!.viewer.tokenId }, asOther)).data?.node).toBeNull();
    expect((await t.graphql(NodeQuery, { id: me.data!.viewer.organization.id }, asOther)).data?.node).toBeNull();
    expect((await t.graphql(NodeQuery, { id: otherOrganizationId }, asOther)).data?.node).toMatchObject({ name: "Other organization" });
  });

  it("rejects an id that is not one of ours with a clear error", async () => {
    const result = await t.graphql(NodeQuery, { id: "12345" });
    expect(result.errors?.[0]).toMatchObject({ message: "Not a Switchyard id: 12345", extensions: { code: "BAD_USER_INPUT" } });
  });
});

describe("query limits", () => {
  it("refuses queries nested deeper than 10 levels", async () => {
    const deep = `{ viewer { organization { a { b { c { d { e { f { g { h { i } } } } } } } } } } }`;
    const result = await post({ query: deep });
    expect(result.body.errors?.map((e) => e.message)).toContain("Syntax Error: Query depth limit of 10 exceeded, found 11.");
  });

  it("refuses a query with too many aliases", async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `v${i}: viewer { role }`).join(" ");
    const result = await post({ query: `{ ${aliases} }` });
    expect(result.body.errors?.[0].message).toMatch(/Aliases limit of 20 exceeded/);
  });

  it("answers nodes(ids:) for at most 100 ids, as a page of a list", async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `evt_${String(i).padStart(26, "0")}`);
    const nodes = "query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }";
    expect((await post({ query: nodes, variables: { ids: ids(100) } })).body).toEqual({ data: { nodes: Array(100).fill(null) } });
    // 20,000 ids were one request and a rate-limit point, and held the process for 10 s.
    const tooMany = await post({ query: nodes, variables: { ids: ids(101) } });
    expect(tooMany.body.errors).toMatchObject([
      { message: "nodes takes at most 100 ids; this asked for 101.", extensions: { code: "BAD_USER_INPUT" } },
    ]);
  });

  it("refuses instants outside the years 0001-9999 as input, rather than failing in the database", async () => {
    const events = "query Since($since: DateTime!) { events(filter: { since: $since }) { totalCount } }";
    for (const since of ["+010000-01-01T00:00:00Z", "-000001-01-01T00:00:00Z", "0000-01-01T00:00:00Z"]) {
      const result = await post({ query: events, variables: { since } });
      expect(result.body.errors?.[0].message).toMatch(/DateTime must be between the years 0001 and 9999/);
    }
    expect((await post({ query: events, variables: { since: "0001-01-01T00:00:00Z" } })).body.errors).toBeUndefined();
  });

  it("searches lists for text as written: % and _ are not wildcards", async () => {
    for (const name of ["Rewards 100% EU", "Rewards_US", "Rewards APAC"]) {
      const created = await post({ query: `mutation { createProgram(input: { name: ${JSON.stringify(name)} }) { __typename } }` });
      expect(created.body.errors).toBeUndefined();
    }
    const search = async (text: string) => {
      const query = "query Find($text: String!) { programs(filter: { search: $text }) { edges { node { name } } } }";
      const result = (await post({ query, variables: { text } })).body as { data: { programs: { edges: { node: { name: string } }[] } } };
      return result.data.programs.edges.map((e) => e.node.name).sort();
    };
    expect(await search("%")).toEqual(["Rewards 100% EU"]);
    expect(await search("s_u")).toEqual(["Rewards_US"]);
    expect(await search("rewards")).toEqual(["Rewards 100% EU", "Rewards APAC", "Rewards_US"]);
    expect(await search("\\")).toEqual([]);
  });

  it("accepts ordinary queries, and introspection for GraphiQL and codegen", async () => {
    const result = await post({ query: "{ __schema { queryType { name } } viewer { role } }" });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data).toEqual({ __schema: { queryType: { name: "Query" } }, viewer: { role: "ADMIN" } });
    expect(parse("{ viewer { role } }")).toBeTruthy();
  });
});
