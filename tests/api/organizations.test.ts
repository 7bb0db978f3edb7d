// Organizations over the API: created, renamed and archived by admins of wide
// reach; partners over several create them only when the setting allows it,
// and then reach them; a first token in another organization; and what
// archiving stops (tokens, publishing, deliveries) and keeps (history).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { commandLineOrganization, commandLineToken, publish, subscribe } from "../utils/fixtures.ts";
import { operationFor } from "../../server/operation.ts";
import { COMMAND_LINE } from "../../server/changes/change.ts";
import { publishEvents } from "../../server/events/publish.ts";
import { OrganizationArchivedError } from "../../server/errors.ts";

const CreateOrganization = graphql(`
  mutation ApiCreateOrganization($name: String!) {
    createOrganization(input: { name: $name }) {
      __typename
      ... on OrganizationPayload {
        organization {
          id
          name
          archivedAt
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const RenameOrganization = graphql(`
  mutation ApiRenameOrganization($id: ID, $name: String!) {
    updateOrganization(input: { id: $id, name: $name }) {
      __typename
      ... on OrganizationPayload {
        organization {
          id
          name
        }
      }
      ... on NotFoundError {
        id
      }
      ... on ValidationError {
        issues {
          path
        }
      }
    }
  }
`);

const ArchiveOrganization = graphql(`
  mutation ApiArchiveOrganization($id: ID!) {
    archiveOrganization(input: { id: $id }) {
      __typename
      ... on OrganizationPayload {
        organization {
          id
          archivedAt
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

const FirstToken = graphql(`
  mutation ApiFirstToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
      ... on CreateAccessTokenPayload {
        secret
        accessToken {
          id
          reach
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const Organizations = graphql(`
  query ApiOrganizations($archived: Boolean) {
    organizations(archived: $archived, first: 100) {
      edges {
        node {
          id
          name
          archivedAt
        }
      }
    }
  }
`);

const Viewer = graphql(`
  query ApiOrganizationViewer {
    viewer {
      organization {
        id
        name
      }
    }
  }
`);

const as = (token: string, organizationId?: string): { token: string; headers: Record<string, string> } => ({
  token,
  headers: organizationId ? { "x-organization-id": organizationId } : {},
});

async function recorded(t: TestApp, organizationId: string, action: string) {
  const prisma = t.app.runtime.prisma;
  return {
    audit: await prisma.auditEntry.findMany({ where: { organizationId, action }, select: { resourceId: true, tokenName: true } }),
    events: (await prisma.event.findMany({ where: { organizationId, type: action }, select: { payload: true } })).map((e) => e.payload),
  };
}

describe("with partner creation off (the default)", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  let home: string;
  let tokens: { all: string; allOperator: string; partner: string; channel: string };

  beforeAll(async () => {
    t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
    receiver = await startTestReceiver(204);
    home = (await t.app.runtime.prisma.organization.findFirstOrThrow()).id;
    const elsewhere = await commandLineOrganization(t, "Elsewhere");
    const token = async (name: string, role: "ADMIN" | "OPERATOR", reach: "ALL" | "ORGANIZATIONS" | "ORGANIZATION") =>
      (await commandLineToken(t, home, { name, role, reach, organizationIds: reach === "ORGANIZATIONS" ? [elsewhere.id] : undefined }))
        .secret;
    tokens = {
      all: await token("operator over all", "ADMIN", "ALL"),
      allOperator: await token("operator role over all", "OPERATOR", "ALL"),
      partner: await token("partner over several", "ADMIN", "ORGANIZATIONS"),
      channel: t.adminToken,
    };
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.stop();
  });

  it("lets an admin over all organizations create one, records it there and at home, and make its first token", async () => {
    const created = await t.graphql(CreateOrganization, { name: "  Northwind Rewards " }, as(tokens.all));
    expect(created.data!.createOrganization).toMatchObject({ organization: { name: "Northwind Rewards", archivedAt: null } });
    const id = (created.data!.createOrganization as { organization: { id: string } }).organization.id;

    for (const where of [id, home]) {
      const { audit, events } = await recorded(t, where, "organization.created");
      expect(audit).toContainEqual({ resourceId: id, tokenName: "operator over all" });
      expect(events).toContainEqual(expect.objectContaining({ organizationId: where, organization: expect.objectContaining({ id }) }));
    }
    // It has the system event types, ready for webhooks.
    expect(await t.app.runtime.prisma.eventType.count({ where: { organizationId: id, system: true } })).toBeGreaterThan(5);

    const first = await t.graphql(FirstToken, { input: { name: "Northwind admin", role: "ADMIN", organizationId: id } }, as(tokens.all));
    const secret = (first.data!.createAccessToken as { secret: string }).secret;
    expect((await t.graphql(Viewer, undefined, as(secret))).data!.viewer.organization).toEqual({ id, name: "Northwind Rewards" });
    expect(await t.app.runtime.prisma.accessToken.count({ where: { organizationId: id } })).toBe(1);
  });

  it("refuses creation to channel partners, operators, and partners over several while the setting is off", async () => {
    for (const token of [tokens.channel, tokens.allOperator, tokens.partner]) {
      const refused = await t.graphql(CreateOrganization, { name: "Not allowed" }, as(token));
      expect(refused.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await t.app.runtime.prisma.organization.count({ where: { name: "Not allowed" } })).toBe(0);
  });

  it("refuses bad names with the field named, and creates nothing", async () => {
    const count = await t.app.runtime.prisma.organization.count();
    for (const name of ["   ", "x".repeat(201), "nul\u0000byte", "lone \ud800 surrogate"]) {
      const refused = await t.graphql(CreateOrganization, { name }, as(tokens.all));
      expect(refused.data!.createOrganization, name).toMatchObject({
        __typename: "ValidationError",
        issues: [{ path: ["input", "name"] }],
      });
    }
    expect(await t.app.runtime.prisma.organization.count()).toBe(count);
  });

  it("renames an organization the token reaches, by id, and records it in both", async () => {
    const other = await commandLineOrganization(t, "Southbay");
    const renamed = await t.graphql(RenameOrganization, { id: other.id, name: "Southbay Loyalty" }, as(tokens.all));
    expect(renamed.data!.updateOrganization).toMatchObject({ organization: { id: other.id, name: "Southbay Loyalty" } });
    for (const where of [other.id, home]) {
      const { events } = await recorded(t, where, "organization.updated");
      expect(events).toContainEqual(
        expect.objectContaining({
          organization: expect.objectContaining({ name: "Southbay Loyalty" }),
          previous: expect.objectContaining({ name: "Southbay" }),
        }),
      );
    }
    // Beyond the token's reach it does not exist.
    const outside = await t.graphql(RenameOrganization, { id: other.id, name: "Taken over" }, as(tokens.partner));
    expect(outside.data!.updateOrganization).toEqual({ __typename: "NotFoundError", id: other.id });
    // Without an id: the organization the request acts in.
    const own = await t.graphql(RenameOrganization, { name: "Default organization" }, as(tokens.channel));
    expect(own.data!.updateOrganization).toMatchObject({ organization: { id: home } });
  });

  it("never lets a first token in another organization reach further than its creator", async () => {
    const other = await commandLineOrganization(t, "Out of reach");
    const refused = await t.graphql(FirstToken, { input: { name: "x", role: "ADMIN", organizationId: other.id } }, as(tokens.partner));
    expect(refused.data!.createAccessToken).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "organizationId"] }],
    });
    const nowhere = await t.graphql(
      FirstToken,
      { input: { name: "x", role: "ADMIN", organizationId: "org_01h455vb4pex5vsknk084sn02q" } },
      as(tokens.all),
    );
    expect(nowhere.data!.createAccessToken).toMatchObject({ __typename: "ValidationError" });
    expect(await t.app.runtime.prisma.accessToken.count({ where: { organizationId: other.id } })).toBe(0);
  });

  it("archives an organization: its tokens stop at once, its deliveries are cancelled, nothing more is published, history stays", async () => {
    const archived = await commandLineOrganization(t, "Soon archived");
    const admin = await commandLineToken(t, archived.id, { name: "archived admin", role: "ADMIN" });
    const inArchived = {
      ...t,
      graphql: ((document, variables, options) =>
        t.graphql(document, variables, { token: admin.secret, ...options })) as TestApp["graphql"],
    };
    const chain = await subscribe(inArchived, { url: `${receiver.origin}/archived` });
    // Warm the token cache and the routing cache: archiving must win over both.
    const published = await publish(inArchived, chain.eventType, { n: 1 });
    expect(published.event.deliveries).toHaveLength(1);

    const result = await t.graphql(ArchiveOrganization, { id: archived.id }, as(tokens.all));
    expect(result.data!.archiveOrganization).toMatchObject({ organization: { id: archived.id, archivedAt: expect.any(String) } });

    const refused = await t.graphql(Viewer, undefined, as(admin.secret));
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "ARCHIVED" });
    expect((await t.graphql(Viewer, undefined, as(tokens.all, archived.id))).status).toBe(403);

    await t.app.worker!.runOnce();
    expect(receiver.received).toHaveLength(0);
    const prisma = t.app.runtime.prisma;
    expect(await prisma.delivery.findMany({ where: { organizationId: archived.id }, select: { status: true } })).toEqual([
      { status: "CANCELLED" },
    ]);
    await expect(
      publishEvents(operationFor(t.app.runtime, { organizationId: archived.id }, COMMAND_LINE), [{ type: chain.eventType, payload: {} }]),
    ).rejects.toBeInstanceOf(OrganizationArchivedError);
    expect(await prisma.event.count({ where: { organizationId: archived.id, type: chain.eventType } })).toBe(1);

    const listed = async (archivedFilter: boolean | null) =>
      (await t.graphql(Organizations, { archived: archivedFilter }, as(tokens.all))).data!.organizations.edges.map((e) => e.node.id);
    expect(await listed(false)).not.toContain(archived.id);
    expect(await listed(true)).toEqual([archived.id]);
    expect(await listed(null)).toContain(archived.id);

    expect((await recorded(t, home, "organization.archived")).events).toContainEqual(
      expect.objectContaining({ organization: expect.objectContaining({ id: archived.id, archivedAt: expect.any(String) }) }),
    );
    expect((await recorded(t, archived.id, "organization.archived")).audit).toHaveLength(1);

    // Twice is harmless, and recorded once.
    expect((await t.graphql(ArchiveOrganization, { id: archived.id }, as(tokens.all))).data!.archiveOrganization.__typename).toBe(
      "OrganizationPayload",
    );
    expect((await recorded(t, home, "organization.archived")).audit.filter((a) => a.resourceId === archived.id)).toHaveLength(1);
    // An archived organization cannot be renamed or get tokens.
    expect(
      (await t.graphql(RenameOrganization, { id: archived.id, name: "Back" }, as(tokens.all))).data!.updateOrganization.__typename,
    ).toBe("NotFoundError");
    const token = await t.graphql(FirstToken, { input: { name: "late", role: "ADMIN", organizationId: archived.id } }, as(tokens.all));
    expect(token.data!.createAccessToken.__typename).toBe("ValidationError");
  });

  it("refuses to archive the token's own organization, or to anyone but admins over all", async () => {
    const own = await t.graphql(ArchiveOrganization, { id: home }, as(tokens.all));
    expect(own.data!.archiveOrganization).toMatchObject({ __typename: "ConflictError", path: ["input", "id"] });
    const other = await commandLineOrganization(t, "Kept");
    for (const token of [tokens.partner, tokens.channel, tokens.allOperator]) {
      expect((await t.graphql(ArchiveOrganization, { id: other.id }, as(token))).errors?.[0].extensions).toMatchObject({
        code: "FORBIDDEN",
      });
    }
    const unknown = await t.graphql(ArchiveOrganization, { id: "org_01h455vb4pex5vsknk084sn02q" }, as(tokens.all));
    expect(unknown.data!.archiveOrganization.__typename).toBe("NotFoundError");
    expect(await t.app.runtime.prisma.organization.count({ where: { archivedAt: { not: null }, id: { in: [home, other.id] } } })).toBe(0);
  });
});

describe("with SWITCHYARD_PARTNERS_CREATE_ORGANIZATIONS on", () => {
  let t: TestApp;
  let home: string;
  let partner: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { SWITCHYARD_PARTNERS_CREATE_ORGANIZATIONS: "true" } });
    home = (await t.app.runtime.prisma.organization.findFirstOrThrow()).id;
    partner = (await commandLineToken(t, home, { name: "partner", role: "ADMIN", reach: "ORGANIZATIONS", organizationIds: [] })).secret;
  });
  afterAll(() => t?.stop());

  it("lets a partner over several create an organization it then reaches at once, and its first token there", async () => {
    // Cached before the creation: the new reach must show on the very next request.
    expect((await t.graphql(Viewer, undefined, as(partner))).data!.viewer.organization.id).toBe(home);
    const created = await t.graphql(CreateOrganization, { name: "Partner's customer" }, as(partner));
    const id = (created.data!.createOrganization as { organization: { id: string } }).organization.id;
    expect((await t.graphql(Viewer, undefined, as(partner, id))).data!.viewer.organization).toEqual({ id, name: "Partner's customer" });
    expect((await t.graphql(Organizations, {}, as(partner))).data!.organizations.edges.map((e) => e.node.id).sort()).toEqual(
      [home, id].sort(),
    );

    const wider = await t.graphql(FirstToken, { input: { name: "x", role: "ADMIN", reach: "ALL", organizationId: id } }, as(partner));
    expect(wider.data!.createAccessToken).toMatchObject({ __typename: "ValidationError", issues: [{ path: ["input", "reach"] }] });
    const first = await t.graphql(FirstToken, { input: { name: "customer admin", role: "ADMIN", organizationId: id } }, as(partner));
    const secret = (first.data!.createAccessToken as { secret: string }).secret;
    expect((await t.graphql(Viewer, undefined, as(secret))).data!.viewer.organization.id).toBe(id);
  });

  it("still refuses channel partners and archiving", async () => {
    expect((await t.graphql(CreateOrganization, { name: "no" }, as(t.adminToken))).errors?.[0].extensions).toMatchObject({
      code: "FORBIDDEN",
    });
    const other = await commandLineOrganization(t, "Other");
    expect((await t.graphql(ArchiveOrganization, { id: other.id }, as(partner))).errors?.[0].extensions).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
