// JSON Schema (draft 2020-12) for event payloads, checked with ajv. Any
// organization writes these schemas and they run on the event loop, so a
// schema is held to limits when saved (size, nesting, how far its $refs
// expand, uniqueItems only where ajv checks it in linear time) and every
// validation runs on a budget of work. Each schema is compiled by an ajv
// instance of its own: $ids never meet another organization's, and nothing
// accumulates beyond the bounded cache of compiled validators.
import { _, Ajv2020, type AnySchemaObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { FieldIssue } from "../errors.ts";
import { compileRe2, re2Problem } from "../regex/re2.ts";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** A schema's JSON text: 32 KiB holds hundreds of documented properties; compiling one this size takes ~30 ms. */
export const MAX_SCHEMA_BYTES = 32 * 1024;
/** Subschemas once local $refs are followed (a recursive $ref counts once): 2^n allOf chains stop here. */
export const MAX_SCHEMA_NODES = 500;
/** Nesting of subschemas in the schema's text; ajv compiles recursively. */
export const MAX_SCHEMA_DEPTH = 32;
/** Problems reported for one payload; the rest are counted. */
export const MAX_ISSUES = 100;
/** Work units per validation (a subschema applied ≈ 16, a character matched by a pattern ≈ its program size): ~100 ms. */
export const MAX_VALIDATION_COST = 10_000_000;

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

/** Thrown from inside a validation that has spent its budget; ajv's generated code does not catch it. */
class ValidationBudgetError extends Error {}

/** The budget of the validation running now (validations are synchronous, so one at a time). */
let spent = 0;
function charge(units: number): void {
  spent += units;
  if (spent > MAX_VALIDATION_COST) throw new ValidationBudgetError();
}

/** ajv's regular-expression hook: patterns run on RE2 (linear time) instead of JavaScript's backtracking RegExp. */
const re2RegExp = Object.assign(
  (pattern: string) => {
    const reason = re2Problem(pattern);
    if (reason !== null) throw new UnsupportedPatternError(pattern, reason);
    const regex = compileRe2(pattern);
    // RE2's time is at most the input's length times the program's size, and far less for most patterns: a
    // bounded repeat such as {1,255} makes a program of ~500 instructions that matches a name in ~0.2 µs a
    // character. Charging the whole size refused 1,000 such names (43 KB); capped at 32, the worst pattern
    // measured (~900 ns a character) spends the budget in ~250 ms.
    const perCharacter = Math.min(regex.programSize(), 32) + 4;
    return {
      test: (input: string) => {
        charge(MATCH_UNITS + input.length * perCharacter);
        return regex.test(input);
      },
      // ajv keys its cache of compiled patterns by toString().
      toString: () => `/${pattern}/`,
    };
  },
  { code: "re2RegExp" },
);

// A keyword added to every subschema of the compiled copy: it charges each
// application of the subschema, plus the instance's length where the
// subschema's own keywords walk it.
const METER = "switchyardMeter";
interface Meter {
  units: number;
  /** Which instances the subschema's own keywords walk: 1 strings, 2 arrays, 4 objects. */
  sized?: number;
  /** Per property of an object instance. */
  perKey?: number;
}

/** The error count last seen; an error object costs more than applying a subschema. */
let errorsSeen = 0;
function meterData(units: number, sized: number, perKey: number, data: unknown, errors: number): void {
  // Errors only grow within one generated function; a smaller count is another function's.
  if (errors > errorsSeen) units += (errors - errorsSeen) * ERROR_UNITS;
  errorsSeen = errors;
  if (sized & 1 && typeof data === "string") units += data.length;
  else if (sized & 2 && Array.isArray(data)) units += data.length * UNIQUE_ITEM_UNITS;
  else if (sized & 4 && typeof data === "object" && data !== null) for (const _key in data) units += perKey;
  charge(units);
}
const APPLY_UNITS = 16;
const UNIQUE_ITEM_UNITS = 8;
const KEY_UNITS = 2;
const ERROR_UNITS = 512;
const MATCH_UNITS = 128;

function newAjv(): Ajv2020 {
  // strict: unknown keywords are mistakes in a schema someone typed; the
  // stylistic strict checks (required without properties…) are left to authors.
  // allowMatchingProperties: that check tests patternProperties against property
  // names with JavaScript's RegExp, outside the RE2 hook.
  // inlineRefs: false compiles a $ref'd definition once, not once per $ref.
  const ajv = addFormats(
    new Ajv2020({
      allErrors: true,
      strict: true,
      strictRequired: false,
      strictTypes: false,
      strictTuples: false,
      allowMatchingProperties: true,
      validateSchema: false,
      inlineRefs: false,
      // ajv's optimizing passes over the generated code take half its compile time.
      code: { regExp: re2RegExp, optimize: false },
    }),
  );
  ajv.addKeyword({
    keyword: METER,
    schemaType: "object",
    // After the subschema's other keywords, so it also sees the errors they made.
    post: true,
    // Generated inline: a call per application, no error bookkeeping.
    code(cxt) {
      const meter = cxt.schema as Meter;
      const fn = cxt.gen.scopeValue("func", { ref: meterData });
      // `errors` is the generated function's count of errors so far.
      cxt.gen.code(_`${fn}(${meter.units}, ${meter.sized ?? 0}, ${meter.perKey ?? 0}, ${cxt.data}, errors)`);
    },
  });
  return ajv;
}

/** Checks schemas against the 2020-12 meta-schema; validateSchema adds nothing to the instance. */
const metaAjv = addFormats(new Ajv2020({ allErrors: true, strict: false, validateSchema: false, code: { regExp: re2RegExp } }));

// Keywords whose values are subschemas applied to the instance or its parts.
const SCHEMA_KEYWORDS = [
  "additionalProperties",
  "propertyNames",
  "items",
  "contains",
  "not",
  "if",
  "then",
  "else",
  "unevaluatedItems",
  "unevaluatedProperties",
];
const SCHEMA_LIST_KEYWORDS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_MAP_KEYWORDS = ["properties", "patternProperties", "dependentSchemas", "dependencies", "$defs", "definitions"];
const SCALAR_TYPES = new Set(["string", "number", "integer", "boolean", "null"]);

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);

/** The subschemas directly inside a schema, with their path segments. */
function* children(node: Node): Generator<[string[], unknown]> {
  for (const keyword of SCHEMA_KEYWORDS) if (keyword in node) yield [[keyword], node[keyword]];
  for (const keyword of SCHEMA_LIST_KEYWORDS) {
    const list = node[keyword];
    if (Array.isArray(list)) for (const [i, value] of list.entries()) yield [[keyword, String(i)], value];
  }
  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = node[keyword];
    if (!isNode(map)) continue;
    for (const [key, value] of Object.entries(map))
      if (!(keyword === "dependencies" && Array.isArray(value))) yield [[keyword, key], value];
  }
}

interface Problem {
  path: string[];
  message: string;
}

/** Where a $ref points inside the schema, or null when it points outside it. */
function localTarget(root: Node, ref: string, anchors: Map<string, Node>): { target: unknown } | null {
  let fragment: string;
  if (ref.startsWith("#")) fragment = ref.slice(1);
  else {
    const base = typeof root.$id === "string" ? root.$id : null;
    if (base === null) return null;
    try {
      const resolved = new URL(ref, base);
      const own = new URL(base);
      if (resolved.href.replace(/#.*$/, "") !== own.href.replace(/#.*$/, "")) return null;
      fragment = decodeURIComponent(resolved.hash.slice(1));
    } catch {
      return null;
    }
  }
  if (fragment === "") return { target: root };
  if (!fragment.startsWith("/")) return { target: anchors.get(fragment) };
  let target: unknown = root;
  for (const raw of fragment.slice(1).split("/")) {
    const part = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    target = typeof target === "object" && target !== null ? (target as Node)[part] : undefined;
  }
  return { target };
}

/**
 * What keeps a schema from being checked within the limits, at its path in the
 * schema; empty when none. Runs before ajv sees the schema.
 */
function limitProblems(schema: Node): Problem[] {
  const text = JSON.stringify(schema);
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_SCHEMA_BYTES)
    return [
      {
        path: [],
        message: `The schema is ${bytes} bytes of JSON; the limit is ${MAX_SCHEMA_BYTES} bytes (32 KiB). Put parts used more than once in $defs and refer to them with $ref, and leave documentation out.`,
      },
    ];
  const problems: Problem[] = [];
  const anchors = new Map<string, Node>();
  const refs: { node: Node; path: string[] }[] = [];

  // Every subschema, referenced or not: nesting, $ids, anchors, uniqueItems.
  const visit = (value: unknown, path: string[], depth: number): void => {
    if (!isNode(value)) return;
    if (depth > MAX_SCHEMA_DEPTH) {
      problems.push({ path, message: `Subschemas are nested more than ${MAX_SCHEMA_DEPTH} levels deep; move inner parts into $defs.` });
      return;
    }
    if (depth > 0 && "$id" in value)
      problems.push({
        path: [...path, "$id"],
        message: "Only the schema's root may have an $id; give this subschema a place in $defs and refer to it with #/$defs/….",
      });
    for (const keyword of ["$anchor", "$dynamicAnchor"]) if (typeof value[keyword] === "string") anchors.set(value[keyword], value);
    if ("$ref" in value || "$dynamicRef" in value) refs.push({ node: value, path });
    if (value.uniqueItems === true && !scalarItems(value.items))
      problems.push({
        path: [...path, "uniqueItems"],
        message:
          'uniqueItems is checked only on arrays whose items have a scalar type, e.g. "items": {"type": "string"} (comparing objects or arrays pairwise takes quadratic time); remove it or give the items a scalar type.',
      });
    for (const [segments, child] of children(value)) visit(child, [...path, ...segments], depth + 1);
  };
  visit(schema, [], 0);

  for (const { node, path } of refs)
    for (const keyword of ["$ref", "$dynamicRef"]) {
      const ref = node[keyword];
      if (typeof ref === "string" && localTarget(schema, ref, anchors) === null)
        problems.push({
          path: [...path, keyword],
          message: `${JSON.stringify(ref)} is outside this schema; only references within it are supported (#/$defs/name, #anchor).`,
        });
    }
  if (problems.length > 0) return problems;

  // The schema as ajv applies it: each $ref expanded where it is written. A
  // $ref back into a definition being expanded is recursion (trees), counted once.
  let nodes = 0;
  const expanding = new Set<unknown>();
  const expand = (value: unknown, path: string[]): Problem | null => {
    nodes += 1;
    if (nodes > MAX_SCHEMA_NODES)
      return {
        path,
        message: `The schema applies more than ${MAX_SCHEMA_NODES} subschemas once its $refs are followed (here, the limit was reached); refer to large definitions from fewer places and use fewer allOf/anyOf/oneOf branches.`,
      };
    if (!isNode(value)) return null;
    for (const [segments, child] of children(value)) {
      if (segments[0] === "$defs" || segments[0] === "definitions") continue;
      const problem = expand(child, [...path, ...segments]);
      if (problem) return problem;
    }
    for (const keyword of ["$ref", "$dynamicRef"]) {
      const ref = value[keyword];
      if (typeof ref !== "string") continue;
      const target = localTarget(schema, ref, anchors)?.target;
      if (target === undefined || expanding.has(target)) continue;
      expanding.add(target);
      const problem = expand(target, [...path, keyword]);
      expanding.delete(target);
      if (problem) return problem;
    }
    return null;
  };
  expanding.add(schema);
  const problem = expand(schema, []);
  return problem ? [problem] : [];
}

/** Whether ajv checks uniqueItems over these items with a hash (linear) rather than pairwise deep equality. */
function scalarItems(items: unknown): boolean {
  if (!isNode(items)) return false;
  const types = Array.isArray(items.type) ? items.type : [items.type];
  return types.length > 0 && types.every((type) => typeof type === "string" && SCALAR_TYPES.has(type));
}

/** Every name in the schema's `properties`: what unevaluatedProperties may compare each key with. */
function propertyNames(node: unknown, names = new Set<string>()): Set<string> {
  if (!isNode(node)) return names;
  if (isNode(node.properties)) for (const name of Object.keys(node.properties)) names.add(name);
  for (const [, child] of children(node)) propertyNames(child, names);
  return names;
}

/** A copy of the schema with the meter in every subschema. */
function meteredCopy(node: unknown, evaluable: number): unknown {
  if (!isNode(node)) return node;
  const metered = (value: unknown) => meteredCopy(value, evaluable);
  const copy: Node = { ...node };
  for (const keyword of SCHEMA_KEYWORDS) if (keyword in node) copy[keyword] = metered(node[keyword]);
  for (const keyword of SCHEMA_LIST_KEYWORDS) if (Array.isArray(node[keyword])) copy[keyword] = node[keyword].map(metered);
  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = node[keyword];
    if (isNode(map))
      copy[keyword] = Object.fromEntries(
        Object.entries(map).map(([key, value]) => [key, keyword === "dependencies" && Array.isArray(value) ? value : metered(value)]),
      );
  }
  const count = (value: unknown) => (Array.isArray(value) ? value.length : isNode(value) ? Object.keys(value).length : 0);
  const size = (value: unknown) => (value === undefined ? 0 : Math.ceil(JSON.stringify(value).length / 4));
  const meter: Meter = {
    units: APPLY_UNITS + count(node.properties) + count(node.required) + count(node.dependentRequired) + size(node.enum) + size(node.const),
  };
  let sized = 0;
  if (["minLength", "maxLength", "format"].some((k) => k in node)) sized |= 1;
  if (node.uniqueItems === true) sized |= 2;
  if (
    ["additionalProperties", "patternProperties", "propertyNames", "unevaluatedProperties", "minProperties", "maxProperties"].some(
      (k) => k in node,
    )
  )
    sized |= 4;
  if (sized) meter.sized = sized;
  // ajv compares each key with the names its properties keywords could have evaluated.
  if (sized & 4)
    meter.perKey =
      KEY_UNITS +
      ("additionalProperties" in node ? Math.ceil(count(node.properties) / 4) : 0) +
      ("unevaluatedProperties" in node ? Math.ceil(evaluable / 4) : 0);
  copy[METER] = meter;
  return copy;
}

/** Compiles on an instance of its own, so no $id or compiled schema is shared or kept. */
function compile(schema: Node): ValidateFunction {
  return newAjv().compile(meteredCopy(schema, propertyNames(schema).size) as AnySchemaObject);
}

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

/** Problems with a schema itself, at their path under `basePath`; empty when it compiles within the limits. */
export function schemaIssues(schema: unknown, basePath: string[]): FieldIssue[] {
  if (!isNode(schema)) return [{ path: basePath, message: "A JSON Schema is an object." }];
  const problems = limitProblems(schema);
  if (problems.length > 0) return problems.map(({ path, message }) => ({ path: [...basePath, ...path], message }));
  try {
    if (!metaAjv.validateSchema(schema)) return [{ path: basePath, message: `schema is invalid: ${metaAjv.errorsText(metaAjv.errors)}` }];
    compile(schema);
    return [];
  } catch (error) {
    if (error instanceof UnsupportedPatternError)
      return [{ path: [...basePath, ...(locatePattern(schema, error.pattern) ?? [])], message: error.message }];
    return [{ path: basePath, message: (error as Error).message }];
  }
}

type Compiled = { validate: ValidateFunction } | { problem: string };

// Compiled validators by event type version, least recently used first. A
// validator of a 32 KiB schema holds ~1 MB; 200 of them bound the memory.
const compiled = new Map<string, Compiled>();
const MAX_CACHED = 200;

/** A stored schema compiled, or why it cannot be checked (saved before a limit it breaks). */
function compiledSchema(cacheKey: string | null, schema: object): Compiled {
  const cached = cacheKey === null ? undefined : compiled.get(cacheKey);
  if (cached) {
    compiled.delete(cacheKey!);
    compiled.set(cacheKey!, cached);
    return cached;
  }
  let entry: Compiled;
  const problems = isNode(schema) ? limitProblems(schema) : [{ path: [], message: "A JSON Schema is an object." }];
  if (problems.length > 0) entry = { problem: problems[0].message };
  else
    try {
      entry = { validate: compile(schema as Node) };
    } catch (error) {
      // A schema saved before patterns ran on RE2 may hold one it refuses.
      if (!(error instanceof UnsupportedPatternError)) throw error;
      entry = { problem: error.message };
    }
  if (cacheKey !== null) {
    if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value!);
    compiled.set(cacheKey, entry);
  }
  return entry;
}

/**
 * Validates a payload against an event type's schema; issues point into the
 * payload. `cacheKey` names the schema's version (null: compile it for this call only).
 */
export function payloadIssues(cacheKey: string | null, schema: object, payload: unknown, basePath: string[]): FieldIssue[] {
  const entry = compiledSchema(cacheKey, schema);
  if ("problem" in entry)
    return [{ path: basePath, message: `The event type's schema cannot be checked: ${entry.problem} Update the event type's schema.` }];
  const { validate } = entry;
  spent = 0;
  errorsSeen = 0;
  let valid: boolean;
  try {
    valid = validate(payload);
  } catch (error) {
    if (error instanceof ValidationBudgetError)
      return [
        {
          path: basePath,
          message: `The payload takes more than ${MAX_VALIDATION_COST} units of work to check against the event type's schema; send a smaller payload or simplify the schema (fewer subschemas applied to the same values, shorter patterns).`,
        },
      ];
    if (error instanceof RangeError)
      return [{ path: basePath, message: "The payload is nested too deeply to check against the event type's schema." }];
    throw error;
  }
  if (valid) return [];
  const errors = validate.errors ?? [];
  const issues = errors.slice(0, MAX_ISSUES).map((error) => {
    const pointer = error.instancePath
      .split("/")
      .slice(1)
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
    const where = error.instancePath || "(root)";
    return { path: [...basePath, ...pointer], message: `${where} ${error.message ?? "is invalid"}` };
  });
  if (errors.length > MAX_ISSUES)
    issues.push({ path: basePath, message: `…and ${errors.length - MAX_ISSUES} more problems with the payload.` });
  return issues;
}
