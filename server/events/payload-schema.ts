// JSON Schema (draft 2020-12) for event payloads, checked with ajv. Schemas
// are compiled once per event type version and cached.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { FieldIssue } from "../errors.ts";
import { compileRe2, re2Problem } from "../regex/re2.ts";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** A schema's `pattern` or `patternProperties` key that RE2 does not accept. */
class UnsupportedPatternError extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: string,
  ) {
    super(
      `The pattern ${JSON.stringify(pattern)} is not supported (${reason}); patterns use RE2 syntax, without backreferences or lookaround.`,
    );
  }
}

/** ajv's regular-expression hook: patterns run on RE2 (linear time) instead of JavaScript's backtracking RegExp. */
const re2RegExp = Object.assign(
  (pattern: string) => {
    const reason = re2Problem(pattern);
    if (reason !== null) throw new UnsupportedPatternError(pattern, reason);
    const regex = compileRe2(pattern);
    // ajv keys its cache of compiled patterns by toString().
    return { test: (input: string) => regex.test(input), toString: () => `/${pattern}/` };
  },
  { code: "re2RegExp" },
);

function newAjv(): Ajv2020 {
  // strict: unknown keywords are mistakes in a schema someone typed; the
  // stylistic strict checks (required without properties…) are left to authors.
  // allowMatchingProperties: that check tests patternProperties against property
  // names with JavaScript's RegExp, outside the RE2 hook.
  return addFormats(
    new Ajv2020({
      allErrors: true,
      strict: true,
      strictRequired: false,
      strictTypes: false,
      strictTuples: false,
      allowMatchingProperties: true,
      validateSchema: true,
      code: { regExp: re2RegExp },
    }),
  );
}

const ajv = newAjv();
const compiled = new Map<string, ValidateFunction>();
const MAX_CACHED = 1000;

/** Where in the schema a refused pattern is written, as path segments (empty when not found). */
function locatePattern(node: unknown, pattern: string): string[] | null {
  if (typeof node !== "object" || node === null) return null;
  for (const [key, value] of Object.entries(node)) {
    if (key === "pattern" && value === pattern) return [key];
    if (key === "patternProperties" && typeof value === "object" && value !== null && Object.hasOwn(value, pattern)) return [key, pattern];
    const inner = locatePattern(value, pattern);
    if (inner) return [key, ...inner];
  }
  return null;
}

/** Problems with a schema itself, at their path under `basePath`; empty when it compiles. */
export function schemaIssues(schema: unknown, basePath: string[]): FieldIssue[] {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema))
    return [{ path: basePath, message: "A JSON Schema is an object." }];
  try {
    newAjv().compile(schema);
    return [];
  } catch (error) {
    if (error instanceof UnsupportedPatternError)
      return [{ path: [...basePath, ...(locatePattern(schema, error.pattern) ?? [])], message: error.message }];
    return [{ path: basePath, message: (error as Error).message }];
  }
}

/** Validates a payload against an event type's schema; issues point into the payload. */
export function payloadIssues(cacheKey: string, schema: object, payload: unknown, basePath: string[]): FieldIssue[] {
  let validate = compiled.get(cacheKey);
  if (!validate) {
    try {
      validate = ajv.compile(schema);
    } catch (error) {
      // A schema saved before patterns ran on RE2 may hold one it refuses.
      if (error instanceof UnsupportedPatternError)
        return [{ path: basePath, message: `The event type's schema cannot be checked: ${error.message} Update the event type's schema.` }];
      throw error;
    }
    if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value!);
    compiled.set(cacheKey, validate);
  }
  if (validate(payload)) return [];
  return (validate.errors ?? []).map((error) => {
    const pointer = error.instancePath
      .split("/")
      .slice(1)
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
    const where = error.instancePath || "(root)";
    return { path: [...basePath, ...pointer], message: `${where} ${error.message ?? "is invalid"}` };
  });
}
