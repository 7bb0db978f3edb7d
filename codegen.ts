// `npm run codegen`: typed GraphQL documents from the committed SDL. Tests and
// the dashboard write `graphql(`…`)` and get typed results.
import type { CodegenConfig } from "@graphql-codegen/cli";

const scalars = { DateTime: "string", ID: "string" };

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  ignoreNoDocuments: false,
  importExtension: ".ts",
  generates: {
    "tests/gql/": {
      documents: ["tests/**/*.ts", "!tests/gql/**"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
    },
    "client/src/gql/": {
      documents: ["client/src/**/*.{ts,tsx}", "!client/src/gql/**"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
    },
    // Graphcache's schema awareness: it needs the unions and interfaces (mutation
    // results, Node, Error) to match fragments exactly instead of guessing.
    "client/src/gql/introspection.ts": {
      plugins: ["urql-introspection"],
      config: { useTypeImports: true },
    },
  },
};

export default config;
