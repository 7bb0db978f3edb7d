// Configuration for the Prisma CLI (generate, migrate deploy, migrate status).
// The CLI talks to PostgreSQL through adapter-pg, so migrations run in the
// WebAssembly schema engine and no engine binary is ever downloaded.
import path from "node:path";

// Prisma 6.19 still tries to download engines unless these point at a file;
// nothing runs them with engine "js". Must happen before Prisma loads them.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= path.resolve("package.json");
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./server/db/migration-adapter.ts";

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => migrationAdapter(process.env.DATABASE_URL),
});
