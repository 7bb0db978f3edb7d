// Generated files that are committed must match what their generators print
// now: the SDL and the typed documents. Run `npm run generate` to refresh them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../schema/index.ts";
import codegenConfig from "../../codegen.ts";
import { projectRoot } from "../utils/processes.ts";

describe("committed artifacts", () => {
  it("schema/schema.graphql is the printed schema", () => {
    const committed = readFileSync(path.join(projectRoot, "schema/schema.graphql"), "utf8");
    expect(committed, "schema/schema.graphql is stale: run `npm run generate`").toBe(`${printSchema(schema)}\n`);
  });

  it("the typed documents are what codegen.ts generates", async () => {
    const outputs = (await generate({ ...codegenConfig, cwd: projectRoot, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      const committed = readFileSync(path.resolve(projectRoot, filename), "utf8");
      expect(committed, `${filename} is stale: run \`npm run generate\``).toBe(content);
    }
  });
});
