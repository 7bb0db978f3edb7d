// `npm run cli -- token create --name <name> [--role ADMIN|OPERATOR|VIEWER] [--organization <id>]`
// Creates an access token straight in the configured database, for operators
// who lost theirs. Prints the secret once.
import { parseArgs } from "node:util";
import { loadConfig } from "./config.ts";
import { closeRuntime, createRuntime } from "./runtime.ts";
import { StartupError } from "./startup-error.ts";
import { createAccessToken } from "./tokens/access-tokens.ts";
import { ValidationError } from "./errors.ts";
import type { Role } from "./auth/principal.ts";

const usage = `usage:
  npm run cli -- token create --name <name> [--role ADMIN|OPERATOR|VIEWER] [--organization <org id>]

Uses DATABASE_URL when set, else the embedded database in SWITCHYARD_DATA_DIR (default ./data),
which must not be open in a running Switchyard at the same time.`;

class UsageError extends Error {}

async function tokenCreate(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { name: { type: "string" }, role: { type: "string", default: "ADMIN" }, organization: { type: "string" } },
  });
  if (!values.name) throw new UsageError("--name is required");
  const role = values.role?.toUpperCase() as Role;
  if (!["ADMIN", "OPERATOR", "VIEWER"].includes(role)) throw new UsageError(`unknown role "${values.role}"`);
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
    const { token, secret } = await createAccessToken(runtime.prisma, { organizationId: organization.id }, { name: values.name, role });
    process.stdout.write(
      `Created ${token.role} token "${token.name}" (${token.id}) in ${organization.name} (${organization.id}).\n` +
        `This is the only time its secret is shown:\n\n  ${secret}\n\n`,
    );
  } finally {
    await closeRuntime(runtime);
  }
}

async function main(argv: string[]): Promise<void> {
  const [noun, verb, ...rest] = argv;
  if (noun === "token" && verb === "create") return tokenCreate(rest);
  throw new UsageError(noun ? `unknown command "${[noun, verb].filter(Boolean).join(" ")}"` : "no command given");
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`switchyard: ${error.message}\n\n${usage}`);
  else if (error instanceof StartupError || error instanceof ValidationError) console.error(`switchyard: ${error.message}`);
  else console.error("switchyard:", error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
