// `npm run schema:print`: writes the SDL that is committed at schema/schema.graphql.
// With --check, fails instead when the committed file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchema } from "graphql";
import { schema } from "./index.ts";

const target = fileURLToPath(new URL("./schema.graphql", import.meta.url));
const printed = `${printSchema(schema)}\n`;

if (process.argv.includes("--check")) {
  const committed = readFileSync(target, "utf8");
  if (committed !== printed) {
    console.error("schema/schema.graphql is stale: run `npm run schema:print` and commit it.");
    process.exit(1);
  }
} else {
  writeFileSync(target, printed);
  console.log(`wrote ${target}`);
}
