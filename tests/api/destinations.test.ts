import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import type { CreateDestinationInput } from "../gql/graphql.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";

const DestinationFields = graphql(`
  fragment DestinationFields on Destination {
    id
    name
    code
    url
    description
    headers {
      name
      value
    }
    timeoutMs
    rateLimitPerSecond
    state
    credential {
      id
    }
  }
`);
void DestinationFields;

const CreateDestination = graphql(`
  mutation CreateDestination($input: CreateDestinationInput!) {
    createDestination(input: $input) {
      __typename
      ... on DestinationPayload {
        destination {
          ...DestinationFields
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on ConflictError {
        message
        path
      }
    }
  }
`);

const UpdateDestination = graphql(`
  mutation UpdateDestination($input: UpdateDestinationInput!) {
    updateDestination(input: $input) {
      __typename
      ... on DestinationPayload {
        destination {
          ...DestinationFields
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on ConflictError {
        message
        path
      }
      ... on NotFoundError {
        id
      }
    }
  }
`);

const PauseDestination = graphql(`
  mutation PauseDestination($id: ID!) {
    pauseDestination(input: { id: $id }) {
      __typename
      ... on DestinationPayload {
        destination {
          state
        }
      }
    }
  }
`);

const ResumeDestination = graphql(`
  mutation ResumeDestination($id: ID!) {
    resumeDestination(input: { id: $id }) {
      __typename
      ... on DestinationPayload {
        destination {
          state
        }
      }
    }
  }
`);

const DeleteDestination = graphql(`
  mutation DeleteDestination($id: ID!) {
    deleteDestination(input: { id: $id }) {
      __typename
      ... on DeletePayload {
        deletedId
      }
      ... on NotFoundError {
        id
      }
    }
  }
`);

const ListDestinations = graphql(`
  query ListDestinations($filter: DestinationFilter, $orderBy: DestinationOrder, $first: Int, $after: String, $last: Int, $before: String) {
    destinations(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          name
          code
          state
        }
      }
    }
  }
`);

const GetDestination = graphql(`
  query GetDestination($id: ID!) {
    destination(id: $id) {
      ...DestinationFields
    }
  }
`);

let t: TestApp;
beforeAll(async () => {
  // Loopback is allowed so `localhost` URLs pass; everything else private stays blocked.
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8,::1/128" } });
});
afterAll(() => t?.stop());

async function create(input: CreateDestinationInput) {
  return (await t.graphql(CreateDestination, { input })).data!.createDestination;
}

async function created(input: CreateDestinationInput) {
  const payload = await create(input);
  if (payload.__typename !== "DestinationPayload") throw new Error(JSON.stringify(payload));
  return payload.destination;
}

describe("destinations", () => {
  it("derives the code from the name, and keeps everything given", async () => {
    const destination = await created({
      name: "Notification Destination 1",
      url: "https://localhost:8443/hooks?source=switchyard",
      description: "Billing alerts",
      headers: [{ name: "X-Team", value: "billing" }],
      timeoutMs: 5000,
      rateLimitPerSecond: 10,
    });
    expect(destination).toMatchObject({
      name: "Notification Destination 1",
      code: "notification_destination_1",
      url: "https://localhost:8443/hooks?source=switchyard",
      description: "Billing alerts",
      headers: [{ name: "X-Team", value: "billing" }],
      timeoutMs: 5000,
      rateLimitPerSecond: 10,
      state: "ACTIVE",
      credential: null,
    });
    expect(destination.id).toMatch(/^dst_/);
    expect((await t.graphql(GetDestination, { id: destination.id })).data!.destination).toEqual(destination);
  });

  it("applies the defaults: 15 s timeout, no rate limit, no headers", async () => {
    const destination = await created({ name: "Defaults", url: "https://localhost/d" });
    expect(destination).toMatchObject({ timeoutMs: 15000, rateLimitPerSecond: null, headers: [], description: "" });
  });

  it("keeps codes unique in the organization", async () => {
    await created({ name: "Orders", url: "https://localhost/a" });
    expect(await create({ name: "Orders", url: "https://localhost/b" })).toEqual({
      __typename: "ConflictError",
      message: 'The code "orders" is already used by destination "Orders".',
      path: ["input", "code"],
    });
    const other = await created({ name: "Orders", code: "orders_eu", url: "https://localhost/b" });
    expect(other.code).toBe("orders_eu");
    expect(await create({ name: "x", code: "Not A Code!", url: "https://localhost/c" })).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "code"] }],
    });
  });

  it.each([
    ["not a url", /absolute URL/i],
    ["ftp://localhost/x", /https/i],
    ["http://localhost/x", /https is required/i],
    ["https://user:secret@localhost/x", /username or password/i],
    ["https://10.0.0.5/x", /private/i],
    ["https://169.254.169.254/latest/meta-data", /link-local|metadata/i],
    ["https://[::ffff:10.1.2.3]/x", /private/i],
    ["https://no-such-host.invalid/x", /does not resolve/i],
  ])("refuses the URL %s", async (url, message) => {
    const result = await create({ name: `bad url ${url}`, url });
    expect(result.__typename).toBe("ValidationError");
    if (result.__typename !== "ValidationError") return;
    expect(result.issues[0].path).toEqual(["input", "url"]);
    expect(result.issues.map((i) => i.message).join(" ")).toMatch(message);
    const listed = await t.graphql(ListDestinations, { filter: { search: "bad url" } });
    expect(listed.data!.destinations.totalCount).toBe(0);
  });

  it("checks headers, timeout and rate limit, naming each bad field", async () => {
    const result = await create({
      name: "bad fields",
      url: "https://localhost/x",
      headers: [
        { name: "X-Ok", value: "fine" },
        { name: "Bad Header", value: "x" },
        { name: "Content-Length", value: "1" },
        { name: "X-Ok", value: "again" },
        { name: "X-Split", value: "a\r\nInjected: yes" },
      ],
      timeoutMs: 60_000,
      rateLimitPerSecond: 0,
    });
    expect(result.__typename).toBe("ValidationError");
    if (result.__typename !== "ValidationError") return;
    expect(result.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining([
        "input.headers.1.name",
        "input.headers.2.name",
        "input.headers.3.name",
        "input.headers.4.value",
        "input.timeoutMs",
        "input.rateLimitPerSecond",
      ]),
    );
  });

  // What the HTTP client would refuse at every delivery ("invalid x-euro header") is refused when saved
  // (NUL, in any text, is refused before: tests/api/hostile-text.test.ts).
  it("refuses header values with anything but visible ASCII, spaces and tabs", async () => {
    const bad = [
      { name: "X-Euro", value: "100 €" },
      { name: "X-Latin1", value: "café" },
      { name: "X-Control", value: "a\u0001b" },
      { name: "X-Delete", value: "a\u007fb" },
      { name: "X-Emoji", value: "😀" },
    ];
    const result = await create({ name: "bad values", url: "https://localhost/v", headers: [{ name: "X-Ok", value: "fine" }, ...bad] });
    expect(result.__typename).toBe("ValidationError");
    if (result.__typename !== "ValidationError") return;
    expect(result.issues.map((i) => i.path.join("."))).toEqual(bad.map((_, index) => `input.headers.${index + 1}.value`));
    expect(result.issues.map((i) => i.message)).toEqual([
      "Header values may contain only visible ASCII characters, spaces and tabs, not € (U+20AC).",
      "Header values may contain only visible ASCII characters, spaces and tabs, not é (U+00E9).",
      "Header values may contain only visible ASCII characters, spaces and tabs, not U+0001.",
      "Header values may contain only visible ASCII characters, spaces and tabs, not U+007F.",
      "Header values may contain only visible ASCII characters, spaces and tabs, not 😀 (U+1F600).",
    ]);

    const destination = await created({ name: "fine values", url: "https://localhost/v", headers: [] });
    const updated = await t.graphql(UpdateDestination, { input: { id: destination.id, headers: [{ name: "X-Euro", value: "€" }] } });
    expect(updated.data!.updateDestination).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "headers", "0", "value"] }],
    });

    const printable = "\t!\"#$%&'()*+,-./0123456789:;<=>?@AZ[\\]^_`az{|}~ end";
    const kept = await created({ name: "printable values", url: "https://localhost/v", headers: [{ name: "X-All", value: printable }] });
    expect(kept.headers).toEqual([{ name: "X-All", value: printable }]);
  });

  it("updates fields, re-checks the URL and the code, and leaves the rest alone", async () => {
    const destination = await created({ name: "Editable", url: "https://localhost/e", rateLimitPerSecond: 5 });
    const updated = await t.graphql(UpdateDestination, {
      input: {
        id: destination.id,
        name: "Edited",
        description: "now described",
        headers: [{ name: "X-A", value: "1" }],
        rateLimitPerSecond: null,
      },
    });
    expect(updated.data!.updateDestination).toMatchObject({
      __typename: "DestinationPayload",
      destination: {
        name: "Edited",
        code: "editable",
        description: "now described",
        headers: [{ name: "X-A", value: "1" }],
        rateLimitPerSecond: null,
        url: "https://localhost/e",
      },
    });
    const badUrl = await t.graphql(UpdateDestination, { input: { id: destination.id, url: "https://192.168.1.1/x" } });
    expect(badUrl.data!.updateDestination).toMatchObject({ __typename: "ValidationError", issues: [{ path: ["input", "url"] }] });
    await created({ name: "Taken", url: "https://localhost/t" });
    const taken = await t.graphql(UpdateDestination, { input: { id: destination.id, code: "taken" } });
    expect(taken.data!.updateDestination).toMatchObject({ __typename: "ConflictError", path: ["input", "code"] });
    const unchanged = await t.graphql(GetDestination, { id: destination.id });
    expect(unchanged.data!.destination).toMatchObject({ name: "Edited", code: "editable", url: "https://localhost/e" });
    const missing = await t.graphql(UpdateDestination, { input: { id: "dst_01h455vb4pex5vsknk084sn02q", name: "x" } });
    expect(missing.data!.updateDestination).toEqual({ __typename: "NotFoundError", id: "dst_01h455vb4pex5vsknk084sn02q" });
  });

  it("pauses and resumes", async () => {
    const destination = await created({ name: "Pausable", url: "https://localhost/p" });
    expect((await t.graphql(PauseDestination, { id: destination.id })).data!.pauseDestination).toEqual({
      __typename: "DestinationPayload",
      destination: { state: "PAUSED" },
    });
    const paused = await t.graphql(ListDestinations, { filter: { state: "PAUSED" } });
    expect(paused.data!.destinations.edges.map((e) => e.node.id)).toContain(destination.id);
    expect((await t.graphql(ResumeDestination, { id: destination.id })).data!.resumeDestination).toEqual({
      __typename: "DestinationPayload",
      destination: { state: "ACTIVE" },
    });
  });

  it("searches, sorts and pages in both directions", async () => {
    for (const name of ["Zeta sort", "Alpha sort", "Mu sort", "Beta sort", "Omega sort"])
      await created({ name, url: `https://localhost/${name[0]}` });
    const byName = await t.graphql(ListDestinations, { filter: { search: "sort" }, first: 2 });
    expect(byName.data!.destinations.totalCount).toBe(5);
    expect(byName.data!.destinations.edges.map((e) => e.node.name)).toEqual(["Alpha sort", "Beta sort"]);
    const next = await t.graphql(ListDestinations, {
      filter: { search: "sort" },
      first: 2,
      after: byName.data!.destinations.pageInfo.endCursor,
    });
    expect(next.data!.destinations.edges.map((e) => e.node.name)).toEqual(["Mu sort", "Omega sort"]);
    const back = await t.graphql(ListDestinations, {
      filter: { search: "sort" },
      last: 2,
      before: next.data!.destinations.pageInfo.startCursor,
    });
    expect(back.data!.destinations.edges.map((e) => e.node.name)).toEqual(["Alpha sort", "Beta sort"]);
    const newest = await t.graphql(ListDestinations, {
      filter: { search: "sort" },
      orderBy: { field: "CREATED_AT", direction: "DESC" },
      first: 3,
    });
    expect(newest.data!.destinations.edges.map((e) => e.node.name)).toEqual(["Omega sort", "Beta sort", "Mu sort"]);
    const byCode = await t.graphql(ListDestinations, { filter: { search: "zeta_s" } });
    expect(byCode.data!.destinations.edges.map((e) => e.node.code)).toEqual(["zeta_sort"]);
    const byUrl = await t.graphql(ListDestinations, { filter: { search: "localhost/Z" } });
    expect(byUrl.data!.destinations.edges.map((e) => e.node.name)).toEqual(["Zeta sort"]);
  });

  it("deletes, and says so when there is nothing to delete", async () => {
    const destination = await created({ name: "Doomed", url: "https://localhost/x" });
    expect((await t.graphql(DeleteDestination, { id: destination.id })).data!.deleteDestination).toEqual({
      __typename: "DeletePayload",
      deletedId: destination.id,
    });
    expect((await t.graphql(GetDestination, { id: destination.id })).data!.destination).toBeNull();
    expect((await t.graphql(DeleteDestination, { id: destination.id })).data!.deleteDestination).toEqual({
      __typename: "NotFoundError",
      id: destination.id,
    });
  });
});
