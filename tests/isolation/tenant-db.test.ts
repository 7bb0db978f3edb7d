// The organization-bound handle: reads, writes and raw SQL through it reach
// its organization only, whatever the caller forgets to say.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../server/db/generated/client.ts";
import { newId } from "../../server/ids.ts";
import { organization, organizationOwnedModels, tenantDb, tenantSql, type TenantDb } from "../../server/tenancy/tenant-db.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";

let t: TestApp;
let a: TenantDb;
const ids = { a: "", b: "", programOfB: "" };

beforeAll(async () => {
  t = await startTestApp();
  const prisma = t.app.runtime.prisma;
  ids.a = (await prisma.organization.findFirstOrThrow()).id;
  ids.b = (await prisma.organization.create({ data: { id: newId("Organization"), name: "B" } })).id;
  ids.programOfB = (await prisma.program.create({ data: { id: newId("Program"), organizationId: ids.b, name: "B's" } })).id;
  a = tenantDb(prisma, { organizationId: ids.a });
}, 60_000);
afterAll(async () => {
  await t?.stop();
});

describe("the tenant handle", () => {
  it("knows the organization-owned models from the generated client", () => {
    expect(organizationOwnedModels).toContain("Delivery");
    expect(organizationOwnedModels).toContain("IdempotencyKey");
    expect(organizationOwnedModels).not.toContain("Organization");
  });

  it("reads nothing of another organization, by id or by list", async () => {
    expect(await a.program.findUnique({ where: { id: ids.programOfB } })).toBeNull();
    expect(await a.program.findFirst({ where: { id: ids.programOfB } })).toBeNull();
    expect(await a.program.findMany()).toEqual([]);
    expect(await a.program.count()).toBe(0);
  });

  it("writes nothing of another organization by bare id", async () => {
    await expect(a.program.update({ where: { id: ids.programOfB }, data: { name: "taken" } })).rejects.toThrow();
    expect(await a.program.deleteMany({ where: { id: ids.programOfB } })).toEqual({ count: 0 });
    expect((await t.app.runtime.prisma.program.findUniqueOrThrow({ where: { id: ids.programOfB } })).name).toBe("B's");
  });

  it("creates in its organization, and refuses to create in another", async () => {
    const created = await a.program.create({ data: { id: newId("Program"), name: "A's" } as never });
    expect(created.organizationId).toBe(ids.a);
    await expect(a.program.create({ data: { id: newId("Program"), organizationId: ids.b, name: "smuggled" } })).rejects.toThrow(
      /organization/,
    );
  });

  it("keeps the organization inside interactive transactions", async () => {
    const seen = await a.$transaction(async (tx) => tx.program.findMany());
    expect(seen.map((p) => p.organizationId)).toEqual([ids.a]);
  });

  it("runs raw SQL only when built with tenantSql, and binds its own organization there", async () => {
    await expect(a.$queryRaw`SELECT id FROM "Program"`).rejects.toThrow(/tenantSql/);
    await expect(a.$queryRaw(Prisma.sql`SELECT id FROM "Program"`)).rejects.toThrow(/tenantSql/);
    await expect(a.$executeRawUnsafe(`DELETE FROM "Program"`)).rejects.toThrow(/tenantSql/);
    await expect(a.$queryRaw`SELECT id FROM "Program" WHERE "organizationId" = ${ids.b}`).rejects.toThrow(/tenantSql/);
    expect(() => tenantSql`SELECT id FROM "Program"`).toThrow(/organization/);
    const statement = tenantSql`SELECT "organizationId" FROM "Program" WHERE "organizationId" = ${organization}`;
    const rows = await a.$queryRaw<{ organizationId: string }[]>(statement);
    expect(rows.map((r) => r.organizationId)).toEqual([ids.a]);
    // The plain client has no organization to put in its place: it binds none, and matches nothing.
    expect(await t.app.runtime.prisma.$queryRaw(statement)).toEqual([]);
  });
});
