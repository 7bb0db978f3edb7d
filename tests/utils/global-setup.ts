// Prepares one migrated database template per run, so each test file starts
// from a fresh copy in milliseconds instead of migrating its own.
import type { TestProject } from "vitest/node";
import { prepareTemplate, dropTemplate } from "./test-database.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = await prepareTemplate();
  project.provide("databaseTemplate", template);
  return () => dropTemplate(template);
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: import("./test-database.ts").DatabaseTemplate;
  }
}
