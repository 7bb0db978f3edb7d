import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "server/db/generated/", "schema/generated/", "tests/gql/", "client/src/gql/", "client/dist/", "data/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    // Loading deliveries by bare id skips the organization: only the worker and the manual attempts beside it may.
    files: ["server/**/*.ts", "schema/**/*.ts"],
    ignores: ["server/delivery/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/delivery/claim.ts", "**/delivery/deliver.ts"],
              importNames: ["loadDeliveries", "attemptDeliveriesById", "claimDueDeliveries"],
              message: "Unscoped delivery loaders are the worker's; an organization's request goes through server/delivery/resend.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["client/src/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
);
