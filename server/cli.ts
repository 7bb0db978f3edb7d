// The operator's command line, straight on the configured database:
// `token create` for operators who lost theirs (or for partners: --reach),
// `organization create` for a new business unit. Prints a token's secret once.
import { parseArgs } from "node:util";
import { loadConfig } from "./config.ts";
import { closeRuntime, createRuntime } from "./runtime.ts";
import { StartupError } from "./startup-error.ts";
import { createAccessToken } from "./tokens/access-tokens.ts";
import { operationFor } from "./operation.ts";
import { COMMAND_LINE } from "./changes/change.ts";
import { ValidationError } from "./errors.ts";
import type { Reach, Role } from "./auth/principal.ts";
import { createOrganization, forNewOrganization } from "./organizations/organizations.ts";

const usage = `usage:
  npm run cli -- token create --name <name> [--role ADMIN|OPERATOR|VIEWER] [--organization <org id>]
                              [--reach ORGANIZATION|ORGANIZATIONS|ALL] [--organizations <org id>,<org id>…]
  npm run cli -- organization create --name <name>

A token acts in its --organization, and with --reach ORGANIZATIONS also in the listed --organizations,
with --reach ALL in every one (a partner's token; the X-Organization-Id header chooses per request).

Uses DATABASE_URL when set, else the embedded database in SWITCHYARD_DATA_DIR (default ./data),
which must not be open in a running Switchyard at the same time.`;

class UsageError extends Error {}

async function tokenCreate(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      name: { type: "string" },
      role: { type: "string", default: "ADMIN" },
      organization: { type: "string" },
      reach: { type: "string", default: "ORGANIZATION" },
      organizations: { type: "string" },
    },
  });
  if (!values.name) throw new UsageError("--name is required");
  const role = values.role?.toUpperCase() as Role;
  if (!["ADMIN", "OPERATOR", "VIEWER"].includes(role)) throw new UsageError(`unknown role "${values.role}"`);
  const reach = values.reach?.toUpperCase() as Reach;
  if (!["ORGANIZATION", "ORGANIZATIONS", "ALL"].includes(reach)) throw new UsageError(`unknown reach "${values.reach}"`);
  const organizationIds =
    values.organizations
      ?.split(",")
      .map((id) => id.trim())
      .filter(Boolean) ?? [];
  if (reach === "ORGANIZATIONS" && organizationIds.length === 0)
    throw new UsageError("--reach ORGANIZATIONS needs --organizations <org id>,…");
  const runtime = await createRuntime(loadConfig(process.env, "all"), {});
  try {
    const organizations = await runtime.prisma.organization.findMany({ orderBy: { id: "asc" }, take: 2 });
    const organization = values.organization
      ? await runtime.prisma.organization.findUnique({ where: { id: values.organization } })
      : organizations.length === 1
        ? organizations[0]
        : undefined;
    if (!organization) {
      throw new UsageError(
        values.organization
          ? `no organization ${values.organization}`
          : organizations.length === 0
            ? "the database has no organization yet: start Switchyard once (npm start) and it creates one"
            : "several organizations exist: choose one with --organization <id>",
      );
    }
    const op = operationFor(runtime, { organizationId: organization.id }, COMMAND_LINE);
    const { token, secret } = await createAccessToken(op, { name: values.name, role, reach, organizationIds });
    const reaching =
      reach === "ALL" ? ", reaching every organization" : reach === "ORGANIZATIONS" ? `, also reaching ${organizationIds.join(", ")}` : "";
    process.stdout.write(
      `Created ${token.role} token "${token.name}" (${token.id}) in ${organization.name} (${organization.id})${reaching}.\n` +
        `This is the only time its secret is shown:\n\n  ${secret}\n\n`,
    );
  } finally {
    await closeRuntime(runtime);
  }
}

async function organizationCreate(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { name: { type: "string" } } });
  const name = values.name;
  if (!name) throw new UsageError("--name is required");
  const runtime = await createRuntime(loadConfig(process.env, "all"), {});
  try {
    const organization = await createOrganization(forNewOrganization(runtime, COMMAND_LINE), { name });
    process.stdout.write(
      `Created organization "${organization.name}" (${organization.id}).\n` +
        `Give it a token: npm run cli -- token create --name <name> --organization ${organization.id}\n`,
    );
  } finally {
    await closeRuntime(runtime);
  }
}

async function main(argv: string[]): Promise<void> {
  const [noun, verb, ...rest] = argv;
  if (noun === "token" && verb === "create") return tokenCreate(rest);
  if (noun === "organization" && verb === "create") return organizationCreate(rest);
  throw new UsageError(noun ? `unknown command "${[noun, verb].filter(Boolean).join(" ")}"` : "no command given");
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`switchyard: ${error.message}\n\n${usage}`);
  else if (error instanceof StartupError || error instanceof ValidationError) console.error(`switchyard: ${error.message}`);
  else console.error("switchyard:", error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
