// An answer's budget of stored payloads and bodies (32 MiB) also bounds what
// the process reads to build it: a value is read only once its size has been
// counted. Counted after reading, twenty aliases of a page of large payloads
// held 1.2 GB before the budget refused them. And the answers being built at
// once share the process's room for them (SWITCHYARD_ANSWER_MEMORY_MIB, half
// of it per organization): forty concurrent 32 MiB answers took it to 5.2 GB.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { createEventType } from "../utils/fixtures.ts";

const PublishLarge = graphql(`
  mutation AnswerMemoryPublish($input: PublishEventsInput!) {
    publishEvents(input: $input) {
      __typename
    }
  }
`);

const EVENTS = 60;
const ORGANIZATION_SHARE = 20 * 1024 * 1024;
const sixPages = `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: events(first: ${EVENTS}) { edges { node { payload } } }`).join(" ")} }`;
const PAYLOAD_CHARACTERS = 480 * 1024;
/** Distinct text, so that neither the database's compression nor string sharing makes the payloads small. */
const largePayload = (i: number) => ({
  blob: Array.from({ length: PAYLOAD_CHARACTERS / 32 }, (_, j) => `${i.toString(36)}-${j.toString(36)}`.padEnd(32, "~")).join(""),
});

let t: TestApp;

beforeAll(async () => {
  // 40 MiB for all answers being built, 20 MiB for one organization's.
  t = await startTestApp({ env: { SWITCHYARD_ANSWER_MEMORY_MIB: "40" } });
  await createEventType(t, "bulk.loaded");
  for (let first = 0; first < EVENTS; first += 10) {
    const events = Array.from({ length: 10 }, (_, i) => ({ type: "bulk.loaded", payload: largePayload(first + i) }));
    const result = await t.graphql(PublishLarge, { input: { events } });
    expect(result.data?.publishEvents.__typename).toBe("PublishEventsPayload");
  }
}, 120_000);
afterAll(() => t?.stop());

async function post(query: string) {
  const response = await t.app.yoga.fetch("http://switchyard.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${t.adminToken}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    data?: Record<string, { edges: { node: { payload: unknown } | null }[] } | null>;
    errors?: unknown[];
  };
}

/** The payloads an answer carried, and the errors of those it did not. */
function carried(answer: Awaited<ReturnType<typeof post>>) {
  const nodes = Object.values(answer.data ?? {}).flatMap((page) => page?.edges ?? []);
  expect(nodes).toHaveLength(6 * EVENTS);
  const delivered = nodes.filter((edge) => edge.node?.payload).length;
  expect(answer.errors).toHaveLength(6 * EVENTS - delivered);
  return delivered;
}

describe("payloads in an answer", () => {
  it("past the room for them are never read: six pages of 28 MB carry what fits, and the pages' statements read none", async () => {
    t.queries.length = 0;
    const answer = await post(sixPages);

    // The rest of the answer stands: each payload past the room is null, with its error.
    const delivered = carried(answer);
    expect(delivered * PAYLOAD_CHARACTERS).toBeLessThanOrEqual(ORGANIZATION_SHARE);
    expect(delivered * (PAYLOAD_CHARACTERS + 32 * 1024)).toBeGreaterThan(ORGANIZATION_SHARE - 1024 * 1024);
    expect(JSON.stringify(answer.errors)).toContain("RESPONSE_TOO_LARGE");
    // The pages' own statements read no payloads (they did, all 360, before the budget refused most);
    // sizes are read first, and only the values counted.
    const pageStatements = t.queries.filter(
      (sql) => sql.includes('"Event"') && !sql.includes(" AS value") && !sql.includes("octet_length"),
    );
    expect(pageStatements.length).toBeGreaterThan(0);
    expect(pageStatements.filter((sql) => sql.includes('"payload"'))).toEqual([]);
  }, 120_000);

  it("is given back by each answer when it ends: answers one after the other each carry the organization's share", async () => {
    for (let i = 0; i < 3; i++) {
      const delivered = carried(await post(sixPages));
      expect(delivered * PAYLOAD_CHARACTERS).toBeLessThanOrEqual(ORGANIZATION_SHARE);
      expect(delivered * (PAYLOAD_CHARACTERS + 32 * 1024)).toBeGreaterThan(ORGANIZATION_SHARE - 1024 * 1024);
    }
  }, 120_000);

  it("over HTTP, is held until the answer has been sent: a reader that stops holds it until its connection closes", async () => {
    const url = new URL(t.app.url!);
    const socket = connect(Number(url.port), url.hostname);
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.on("error", () => undefined);
    const body = JSON.stringify({ query: sixPages });
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: switchyard\r\nContent-Type: application/json\r\nAuthorization: Bearer ${t.adminToken}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    // Its answer has started (so it has been built); it reads no more of its ~20 MB: meanwhile the organization's room is
    // taken, and another answer built now gets none of it.
    await new Promise<void>((resolve) => socket.once("data", () => resolve()));
    socket.pause();
    const meanwhile = await post(sixPages);
    expect(carried(meanwhile)).toBe(0);
    expect(JSON.stringify(meanwhile.errors)).toContain('"reason":"BUSY"');
    socket.destroy();
    await expect
      .poll(async () => carried(await post(sixPages)) * (PAYLOAD_CHARACTERS + 32 * 1024), { timeout: 20_000 })
      .toBeGreaterThan(ORGANIZATION_SHARE - 1024 * 1024);
  }, 120_000);
});
