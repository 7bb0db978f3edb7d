// Channel and global partners (README, "Roles and partners"), programs, partner-only event types,
// and the audit log of who changed what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import { graphqlClient, startTestApp, type TestApp } from "../utils/test-app.ts";
import { createDestination, createEventType, createWebhook, commandLineToken } from "../utils/fixtures.ts";
import { newId } from "../../server/ids.ts";
import type { NewAccessToken } from "../../server/tokens/access-tokens.ts";
import { wsClient } from "../utils/live-clients.ts";

const Organizations = graphql(`
  query PartnerOrganizations($search: String) {
    organizations(search: $search) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const ActingIn = graphql(`
  query ActingIn {
    viewer {
      reach
      homeOrganizationId
      organization {
        id
        name
      }
    }
  }
`);

const CreateToken = graphql(`
  mutation PartnerToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
      ... on CreateAccessTokenPayload {
        secret
        accessToken {
          reach
          organizations {
            id
          }
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

const TokenOrganizations = graphql(`
  query PartnerTokenOrganizations {
    accessTokens(first: 50) {
      edges {
        node {
          name
          organizations {
            id
            name
          }
        }
      }
    }
  }
`);

const CreateProgram = graphql(`
  mutation PartnerProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      __typename
      ... on ProgramPayload {
        program {
          id
          name
        }
      }
      ... on ConflictError {
        path
      }
    }
  }
`);

const UpdateProgram = graphql(`
  mutation PartnerUpdateProgram($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      __typename
      ... on ProgramPayload {
        program {
          name
          description
        }
      }
    }
  }
`);

const ProgramWebhook = graphql(`
  mutation PartnerProgramWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      __typename
      ... on WebhookPayload {
        webhook {
          id
          global
          program {
            id
          }
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

const MarkPartnerOnly = graphql(`
  mutation MarkPartnerOnly($input: UpdateEventTypeInput!) {
    updateEventType(input: $input) {
      __typename
      ... on EventTypePayload {
        eventType {
          partnerOnly
        }
      }
      ... on ConflictError {
        message
        path
      }
    }
  }
`);

const PublishInProgram = graphql(`
  mutation PublishInProgram($input: PublishEventInput!) {
    publishEvent(input: $input) {
      __typename
      ... on PublishedEvent {
        event {
          programId
          deliveries {
            webhook {
              id
            }
          }
        }
      }
      ... on ValidationError {
        issues {
          path
        }
      }
    }
  }
`);

const AuditLog = graphql(`
  query PartnerAuditLog($filter: AuditLogFilter) {
    auditLog(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          action
          resourceType
          resourceId
          tokenId
          tokenName
          before
          after
        }
      }
    }
  }
`);

const RenameDestination = graphql(`
  mutation AuditRename($id: ID!, $name: String!) {
    updateDestination(input: { id: $id, name: $name }) {
      __typename
    }
  }
`);

const CreateCredentialForAudit = graphql(`
  mutation AuditCredential($input: CreateCredentialInput!) {
    createCredential(input: $input) {
      __typename
    }
  }
`);

let t: TestApp;
let home: string;
let north: string;
let south: string;
let tokens: { channel: string; global: string; everything: string; operator: string };

beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  const prisma = t.app.runtime.prisma;
  home = (await prisma.organization.findFirstOrThrow()).id;
  north = (await prisma.organization.create({ data: { id: newId("Organization"), name: "Northwind Rewards" } })).id;
  south = (await prisma.organization.create({ data: { id: newId("Organization"), name: "Southbay Loyalty" } })).id;
  const create = async (input: NewAccessToken) => (await commandLineToken(t, home, input)).secret;
  tokens = {
    channel: await create({ name: "channel partner", role: "ADMIN" }),
    global: await create({ name: "global partner", role: "ADMIN", reach: "ORGANIZATIONS", organizationIds: [north] }),
    everything: await create({ name: "all partner", role: "ADMIN", reach: "ALL" }),
    operator: await create({ name: "operator", role: "OPERATOR" }),
  };
});
afterAll(() => t?.stop());

const as = (token: string, organizationId?: string): { token: string; headers: Record<string, string> } => ({
  token,
  headers: organizationId ? { "x-organization-id": organizationId } : {},
});

describe("reach", () => {
  it("lets a channel partner see and act in its own organization only", async () => {
    const orgs = await t.graphql(Organizations, {}, as(tokens.channel));
    expect(orgs.data!.organizations.edges.map((e) => e.node.id)).toEqual([home]);
    const elsewhere = await t.graphql(ActingIn, undefined, as(tokens.channel, north));
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets a global partner search the organizations it reaches, by name or id, and act in them", async () => {
    const all = await t.graphql(Organizations, {}, as(tokens.global));
    expect(all.data!.organizations.edges.map((e) => e.node.name).sort()).toEqual(["Default organization", "Northwind Rewards"]);
    expect(
      (await t.graphql(Organizations, { search: "northw" }, as(tokens.global))).data!.organizations.edges.map((e) => e.node.id),
    ).toEqual([north]);
    expect((await t.graphql(Organizations, { search: north }, as(tokens.global))).data!.organizations.totalCount).toBe(1);
    expect((await t.graphql(Organizations, { search: south }, as(tokens.global))).data!.organizations.totalCount).toBe(0);

    const inNorth = await t.graphql(ActingIn, undefined, as(tokens.global, north));
    expect(inNorth.data!.viewer).toEqual({
      reach: "ORGANIZATIONS",
      homeOrganizationId: home,
      organization: { id: north, name: "Northwind Rewards" },
    });
    expect((await t.graphql(ActingIn, undefined, as(tokens.global, south))).errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN" });
    expect((await t.graphql(ActingIn, undefined, as(tokens.global, "org_01h455vb4pex5vsknk084sn02q"))).status).toBe(403);
  });

  it("keeps what is created in an organization there", async () => {
    const inNorth = {
      ...t,
      graphql: graphqlClient(
        (u, i) => t.app.yoga.fetch(u, { ...i, headers: { ...(i.headers as object), "x-organization-id": north } }),
        tokens.global,
      ),
    };
    const destinationId = await createDestination(inNorth, { url: "https://localhost/north" });
    const row = await t.app.runtime.prisma.destination.findUniqueOrThrow({ where: { id: destinationId } });
    expect(row.organizationId).toBe(north);
  });

  it("lets a partner over all organizations reach every one", async () => {
    const all = await t.graphql(Organizations, {}, as(tokens.everything));
    expect(all.data!.organizations.totalCount).toBe(3);
    expect((await t.graphql(ActingIn, undefined, as(tokens.everything, south))).data!.viewer.organization.id).toBe(south);
  });

  it("chooses the organization for the live feed in connectionParams", async () => {
    const client = wsClient(t.app.url!, { authorization: `Bearer ${tokens.channel}`, organizationId: north });
    client.subscribe(
      graphql(`
        subscription PartnerFeed {
          deliveryAttempts {
            missedBefore
          }
        }
      `),
    );
    await expect.poll(() => client.closed.code, { timeout: 5000 }).toBe(4403);
    await client.dispose();
  });

  it("never lets a token create one that reaches further than itself", async () => {
    const widen = await t.graphql(CreateToken, { input: { name: "wider", role: "VIEWER", reach: "ALL" } }, as(tokens.global));
    expect(widen.data!.createAccessToken).toMatchObject({ __typename: "ValidationError", issues: [{ path: ["input", "reach"] }] });
    const sideways = await t.graphql(
      CreateToken,
      { input: { name: "sideways", role: "VIEWER", reach: "ORGANIZATIONS", organizationIds: [south] } },
      as(tokens.global),
    );
    expect(sideways.data!.createAccessToken).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "organizationIds", "0"] }],
    });
    const fine = await t.graphql(
      CreateToken,
      { input: { name: "narrower", role: "VIEWER", reach: "ORGANIZATIONS", organizationIds: [north] } },
      as(tokens.global),
    );
    expect(fine.data!.createAccessToken).toMatchObject({ accessToken: { reach: "ORGANIZATIONS", organizations: [{ id: north }] } });
    const secret = (fine.data!.createAccessToken as { secret: string }).secret;
    expect((await t.graphql(ActingIn, undefined, as(secret, north))).data!.viewer.organization.id).toBe(north);
  });
});

describe("a token's organizations", () => {
  it("lists only the organizations the caller reaches itself", async () => {
    await commandLineToken(t, home, {
      name: "two-region partner",
      role: "VIEWER",
      reach: "ORGANIZATIONS",
      organizationIds: [north, south],
    });
    const listed = async (token: string) => {
      const result = await t.graphql(TokenOrganizations, undefined, as(token));
      const byName = new Map(result.data!.accessTokens.edges.map((e) => [e.node.name, e.node.organizations.map((o) => o!.name).sort()]));
      return { global: byName.get("global partner"), twoRegions: byName.get("two-region partner") };
    };
    // A channel partner's admin sees its colleagues' tokens, not the organizations beyond its own reach.
    expect(await listed(tokens.channel)).toEqual({ global: [], twoRegions: [] });
    expect(await listed(tokens.global)).toEqual({ global: ["Northwind Rewards"], twoRegions: ["Northwind Rewards"] });
    expect(await listed(tokens.everything)).toEqual({
      global: ["Northwind Rewards"],
      twoRegions: ["Northwind Rewards", "Southbay Loyalty"],
    });
  });
});

describe("programs", () => {
  it("routes an event with a program to that program's webhooks and the global ones", async () => {
    const alpha = (await t.graphql(CreateProgram, { input: { name: "Alpha rewards" } })).data!.createProgram as { program: { id: string } };
    const beta = (await t.graphql(CreateProgram, { input: { name: "Beta rewards" } })).data!.createProgram as { program: { id: string } };
    expect((await t.graphql(CreateProgram, { input: { name: "Alpha rewards" } })).data!.createProgram).toEqual({
      __typename: "ConflictError",
      path: ["input", "name"],
    });
    expect((await t.graphql(UpdateProgram, { input: { id: alpha.program.id, description: "Points" } })).data!.updateProgram).toMatchObject({
      program: { name: "Alpha rewards", description: "Points" },
    });

    await createEventType(t, "points.earned");
    const destinationId = await createDestination(t, { url: "https://localhost/points" });
    const globalId = await createWebhook(t, { destinationId, eventTypes: ["points.earned"], name: "Global" });
    const alphaHook = await t.graphql(ProgramWebhook, {
      input: { name: "Alpha", destinationId, eventTypes: ["points.earned"], programId: alpha.program.id },
    });
    expect(alphaHook.data!.createWebhook).toMatchObject({ webhook: { global: false, program: { id: alpha.program.id } } });
    const alphaId = (alphaHook.data!.createWebhook as { webhook: { id: string } }).webhook.id;
    await t.graphql(ProgramWebhook, { input: { name: "Beta", destinationId, eventTypes: ["points.earned"], programId: beta.program.id } });

    const inAlpha = await t.graphql(PublishInProgram, { input: { type: "points.earned", payload: {}, programId: alpha.program.id } });
    const reached = (inAlpha.data!.publishEvent as { event: { deliveries: { webhook: { id: string } }[] } }).event.deliveries.map(
      (d) => d.webhook.id,
    );
    expect(reached.sort()).toEqual([alphaId, globalId].sort());
    const noProgram = await t.graphql(PublishInProgram, { input: { type: "points.earned", payload: {} } });
    expect(
      (noProgram.data!.publishEvent as { event: { deliveries: { webhook: { id: string } }[] } }).event.deliveries.map((d) => d.webhook.id),
    ).toEqual([globalId]);
    const unknown = await t.graphql(PublishInProgram, {
      input: { type: "points.earned", payload: {}, programId: "prg_01h455vb4pex5vsknk084sn02q" },
    });
    expect(unknown.data!.publishEvent).toMatchObject({ __typename: "ValidationError", issues: [{ path: ["input", "programId"] }] });
  });

  it("keeps partner-only event types for global webhooks", async () => {
    const program = (await t.graphql(CreateProgram, { input: { name: "Gamma" } })).data!.createProgram as { program: { id: string } };
    await createEventType(t, "partner.settled");
    const destinationId = await createDestination(t, { url: "https://localhost/partner" });
    const typeId = (await t.app.runtime.prisma.eventType.findFirstOrThrow({ where: { name: "partner.settled" } })).id;
    // Marked partner-only only while no program's webhook subscribes to it; the conflict names them.
    const linked = await t.graphql(ProgramWebhook, {
      input: { name: "Gamma settlements", destinationId, eventTypes: ["partner.settled"], programId: program.program.id },
    });
    const linkedId = (linked.data!.createWebhook as { webhook: { id: string } }).webhook.id;
    const conflict = await t.graphql(MarkPartnerOnly, { input: { id: typeId, partnerOnly: true } });
    expect(conflict.data!.updateEventType).toMatchObject({
      __typename: "ConflictError",
      path: ["input", "partnerOnly"],
      message:
        "partner.settled cannot be partner-only while the program webhook “Gamma settlements” subscribes to it: remove it from their events first.",
    });
    expect((await t.app.runtime.prisma.eventType.findUniqueOrThrow({ where: { id: typeId } })).partnerOnly).toBe(false);
    await t.app.runtime.prisma.webhook.delete({ where: { id: linkedId } });
    const marked = await t.graphql(MarkPartnerOnly, { input: { id: typeId, partnerOnly: true } });
    expect(marked.data!.updateEventType).toMatchObject({ __typename: "EventTypePayload", eventType: { partnerOnly: true } });

    const refused = await t.graphql(ProgramWebhook, {
      input: { name: "p", destinationId, eventTypes: ["partner.settled"], programId: program.program.id },
    });
    expect(refused.data!.createWebhook).toMatchObject({
      issues: [{ path: ["input", "eventTypes", "0"], message: "partner.settled is for global webhooks only, not a program's." }],
    });
    const global = await t.graphql(ProgramWebhook, { input: { name: "g", destinationId, eventTypes: ["partner.settled"] } });
    expect(global.data!.createWebhook.__typename).toBe("WebhookPayload");
  });
});

describe("the audit log", () => {
  it("records who changed what, before and after, without secrets", async () => {
    const destinationId = await createDestination(t, { url: "https://localhost/audited", name: "Before name" });
    await t.graphql(RenameDestination, { id: destinationId, name: "After name" });
    await t.graphql(CreateCredentialForAudit, { input: { name: "audited", type: "BEARER", fields: { token: "audit-secret-token-1" } } });

    const log = await t.graphql(AuditLog, { filter: { resourceId: destinationId } });
    const me = await t.app.runtime.prisma.accessToken.findFirstOrThrow({ where: { name: "First admin token" } });
    expect(log.data!.auditLog.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        action: "destination.updated",
        tokenId: me.id,
        tokenName: "First admin token",
        before: expect.objectContaining({ name: "Before name" }),
        after: expect.objectContaining({ name: "After name" }),
      }),
      expect.objectContaining({ action: "destination.created", before: null, after: expect.objectContaining({ name: "Before name" }) }),
    ]);
    const all = await t.graphql(AuditLog, { filter: { resourceType: "Credential" } });
    expect(all.data!.auditLog.totalCount).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(all)).not.toContain("audit-secret-token-1");
    expect(JSON.stringify(all)).not.toContain("sealedSecrets");
    const tokenEntries = await t.graphql(AuditLog, { filter: { resourceType: "AccessToken" } });
    expect(JSON.stringify(tokenEntries)).not.toContain("secretHash");
  });

  it("is for admins only", async () => {
    const asOperator = await t.graphql(AuditLog, {}, as(tokens.operator));
    expect(asOperator.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});
