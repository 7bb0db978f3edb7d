// First start: an empty database gets a default organization and an admin
// token. The token's secret is printed once, here, and never again.
import type { PrismaClient } from "../db/database.ts";
import { hashTokenSecret } from "../auth/token-secret.ts";
import { createAccessToken } from "../tokens/access-tokens.ts";
import { createOrganization } from "./organizations.ts";

// Held for the bootstrap transaction so two processes starting together create one organization.
const BOOTSTRAP_LOCK = 7_302_514_002;

export type BootstrapResult =
  | { created: false; adminTokenIgnored: boolean }
  | { created: true; organizationId: string; secret: string; secretFromEnvironment: boolean };

export async function bootstrap(prisma: PrismaClient, adminToken?: string): Promise<BootstrapResult> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${BOOTSTRAP_LOCK})`);
    if ((await tx.organization.count()) > 0) {
      const known = adminToken ? (await tx.accessToken.count({ where: { secretHash: hashTokenSecret(adminToken) } })) > 0 : true;
      return { created: false, adminTokenIgnored: !known };
    }
    const organization = await createOrganization(tx, { name: "Default organization" });
    const { secret } = await createAccessToken(
      tx,
      { organizationId: organization.id },
      {
        name: "First admin token",
        role: "ADMIN",
        secret: adminToken,
      },
    );
    return { created: true, organizationId: organization.id, secret, secretFromEnvironment: adminToken !== undefined };
  });
}

export function bootstrapBanner(result: Extract<BootstrapResult, { created: true }>, graphqlUrl: string): string {
  if (result.secretFromEnvironment) {
    return `Switchyard created the default organization; its admin token is the one in SWITCHYARD_ADMIN_TOKEN.\n`;
  }
  return [
    "",
    "  Switchyard created the default organization and its first admin token.",
    "  This is the only time the token is shown; keep it somewhere safe:",
    "",
    `    ${result.secret}`,
    "",
    "  Try it:",
    "",
    `    curl -s ${graphqlUrl} \\`,
    `      -H 'Authorization: Bearer ${result.secret}' \\`,
    `      -H 'Content-Type: application/json' \\`,
    `      -d '{"query":"{ viewer { tokenName role organization { id name } } }"}'`,
    "",
    "  Lost it? Create another with: npm run cli -- token create --name <name>",
    "",
  ].join("\n");
}
