// First start: an empty database gets a default organization and an admin
// token. The token's secret is printed once, here, and never again.
import type { Runtime } from "../runtime.ts";
import { SWITCHYARD } from "../changes/change.ts";
import { organization, tenantSql } from "../tenancy/tenant-db.ts";
import { hashTokenSecret } from "../auth/token-secret.ts";
import { createAccessToken } from "../tokens/access-tokens.ts";
import { createOrganization, forNewOrganization } from "./organizations.ts";

// Held for the bootstrap transaction so two processes starting together create one organization.
const BOOTSTRAP_LOCK = 7_302_514_002;

export type BootstrapResult =
  | { created: false; adminTokenIgnored: boolean }
  | { created: true; organizationId: string; secret: string; secretFromEnvironment: boolean };

export async function bootstrap(runtime: Runtime, adminToken?: string): Promise<BootstrapResult> {
  const result = await forNewOrganization(runtime, SWITCHYARD).transaction(async (op) => {
    // The lock is global; the statement names the new organization only because an operation's raw SQL must.
    await op.db.$executeRaw(tenantSql`SELECT pg_advisory_xact_lock(${BOOTSTRAP_LOCK}), ${organization}::text`);
    if ((await op.db.organization.count()) > 0) return undefined;
    const created = await createOrganization(op, { name: "Default organization" });
    const { secret } = await createAccessToken(op, { name: "First admin token", role: "ADMIN", secret: adminToken });
    return { created: true as const, organizationId: created.id, secret, secretFromEnvironment: adminToken !== undefined };
  });
  if (result) return result;
  const known = adminToken ? (await runtime.prisma.accessToken.count({ where: { secretHash: hashTokenSecret(adminToken) } })) > 0 : true;
  return { created: false, adminTokenIgnored: !known };
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
