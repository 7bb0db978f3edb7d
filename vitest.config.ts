import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module). Node loads the CJS one for
    // yoga and Pothos; Vite would pick the ESM one for our files, and two
    // copies of graphql break `instanceof GraphQLError`. Use Node's choice.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/utils/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // The machines have two cores; PGlite instances are CPU-bound.
    maxWorkers: 2,
  },
});
