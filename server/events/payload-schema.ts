// JSON Schema (draft 2020-12) for event payloads, checked with ajv. Schemas
// are compiled once per event type version and cached.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { FieldIssue } from "../errors.ts";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

function newAjv(): Ajv2020 {
  // strict: unknown keywords are mistakes in a schema someone typed; the
  // stylistic strict checks (required without properties…) are left to authors.
  return addFormats(new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false, strictTuples: false, validateSchema: true }));
}

const ajv = newAjv();
const compiled = new Map<string, ValidateFunction>();
const MAX_CACHED = 1000;

/** Problems with a schema itself, as messages; empty when it compiles. */
export function schemaProblems(schema: unknown): string[] {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return ["A JSON Schema is an object."];
  try {
    newAjv().compile(schema as object);
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

/** Validates a payload against an event type's schema; issues point into the payload. */
export function payloadIssues(cacheKey: string, schema: object, payload: unknown, basePath: string[]): FieldIssue[] {
  let validate = compiled.get(cacheKey);
  if (!validate) {
    validate = ajv.compile(schema);
    if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value!);
    compiled.set(cacheKey, validate);
  }
  if (validate(payload)) return [];
  return (validate.errors ?? []).map((error) => {
    const pointer = error.instancePath.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
    const where = error.instancePath || "(root)";
    return { path: [...basePath, ...pointer], message: `${where} ${error.message ?? "is invalid"}` };
  });
}
